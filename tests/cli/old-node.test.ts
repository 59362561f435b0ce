/**
 * `node bin/openclause.js …` typed on a machine whose own Node is older than 24 (Node 20 here,
 * which cannot strip TypeScript types) runs the command on the Node 24 that npm install
 * brought, and without one says what to do in both languages, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
/** The machine's own Node, when it is older than 24 (otherwise there is nothing to test). */
const oldNode = ['/usr/bin/node', '/usr/local/bin/node', '/bin/node'].find((candidate) => {
  if (!fs.existsSync(candidate)) return false;
  const run = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  return run.status === 0 && Number(run.stdout.split('.')[0]) < 24;
});
const bundled = path.join(root, 'node_modules', `node-linux-${process.arch}`, 'bin', 'node');

describe.skipIf(!oldNode)('bin/openclause.js under an older Node', () => {
  it.skipIf(!fs.existsSync(bundled))('runs the command on the bundled Node 24', () => {
    const run = spawnSync(
      oldNode!,
      ['bin/openclause.js', 'parse', 'tests/fixtures/heldout/aomen-jibenfa--1993.md', '--json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
    );
    expect(run.stderr).not.toMatch(/ERR_UNKNOWN_FILE_EXTENSION|TypeError/);
    expect(run.status).toBe(0);
    const tree = JSON.parse(run.stdout) as { title?: string };
    expect(JSON.stringify(tree)).toContain('澳门特别行政区');
  });

  it('says in Chinese and English what to do where no Node 24 was installed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-old-node-'));
    try {
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.copyFileSync(path.join(root, 'bin/openclause.js'), path.join(dir, 'bin/openclause.js'));
      const run = spawnSync(oldNode!, ['bin/openclause.js', 'parse', 'x.md'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('OpenClause needs Node 24 or later');
      expect(run.stderr).toContain('需要 Node 24');
      expect(run.stderr).not.toMatch(/at .*\(node:internal/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
