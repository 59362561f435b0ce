/**
 * The server's Node flags (scripts/server-flags.ts) are given wherever the server is started:
 * V8 reads them only from the command line, so a start that forgets them runs a process that
 * holds ~200 MB more (issue #14's 512 MB bound on the embedded database).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('the server process flags', () => {
  it('are on npm start', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start']).toBe(`node ${SERVER_NODE_FLAGS.join(' ')} scripts/start.ts`);
  });

  it('are given by every test and benchmark that spawns the server', () => {
    for (const file of [
      'tests/browser/global-setup.ts',
      'tests/faults/support.ts',
      'bench/lib/harness.ts',
    ]) {
      expect(read(file), file).toMatch(/spawn\([^)]*\[\.\.\.SERVER_NODE_FLAGS,/);
    }
  });

  it('are flags this Node accepts (Node refuses to start on an unknown one)', () => {
    const run = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '-e', 'process.exit(0)'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The check can fail: a misspelt flag stops Node.
    expect(
      spawnSync(process.execPath, ['--liftoff-onl', '-e', 'process.exit(0)'], { encoding: 'utf8' })
        .status,
    ).not.toBe(0);
  });
});
