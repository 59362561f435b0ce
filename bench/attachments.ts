/**
 * Memory of the app process while residents post comments with five 10 MB files each
 * (issue #18; the process's budget is 512 MB, issue #14): the built server on PostgreSQL,
 * 1, 4 and 8 clients posting at once, each post 5 × 10 MB; the peak RSS sampled every 20 ms,
 * beside the RSS at rest, in one run.
 *
 * Run: BENCH_DATABASE_URL=postgres://…/oc_bench_attach node bench/attachments.ts   (BENCH_CLIENTS, BENCH_ROUNDS)
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { benchDatabase, machine, startServer } from './lib/harness.ts';
import { BENCH_REGULATION, BENCH_VERSION } from './lib/content.ts';
import { MAX_FILE_BYTES, MAX_FILES } from '../src/lib/attachments/index.ts';

const CLIENTS = (process.env['BENCH_CLIENTS'] ?? '1,4,8').split(',').map(Number);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const bench = await benchDatabase(0);
const server = await startServer('scripts/start.ts', bench.env);
const url = `${server.url}/regulations/${BENCH_REGULATION}/versions/${BENCH_VERSION}/comment`;

// One 10 MB PDF (its header, then incompressible bytes), shared by every post.
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MAX_FILE_BYTES - 9)]);

function post(): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    idempotencyKey: randomUUID(),
    stance: 'amend',
    category: 'organisation',
    body: '本会意见见附件。',
  }))
    form.append(name, value);
  for (let i = 0; i < MAX_FILES; i++)
    form.append('files', new Blob([pdf], { type: 'application/pdf' }), `附件${i + 1}.pdf`);
  return fetch(url, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { Origin: server.url },
  }).then(async (r) => (await r.arrayBuffer(), r.status));
}

console.log(await machine());
console.log(`RSS at rest: ${server.rss().toFixed(0)} MB`);
console.log('clients  posts  receipts(303)  peak RSS MB  seconds');
for (const clients of CLIENTS) {
  let peak = server.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, server.rss())), 20);
  const started = Date.now();
  const statuses = (
    await Promise.all(
      Array.from({ length: clients }, async () => {
        const out: number[] = [];
        for (let r = 0; r < ROUNDS; r++) out.push(await post());
        return out;
      }),
    )
  ).flat();
  clearInterval(sampler);
  console.log(
    `${String(clients).padStart(7)}  ${String(statuses.length).padStart(5)}  ${String(statuses.filter((s) => s === 303).length).padStart(13)}  ${peak.toFixed(0).padStart(11)}  ${((Date.now() - started) / 1000).toFixed(1).padStart(7)}`,
  );
}
const [stored] = await bench.sql<
  { n: number; mb: number }[]
>`select count(*)::int as n, coalesce(sum(size), 0)::float / 1048576 as mb from comment_attachments`;
console.log(`stored: ${stored!.n} files, ${stored!.mb.toFixed(0)} MB`);
await server.stop();
await bench.done();
