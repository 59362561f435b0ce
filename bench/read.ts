/**
 * Reading benchmark: the 120-article version page with per-clause comment counts while the
 * consultation holds 1,000,000 comments, in one run:
 *
 * - its weight: bytes of HTML as sent without compression, with gzip and with brotli;
 * - its rate at 8 and 32 connections, against the same built page whose database answers come
 *   from memory (bench/lib/serve-cached.ts), and against a plain Astro page of the same clauses
 *   with no forms on that same server (src/pages/test-hooks/plain-version/, under test hooks):
 *   the first ratio is what the database costs, the second what the page's own markup costs.
 *
 * The counts are kept on the clause rows, so the page's cost must not grow with the comments.
 * Rates are measured without Accept-Encoding (rendering only); a last row asks for brotli.
 * Run: npm run bench:read   (BENCH_SECONDS, BENCH_COMMENTS, BENCH_KEEP)
 */
import http from 'node:http';
import os from 'node:os';
import { benchDatabase, fmt, load, machine, startServer } from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';

/** Bytes on the wire of a GET's body (fetch would decode them) and the encoding the server chose. */
function wireBytes(
  url: string,
  acceptEncoding: string,
): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'none') }),
        );
      })
      .on('error', reject);
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 1_000_000));
const { n, articles } = await bench.sql<{ n: number; articles: number }[]>`
  select k.comment_count as n, (select count(*)::int from clauses c where c.version_id = v.id and c.kind = 'article') as articles
  from consultations k join versions v on v.id = k.version_id join regulations r on r.id = v.regulation_id
  where r.slug = ${BENCH_REGULATION} and v.slug = ${BENCH_VERSION}`.then((r) => r[0]!);
const path = `/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}`;
const plainPath = `/test-hooks/plain-version/${BENCH_REGULATION}/${BENCH_VERSION}`;
const real = await startServer('scripts/start.ts', bench.env);
const cached = await startServer('bench/lib/serve-cached.ts', {
  ...bench.env,
  OPENCLAUSE_TEST_HOOKS: '1',
});

console.log(`\nversion page ${path}: ${articles} articles, ${n} comments in its consultation`);
for (const [name, url] of [
  ['version page', real.url + path],
  ['plain page', cached.url + plainPath],
] as const) {
  const [raw, gzip, br] = [
    await wireBytes(url, 'identity'),
    await wireBytes(url, 'gzip'),
    await wireBytes(url, 'br, gzip'),
  ];
  console.log(
    `${name.padEnd(12)} HTML: ${kib(raw.bytes)} raw · ${kib(gzip.bytes)} (${gzip.encoding}) · ${kib(br.bytes)} (${br.encoding})`,
  );
}

console.log(
  `\nclients │  with DB/s  p50  p99 │   no DB/s  p50  p99 │ plain/s  p50  p99 │ DB ratio │ no DB / plain │ load avg`,
);
const rows: [number, boolean][] = [
  [8, false],
  [32, false],
  [32, true],
];
for (const [connections, compressed] of rows) {
  const headers = compressed ? { 'accept-encoding': 'br, gzip' } : {};
  const targets = [real.url + path, cached.url + path, cached.url + plainPath];
  for (const url of targets) await load({ url, connections, headers, duration: 2 }, 2);
  const [r, c, p] = [
    await load({ url: targets[0]!, connections, headers }, 2),
    await load({ url: targets[1]!, connections, headers }, 2),
    await load({ url: targets[2]!, connections, headers }, 2),
  ];
  const failures = [r, c, p].reduce((sum, x) => sum + x.bad + x.errors, 0);
  const label = `${connections}${compressed ? ' br' : ''}`;
  console.log(
    `${label.padStart(7)} │ ${fmt(r.rps)} ${fmt(r.p50).slice(3)} ${fmt(r.p99).slice(3)} │ ${fmt(c.rps)} ${fmt(c.p50).slice(3)} ${fmt(c.p99).slice(3)} │ ${fmt(p.rps).slice(2)} ${fmt(p.p50).slice(3)} ${fmt(p.p99).slice(3)} │ ${(r.rps / c.rps).toFixed(2).padStart(8)} │ ${(c.rps / p.rps).toFixed(2).padStart(13)} │ ${loadAvg()}${failures ? ` (failures: ${failures})` : ''}`,
  );
}
await real.stop();
await cached.stop();
await bench.done();
