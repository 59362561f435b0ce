/**
 * The slow downloads and pages a user waits for, on the sample site as a first walk-through has
 * it: the embedded database (PGlite) in a fresh data directory, `seed --comments 10000`, one
 * admin signed in. In one run, against one server:
 *
 * - the reading table (/regulations/property-management/readings, three readings);
 * - the comparison of its last two readings as a page, compare.docx and compare.xlsx;
 * - the staff export of the consultation with the most comments (2,962) as CSV and XLSX;
 *
 * each as the first request the server answers for it (what the walk-through felt), then the
 * median of REQUESTS more, one at a time, and that median as a multiple of a page that does
 * little (/privacy) in the same run: only the ratios compare across machines.
 * Run: npm run bench:downloads   (REQUESTS, BENCH_CPU_PROF=<dir> to profile the server)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machine, root, startServer, timeRequests } from './lib/harness.ts';

const REQUESTS = Number(process.env['REQUESTS'] ?? 5);
/** The consultation the seed gives the most comments (2,962 of 10,000). */
const LARGEST = 'civilized-conduct/evaluation';
const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

console.log(`machine: ${await machine()}`);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-bench-downloads-'));
const env: NodeJS.ProcessEnv = { ...process.env, OPENCLAUSE_DATA_DIR: dataDir };
delete env['DATABASE_URL'];
const password = 'bench-password-not-secret-1';
const cli = (args: string[], input?: string) => {
  const run = spawnSync(process.execPath, [path.join(root, 'bin/openclause.js'), ...args], {
    env,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`openclause ${args.join(' ')} failed`);
};
cli(['create-admin', '--username', 'admin'], `${password}\n`);
cli(['seed', '--comments', '10000']);

const server = await startServer('scripts/start.ts', env);
try {
  const signIn = await fetch(`${server.url}/staff/sign-in?next=/staff`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: server.url,
    },
    body: new URLSearchParams({ username: 'admin', password }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (signIn.status !== 303 || !cookie) throw new Error(`sign-in answered ${signIn.status}`);
  const get = (url: string) => fetch(server.url + url, { headers: { cookie } });

  const targets: [string, string][] = [
    ['reading table', '/regulations/property-management/readings'],
    ['comparison page', '/regulations/property-management/compare'],
    ['compare.docx', '/regulations/property-management/compare.docx'],
    ['compare.xlsx', '/regulations/property-management/compare.xlsx'],
    ['staff export csv', `/staff/export/${LARGEST}.csv`],
    ['staff export xlsx', `/staff/export/${LARGEST}.xlsx`],
  ];
  const baseline = await timeRequests(REQUESTS * 4, 1, () => get('/privacy'));
  console.log(`\n/privacy (the baseline): p50 ${ms(baseline.p50)} · load avg ${loadAvg()}`);
  console.log(`first request, then the median of ${REQUESTS} more, one at a time`);
  console.log(`${''.padEnd(32)} │   first   │    p50    │ p50 / baseline │ load avg`);
  for (const [name, url] of targets) {
    const start = performance.now();
    const first = await get(url);
    await first.arrayBuffer();
    if (!first.ok) throw new Error(`${url} answered ${first.status}`);
    const firstMs = performance.now() - start;
    const rows = first.headers.get('x-row-count');
    const t = await timeRequests(REQUESTS, 1, () => get(url));
    if (t.failed) throw new Error(`${t.failed} requests to ${url} failed`);
    console.log(
      `${(rows ? `${name} (${rows} rows)` : name).padEnd(32)} │ ${ms(firstMs)} │ ${ms(t.p50)} │ ${(t.p50 / baseline.p50).toFixed(1).padStart(13)}× │ ${loadAvg()}`,
    );
  }
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
