/**
 * The CLI as a shell runs it: output piped into a reader that stops early (`| head`).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldoutDir } from '../helpers/heldout.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/openclause.js');

describe('openclause on a closed pipe', () => {
  it('stops quietly when the reader closes the pipe, with no stack trace', async () => {
    // The whole 民法典 as JSON: 1.3 MB, far more than one pipe buffer.
    const file = path.join(heldoutDir, 'minfadian--2020.md');
    const child = spawn(process.execPath, [bin, 'parse', file, '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) =>
      child.stdout.once('data', () => {
        child.stdout.destroy();
        resolve();
      }),
    );
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
    expect(code).toBe(0);
  }, 60_000);
});
