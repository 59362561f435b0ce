import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../../src/lib/web/worker.ts';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/workers', name);

describe('work run in a worker thread under a time limit', () => {
  it('counts the work, not the start-up: a worker that loads for 1.5 s still has its 1 s for the work', async () => {
    expect(await runInWorker<string>(fixture('slow-start.ts'), '修改说明', 1000)).toEqual({
      ok: true,
      value: 'echo: 修改说明',
    });
  });

  it('stops work that passes its limit once started, and says it was too slow', async () => {
    expect(await runInWorker(fixture('endless.ts'), null, 200)).toEqual({
      ok: false,
      reason: 'too-slow',
    });
  });
});
