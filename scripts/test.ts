/**
 * `npm test`: the tests of the functional core, then the other unit and integration tests,
 * then the browser tests, one after the other so the suites do not compete for a small
 * machine's cores (the browser suite drives a real server). Extra arguments go to every run.
 *
 * The core's tests (see coreTestFiles) share one module graph per worker (`--no-isolate`):
 * they hold no state between files, and loading the parser, jsdiff and the rest again for each
 * of 80-odd files took most of their 100 s; shared, they take about 15 s. The tests that open
 * a database, start processes or servers keep a fresh module graph per file.
 *
 * `npm run test:core` (this script with `--core`) runs only the core's tests, for the
 * edit-test loop.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const args = process.argv.slice(2);
const run = (project: string, extra: string[] = args) =>
  spawnSync(process.execPath, [vitest, 'run', '--project', project, ...extra], {
    cwd: root,
    stdio: 'inherit',
  }).status ?? 1;

/** What makes a test file more than a test of pure functions. */
const IMPURE =
  /helpers\/(db|cli|smtp)|child_process|openDatabase|startServer|new Worker|worker\.ts|fetch\(/;

/** The unit project's files, relative to the root, split into the core's and the others. */
function unitTestFiles(): { core: string[]; others: string[] } {
  const files = fs
    .readdirSync(path.join(root, 'tests'), { recursive: true })
    .map((f) => path.join('tests', String(f)))
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => !/^tests\/(browser|faults|hostile\/server)\//.test(f))
    .sort();
  const impure = (f: string) => IMPURE.test(fs.readFileSync(path.join(root, f), 'utf8'));
  return { core: files.filter((f) => !impure(f)), others: files.filter(impure) };
}

const { core, others } = unitTestFiles();
if (args[0] === '--core') process.exit(run('unit', [...core, '--no-isolate', ...args.slice(1)]));

const coreStatus = run('unit', [...core, '--no-isolate', ...args]);
const unit = run('unit', [...others, ...args]);
const browserAvailable =
  fs.existsSync('/usr/bin/chromium') || process.env['OPENCLAUSE_REQUIRE_BROWSER'] === '1';
const browser = browserAvailable ? run('browser') : 0;
process.exit(coreStatus || unit || browser);
