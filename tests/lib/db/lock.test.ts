import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../../src/lib/db/index.ts';
import { OpenClauseError } from '../../../src/lib/errors/index.ts';

const made: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-lock-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('embedded database ownership', () => {
  it('refuses a second owner in the same process and frees the folder on release', () => {
    const dir = tmp();
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(OpenClauseError);
    release();
    const again = acquireDataDirLock(dir);
    again();
    expect(fs.existsSync(path.join(dir, 'owner.lock'))).toBe(false);
  });

  it('names the live process that holds the folder', async () => {
    const dir = tmp();
    const child = spawn(
      process.execPath,
      ['-e', 'setInterval(() => {}, 60_000)'] /* alive until killed */,
    );
    await new Promise((r) => child.once('spawn', r));
    fs.writeFileSync(path.join(dir, 'owner.lock'), String(child.pid));
    try {
      expect(() => acquireDataDirLock(dir)).toThrow(new RegExp(`pid ${child.pid}`));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a dead process (crash, SIGKILL)', async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.once('exit', r));
    fs.writeFileSync(path.join(dir, 'owner.lock'), String(pid));
    const release = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'owner.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
