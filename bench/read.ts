/**
 * Reading benchmark: the 120-article version page with per-clause comment counts while the
 * consultation holds 1,000,000 comments, against the same built page whose database answers
 * come from memory (bench/lib/serve-cached.ts), at 8 and 32 connections in one run.
 * The counts are kept on the clause rows, so the page's cost must not grow with the comments.
 * Run: npm run bench:read   (BENCH_SECONDS, BENCH_COMMENTS, BENCH_KEEP)
 */
import { benchDatabase, fmt, load, machine, startServer } from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 1_000_000));
const { n, articles } = await bench.sql<{ n: number; articles: number }[]>`
  select k.comment_count as n, (select count(*)::int from clauses c where c.version_id = v.id and c.kind = 'article') as articles
  from consultations k join versions v on v.id = k.version_id join regulations r on r.id = v.regulation_id
  where r.slug = ${BENCH_REGULATION} and v.slug = ${BENCH_VERSION}`.then((r) => r[0]!);
const path = `/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}`;
const real = await startServer('scripts/start.ts', bench.env);
const size = (await (await fetch(real.url + path)).text()).length;
const cached = await startServer('bench/lib/serve-cached.ts', bench.env);
console.log(`\nversion page ${path}: ${articles} articles, ${n} comments in its consultation, ${Math.round(size / 1024)} KiB of HTML`);
console.log('clients │  with DB/s  p50  p99 │   no DB/s  p50  p99 │ ratio');
for (const connections of [8, 32]) {
  await load({ url: real.url + path, connections, duration: 2 }, 2);
  await load({ url: cached.url + path, connections, duration: 2 }, 2);
  const r = await load({ url: real.url + path, connections }, 2);
  const c = await load({ url: cached.url + path, connections }, 2);
  console.log(`${String(connections).padStart(7)} │ ${fmt(r.rps)} ${fmt(r.p50).slice(3)} ${fmt(r.p99).slice(3)} │ ${fmt(c.rps)} ${fmt(c.p50).slice(3)} ${fmt(c.p99).slice(3)} │ ${(r.rps / c.rps).toFixed(2)}${r.bad + r.errors + c.bad + c.errors ? ` (failures: ${r.bad + r.errors} / ${c.bad + c.errors})` : ''}`);
}
await real.stop();
await cached.stop();
await bench.done();
