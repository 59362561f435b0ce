import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-owner-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the embedded database has one owner', () => {
  it('a CLI command run while another process holds the data folder says so and changes nothing', async () => {
    const holder = spawn(
      process.execPath,
      ['-e', 'setInterval(() => {}, 60_000)'] /* alive until killed */,
    );
    await new Promise((r) => holder.once('spawn', r));
    fs.writeFileSync(path.join(dataDir, 'owner.lock'), String(holder.pid));
    const before = fs.readdirSync(dataDir);
    const saved = { ...process.env };
    process.env['OPENCLAUSE_DATA_DIR'] = dataDir;
    delete process.env['DATABASE_URL'];
    const out = { stdout: '', stderr: '' };
    try {
      const code = await main(['migrate'], {
        stdout: (t) => void (out.stdout += t),
        stderr: (t) => void (out.stderr += t),
      });
      expect(code).toBe(1);
    } finally {
      process.env = saved;
      holder.kill('SIGKILL');
    }
    expect(out.stderr).toContain(`pid ${holder.pid}`);
    expect(out.stderr).toContain('Stop the running server first');
    expect(fs.readdirSync(dataDir)).toEqual(before);
  });
});
