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
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');
const args = process.argv.slice(2);
/** Each run's JSON report, for the summary printed last (see summarise). */
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'openclause-test-'));
const run = (name: string, project: string, extra: string[] = args) => {
  const report = path.join(reports, `${name}.json`);
  const status =
    spawnSync(
      process.execPath,
      [
        vitest,
        'run',
        '--project',
        project,
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...extra,
      ],
      { cwd: root, stdio: 'inherit' },
    ).status ?? 1;
  return { name, status, report };
};

interface JsonReport {
  numFailedTests: number;
  testResults: {
    name: string;
    message: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

/**
 * One line per run, then each failed test with the first lines of its error: a CI log is
 * often read from its end, and the run that failed may have scrolled far above the last one.
 */
function summarise(runs: { name: string; status: number; report: string }[]): void {
  const lines = ['', '== npm test summary'];
  for (const r of runs) {
    lines.push(`${r.status === 0 ? 'passed' : `FAILED (exit ${r.status})`}: ${r.name}`);
    if (r.status === 0) continue;
    let report: JsonReport | null = null;
    try {
      report = JSON.parse(fs.readFileSync(r.report, 'utf8')) as JsonReport;
    } catch {
      lines.push('  (no report: the run ended before writing it)');
      continue;
    }
    for (const file of report.testResults) {
      const where = path.relative(root, file.name);
      if (file.message) lines.push(`  ${where}: ${file.message.split('\n')[0]}`);
      for (const t of file.assertionResults.filter((a) => a.status === 'failed'))
        lines.push(
          `  ${where} > ${t.fullName}`,
          ...t.failureMessages.flatMap((m) =>
            m
              .split('\n')
              .slice(0, 4)
              .map((l) => `      ${l}`),
          ),
        );
    }
    if (report.numFailedTests === 0 && !report.testResults.some((f) => f.message))
      lines.push('  no test failed: an error outside the tests (see "Unhandled" above)');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

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
const runs =
  args[0] === '--core'
    ? [run('core', 'unit', [...core, '--no-isolate', ...args.slice(1)])]
    : [
        run('core', 'unit', [...core, '--no-isolate', ...args]),
        run('unit', 'unit', [...others, ...args]),
      ];
if (
  args[0] !== '--core' &&
  (fs.existsSync('/usr/bin/chromium') || process.env['OPENCLAUSE_REQUIRE_BROWSER'] === '1')
)
  runs.push(run('browser', 'browser'));
summarise(runs);
fs.rmSync(reports, { recursive: true, force: true });
process.exit(runs.find((r) => r.status !== 0)?.status ?? 0);
