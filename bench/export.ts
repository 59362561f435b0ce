/**
 * Export benchmark: the streaming CSV of a version's published comments, read to the end while
 * the server's resident memory is sampled; rows written must equal the rows in the database.
 * Run: npm run bench:export   (BENCH_COMMENTS, BENCH_KEEP)
 */
import { benchDatabase, machine, startServer } from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 1_000_000));
const [counts] = await bench.sql<{ all: number; exported: number }[]>`
  select count(*)::int as all, (count(*) filter (where m.status = 'published' and m.consent_publish))::int as exported
  from comments m join versions v on v.id = m.version_id join regulations r on r.id = v.regulation_id
  where r.slug = ${BENCH_REGULATION} and v.slug = ${BENCH_VERSION}`;
const server = await startServer('scripts/start.ts', bench.env);
const before = server.rss();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 100);
const started = performance.now();
const res = await fetch(
  `${server.url}/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}/comments.csv`,
);
let bytes = 0;
let lines = 0;
let inQuotes = false;
// Count CSV records, not raw newlines: quoted cells may hold line breaks.
for await (const chunk of res.body! as AsyncIterable<Uint8Array>) {
  bytes += chunk.length;
  for (const byte of chunk) {
    if (byte === 0x22) inQuotes = !inQuotes;
    else if (byte === 0x0a && !inQuotes) lines++;
  }
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await server.stop();
const rows = lines - 1;
console.log(
  `\nCSV export of ${BENCH_REGULATION}/${BENCH_VERSION}: ${counts!.all} comments on the version, ${counts!.exported} published with consent`,
);
console.log(
  `rows written ${rows} ${rows === counts!.exported ? '=' : '≠'} rows in the database ${counts!.exported}`,
);
console.log(
  `${(bytes / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s); server RSS ${before.toFixed(0)} MiB before, peak ${peak.toFixed(0)} MiB`,
);
await bench.done();
