/**
 * Intake benchmark: the real comment form path (Astro page → validation, rate limit raised for
 * the run, idempotency, masking, campaign key, transaction with the kept counts, 303 to the
 * receipt) against a bare node:http + postgres.js handler inserting the same row, at 8, 32 and
 * 128 concurrent connections, in one run on one database. Afterwards: every 303 is a stored
 * comment and the kept counts still equal the rows.
 * Run: npm run bench:intake   (BENCH_SECONDS, BENCH_COMMENTS, BENCH_KEEP)
 */
import { randomUUID } from 'node:crypto';
import {
  benchDatabase,
  databaseUrl,
  fmt,
  load,
  machine,
  postgresCpuMs,
  startServer,
  type LoadResult,
  type Server,
} from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';
import { keptCountMismatches } from '../src/lib/seed/index.ts';
import { openDatabase } from '../src/lib/db/index.ts';

const CLIENTS = (process.env['BENCH_CLIENTS'] ?? '8,32,128').split(',').map(Number);
console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 1_000_000));
const { sql } = bench;
const [target] = await sql<{ version_id: number; consultation_id: number }[]>`
  select v.id as version_id, k.id as consultation_id from versions v join regulations r on r.id = v.regulation_id
  join consultations k on k.version_id = v.id where r.slug = ${BENCH_REGULATION} and v.slug = ${BENCH_VERSION}`;
const articles = (
  await sql<
    { e_id: string }[]
  >`select e_id from clauses where version_id = ${target!.version_id} and kind = 'article' order by position`
).map((r) => r.e_id);
await sql`drop table if exists bench_comments`;
await sql`create table bench_comments (like comments including defaults including indexes)`;

// Write out what seeding left in memory, so the first run does not pay for it.
await sql`checkpoint`;

const real = await startServer('scripts/start.ts', bench.env);
const bare = await startServer('bench/lib/bare-server.ts', {
  ...bench.env,
  BENCH_VERSION_ID: String(target!.version_id),
  BENCH_CONSULTATION_ID: String(target!.consultation_id),
});
const path = `/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}/comment`;
let n = 0;
const body = () =>
  new URLSearchParams({
    idempotencyKey: randomUUID(),
    clause: articles[n++ % 17]!,
    stance: 'amend',
    body: `建议在本条中明确责任主体和办理期限，第${n}号意见：办理结果应当在十五个工作日内书面答复，并向社会公开。`,
    displayName: '王芳',
    category: 'individual',
    district: '江北区',
    consentPublish: 'on',
  }).toString();
const run = (url: string, connections: number) =>
  load(
    {
      url,
      connections,
      requests: [
        {
          method: 'POST',
          path,
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
          setupRequest: (req) => ({ ...req, body: body() }),
        },
      ],
    },
    3,
  );

// Warm both up (JIT, connection pools) before measuring.
await run(real.url, 8);
await run(bare.url, 8);
// CPU per answered comment, of the server process and of PostgreSQL, to tell where the time goes.
interface Cpu {
  app: number;
  db: number;
}
const measured = async (server: Server, clients: number): Promise<LoadResult & { cpu: Cpu }> => {
  const app0 = server.cpuMs();
  const db0 = postgresCpuMs();
  const result = await run(server.url, clients);
  const per = (ms: number) => (ms * 1000) / Math.max(1, result.ok);
  return { ...result, cpu: { app: per(server.cpuMs() - app0), db: per(postgresCpuMs() - db0) } };
};
const rows: {
  clients: number;
  real: LoadResult & { cpu: Cpu };
  bare: LoadResult & { cpu: Cpu };
  stored: number;
}[] = [];
for (const clients of CLIENTS) {
  const before = (await sql<{ n: number }[]>`select count(*)::int as n from comments`)[0]!.n;
  const b = await measured(bare, clients);
  const r = await measured(real, clients);
  const after = (await sql<{ n: number }[]>`select count(*)::int as n from comments`)[0]!.n;
  rows.push({ clients, real: r, bare: b, stored: after - before });
}
await real.stop();
await bare.stop();

console.log(
  `\nintake, ${process.env['BENCH_SECONDS'] ?? 10} s per run (requests/s counted from 303 answers; latency in ms)`,
);
console.log('clients │    real/s  p50  p99 │    bare/s  p50  p99 │ real/bare │ 303s = rows stored');
for (const { clients, real: r, bare: b, stored } of rows) {
  console.log(
    `${String(clients).padStart(7)} │ ${fmt(r.rps)} ${fmt(r.p50).slice(3)} ${fmt(r.p99).slice(3)} │ ${fmt(b.rps)} ${fmt(b.p50).slice(3)} ${fmt(b.p99).slice(3)} │ ${fmt(r.rps / b.rps, 2).slice(2)} │ ${r.ok} = ${stored}${r.bad || r.errors ? ` (other answers ${r.bad}, errors ${r.errors})` : ''}`,
  );
}
console.log(
  '\nCPU per answered comment, µs (the fold that counts them runs in the real server and PostgreSQL during the run)',
);
console.log('clients │ real app   db │ bare app   db');
for (const { clients, real: r, bare: b } of rows) {
  console.log(
    `${String(clients).padStart(7)} │ ${fmt(r.cpu.app).slice(0)} ${fmt(r.cpu.db).slice(3)} │ ${fmt(b.cpu.app).slice(0)} ${fmt(b.cpu.db).slice(3)}`,
  );
}
const handle = await openDatabase({ databaseUrl, dataDir: '' }, { poolSize: 2 });
const mismatches = await keptCountMismatches(handle.db);
await handle.close();
console.log(
  `kept counts after the runs: ${mismatches.length === 0 ? 'all equal to the rows' : JSON.stringify(mismatches)}`,
);
const goal = rows.find((r) => r.clients === 32) ?? rows[0]!;
console.log(
  `goals at 32 clients: p99 ${goal.real.p99} ms (< 100: ${goal.real.p99 < 100 ? 'met' : 'NOT met'}), throughput ${((goal.real.rps / goal.bare.rps) * 100).toFixed(0)}% of bare (≥ 50%: ${goal.real.rps / goal.bare.rps >= 0.5 ? 'met' : 'NOT met'})`,
);
await sql`drop table if exists bench_comments`;
await bench.done();
