/**
 * `npm test`: the unit and integration tests, then the browser tests, one after the other so
 * the two suites do not compete for a small machine's cores (the browser suite drives a real
 * server). Extra arguments go to both vitest runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const args = process.argv.slice(2);
const run = (project: string) =>
  spawnSync(process.execPath, [vitest, 'run', '--project', project, ...args], {
    cwd: root,
    stdio: 'inherit',
  }).status ?? 1;

const unit = run('unit');
const browserAvailable =
  fs.existsSync('/usr/bin/chromium') || process.env['OPENCLAUSE_REQUIRE_BROWSER'] === '1';
const browser = browserAvailable ? run('browser') : 0;
process.exit(unit || browser);
