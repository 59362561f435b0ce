/**
 * Grouping benchmark: near-duplicate grouping of comments stored before grouping existed (or
 * bulk-loaded), as the regroup job and `openclause campaigns --regroup` run it, on the seeded
 * consultation (BENCH_COMMENTS, default 200,000). The groups are dropped first, so every
 * comment is grouped afresh. Goal: 10,000 comments a second or more.
 * Run: npm run bench:grouping   (BENCH_COMMENTS, BENCH_KEEP, BENCH_DATABASE_URL)
 */
import { sql } from 'drizzle-orm';
import { benchDatabase, databaseUrl, machine } from './lib/harness.ts';
import { BENCH_CONSULTATION } from './lib/content.ts';
import { openDatabase } from '../src/lib/db/index.ts';
import {
  countUngrouped,
  findConsultation,
  nearGroupsOf,
  regroupConsultation,
} from '../src/lib/moderation/index.ts';

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 200_000));
const handle = await openDatabase({ databaseUrl, dataDir: '' }, { poolSize: 2 });
const consultation = await findConsultation(handle.db, BENCH_CONSULTATION);
if (!consultation) throw new Error(`no consultation ${BENCH_CONSULTATION}`);
await handle.db.execute(sql`delete from comment_bands where consultation_id = ${consultation.id}`);
await handle.db.execute(sql`delete from comment_groups where consultation_id = ${consultation.id}`);
const ungrouped = await countUngrouped(handle.db, consultation.id);
console.log(`\n${ungrouped} ungrouped comments in ${BENCH_CONSULTATION}`);
const started = performance.now();
const cpuBefore = process.cpuUsage();
let next = 0.1;
const outcome = await regroupConsultation(handle.db, consultation.id, (p) => {
  if (p.seen / ungrouped < next) return;
  next += 0.1;
  const s = (performance.now() - started) / 1000;
  console.log(
    `  ${String(p.seen).padStart(9)} read, ${String(p.placed).padStart(9)} placed, ${s.toFixed(1).padStart(6)} s, ${Math.round(p.seen / s)}/s`,
  );
});
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const groups = await nearGroupsOf(handle.db, consultation.id, 5);
console.log(
  `\nregrouped ${outcome.seen} comments (${outcome.placed} long enough to group) in ${seconds.toFixed(1)} s: ${Math.round(outcome.seen / seconds)} comments a second (goal 10,000: ${outcome.seen / seconds >= 10_000 ? 'yes' : 'NO'})`,
);
// On a shared machine the wall-clock rate says more about the neighbours than about the code:
// the CPU this process spent (signatures, placement, statements sent) is printed beside it.
console.log(
  `this process used ${cpuSeconds.toFixed(1)} s of CPU: ${Math.round(outcome.seen / cpuSeconds)} comments per CPU-second (PostgreSQL's CPU not counted)`,
);
console.log(`largest groups: ${groups.map((g) => g.size).join(', ')}`);
await handle.close();
await bench.done();
