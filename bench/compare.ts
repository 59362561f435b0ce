/**
 * Comparison benchmark (#16), three figures in one run:
 *
 * 1. the comparison page of 立法法 2015 → 2023 (105 → 120 articles), as served by the built
 *    server on PostgreSQL: the first request, then p50/p95 of REQUESTS more, one at a time;
 * 2. compare.xlsx of the same pair, measured the same way;
 * 3. the alignment + diff core (buildComparisonView over parsed documents: article and
 *    paragraph alignment, a word-level diff per change) on the largest real pairs in
 *    tests/fixtures: 民事诉讼法 2017 → 2023 (284 → 306 articles), 公司法 2018 → 2023
 *    (218 → 266 articles, a full revision) and H.R. 2157 (introduced → enrolled, 125 → 128
 *    sections, 96 KB of English), each as a ratio to a plain jsdiff diffLines of the two whole
 *    texts timed in the same run. Each time is the fastest of RUNS runs, the one least
 *    disturbed by other work on a shared machine.
 *
 * Latencies are taken by the client over loopback, so they include the HTTP round trip. The
 * machine is shared: the load average is printed with each figure, and only ratios within one
 * run compare across machines.
 * Run: npm run bench   (REQUESTS, RUNS, BENCH_CPU_PROF=<dir> to profile the server)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffLines } from 'diff';
import { buildComparisonView } from '../src/lib/comparison/view.ts';
import { parseDraft, type ParsedDocument } from '../src/lib/legislation/index.ts';
import { benchDatabase, machine, startServer, timeRequests } from './lib/harness.ts';
import { COMPARE_FROM, COMPARE_REGULATION, COMPARE_TO } from './lib/content.ts';

const REQUESTS = Number(process.env['REQUESTS'] ?? 20);
const RUNS = Number(process.env['RUNS'] ?? 10);
const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

console.log(`machine: ${await machine()}`);

// 1 and 2: the server.
const bench = await benchDatabase(0);
const server = await startServer('scripts/start.ts', bench.env);
const query = `from=${COMPARE_FROM}&to=${COMPARE_TO}`;
const targets = [
  ['comparison page', `/regulations/${COMPARE_REGULATION}/compare?${query}`, 300],
  ['compare.xlsx', `/regulations/${COMPARE_REGULATION}/compare.xlsx?${query}`, 500],
] as const;
console.log(`\n${REQUESTS} requests each, one at a time, after a first one`);
console.log('                 │  first │    p50 │    p95 │ target │ load avg');
try {
  for (const [name, url, target] of targets) {
    const start = performance.now();
    const first = await fetch(server.url + url);
    await first.arrayBuffer();
    if (!first.ok) throw new Error(`${url} answered ${first.status}`);
    const firstMs = performance.now() - start;
    const t = await timeRequests(REQUESTS, 1, () => fetch(server.url + url));
    if (t.failed) throw new Error(`${t.failed} requests to ${url} failed`);
    console.log(
      `${name.padEnd(16)} │${ms(firstMs)} │${ms(t.p50)} │${ms(t.p95)} │${ms(target)} │ ${loadAvg()}`,
    );
  }
} finally {
  await server.stop();
  await bench.done();
}

// 3: the core on the largest real pairs, against diffLines, in this process.
const fixtures = path.resolve(import.meta.dirname, '../tests/fixtures');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8');
const parse = (source: string): ParsedDocument => {
  const r = parseDraft(source);
  if (!r.ok) throw new Error('corpus does not parse');
  return r.document;
};

function fastest(fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

console.log(`\nalign + diff core against diffLines, fastest of ${RUNS} runs (target ≤ 3×)`);
for (const [name, oldFile, newFile] of [
  [
    '民事诉讼法 2017 → 2023',
    'heldout/rk-minshi-susong-fa--2017.md',
    'corpus/minshi-susong-fa--2023.md',
  ],
  ['公司法 2018 → 2023', 'corpus/gongsi-fa--2018.md', 'corpus/gongsi-fa--2023.md'],
  ['H.R. 2157 ih → enr', 'corpus/us-hr2157-116--ih.md', 'corpus/us-hr2157-116--enr.md'],
] as const) {
  const oldSource = read(oldFile);
  const newSource = read(newFile);
  const oldDoc = parse(oldSource);
  const newDoc = parse(newSource);
  const core = fastest(() => buildComparisonView(oldDoc, newDoc));
  const plain = fastest(() => diffLines(oldSource, newSource));
  console.log(
    `${name.padEnd(22)} ${oldSource.length} → ${newSource.length} chars · core ${ms(core)} · diffLines ${ms(plain)} · ratio ${(core / plain).toFixed(2)}× · load avg ${loadAvg()}`,
  );
}
