/**
 * The supervisor story: the systemd unit shipped in deploy/ (and printed in the README)
 * restarts a dead process, and systemd itself finds nothing wrong in it. Running it under
 * systemd needs systemd as PID 1, which test machines and containers usually lack; the unit
 * is then checked with `systemd-analyze verify`, the same parser systemd uses.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.ts';

const root = path.resolve(import.meta.dirname, '../..');
const unit = fs.readFileSync(path.join(root, 'deploy/openclause.service'), 'utf8');
const hasAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

/** The unit with the install paths pointed at this checkout, so that the command it names exists. */
function unitForThisMachine(text: string): string {
  return text
    .replaceAll('/srv/openclause', root)
    .replace(/^User=.*$/m, `User=${os.userInfo().username}`)
    .replace(/^Group=.*$/m, '')
    .replace(/^EnvironmentFile=/m, 'EnvironmentFile=-');
}

function verify(text: string): { status: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-unit-'));
  try {
    fs.writeFileSync(path.join(dir, 'openclause.service'), text);
    const run = spawnSync('systemd-analyze', ['verify', path.join(dir, 'openclause.service')], {
      encoding: 'utf8',
    });
    return { status: run.status, stderr: run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the systemd unit', () => {
  it('is printed in the README as shipped', () => {
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(unit.trim());
  });

  it('restarts the process whenever it ends, and runs the server as npm start does', () => {
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toMatch(/^RestartSec=\d+$/m);
    expect(unit).toMatch(
      new RegExp(`^ExecStart=\\S+/node ${SERVER_NODE_FLAGS.join(' ')} scripts/start\\.ts$`, 'm'),
    );
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(unit).toMatch(/^WantedBy=multi-user\.target$/m);
  });

  it.skipIf(!hasAnalyze)(
    'passes systemd-analyze verify without a warning (skipped where systemd is not installed)',
    () => {
      expect(verify(unitForThisMachine(unit))).toEqual({ status: 0, stderr: '' });
    },
  );

  it.skipIf(!hasAnalyze)('would notice a broken unit (the check works)', () => {
    expect(
      verify(unitForThisMachine(unit).replace('Restart=always', 'Restart=sometimes')).stderr,
    ).toContain('restart specifier');
  });
});
