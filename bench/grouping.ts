/**
 * Grouping benchmark: near-duplicate grouping of comments stored before grouping existed (or
 * bulk-loaded), as the regroup job and `openclause campaigns --regroup` run it, on the seeded
 * consultation (BENCH_COMMENTS, default 200,000). The groups are dropped first, so every
 * comment is grouped afresh. Goal: 10,000 comments a second or more.
 * Run: npm run bench:grouping   (BENCH_COMMENTS, BENCH_KEEP, BENCH_DATABASE_URL)
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { benchDatabase, databaseUrl, machine } from './lib/harness.ts';
import { BENCH_CONSULTATION } from './lib/content.ts';
import { openDatabase } from '../src/lib/db/index.ts';
import { rowsOf } from '../src/lib/db/rows.ts';
import {
  countUngrouped,
  findConsultation,
  nearGroupsOf,
  regroupConsultation,
} from '../src/lib/moderation/index.ts';

console.log(`machine: ${await machine()}`);
const bench = await benchDatabase(Number(process.env['BENCH_COMMENTS'] ?? 200_000));
const handle = await openDatabase({ databaseUrl, dataDir: '' }, { poolSize: 2 });
// A database kept from an earlier run may predate this checkout's migrations.
await handle.migrate();
const consultation = await findConsultation(handle.db, BENCH_CONSULTATION);
if (!consultation) throw new Error(`no consultation ${BENCH_CONSULTATION}`);
await handle.db.execute(sql`delete from comment_bands where consultation_id = ${consultation.id}`);
await handle.db.execute(sql`delete from comment_groups where consultation_id = ${consultation.id}`);
// The run inserts the very rows just deleted; their dead index entries would make every insert
// check a dead row on the heap (a run after a run took twice as long as the first).
await handle.db.execute(sql`vacuum comment_bands, comment_groups, group_counts`);
const ungrouped = await countUngrouped(handle.db, consultation.id);
console.log(`\n${ungrouped} ungrouped comments in ${BENCH_CONSULTATION}`);
// Both connections of the pool open, so that their server processes can be watched.
await Promise.all([0, 1].map(() => handle.db.execute(sql`select pg_sleep(0.05)`)));
const serverBefore = await serverCpu();
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
const serverAfter = await serverCpu();
const serverSeconds = [...serverAfter].reduce(
  (sum, [pid, s]) => sum + s - (serverBefore.get(pid) ?? 0),
  0,
);
const groups = await nearGroupsOf(handle.db, consultation.id, 5);
console.log(
  `\nregrouped ${outcome.seen} comments (${outcome.placed} long enough to group) in ${seconds.toFixed(1)} s: ${Math.round(outcome.seen / seconds)} comments a second (goal 10,000: ${outcome.seen / seconds >= 10_000 ? 'yes' : 'NO'})`,
);
// On a shared machine the wall-clock rate says more about the neighbours than about the code:
// the CPU this process spent (signatures, placement, statements sent) is printed beside it.
console.log(
  `this process used ${cpuSeconds.toFixed(1)} s of CPU: ${Math.round(outcome.seen / cpuSeconds)} comments per CPU-second (PostgreSQL's CPU not counted)`,
);
console.log(
  serverSeconds > 0
    ? `its PostgreSQL connections used ${serverSeconds.toFixed(1)} s of CPU (${Math.round((serverSeconds / outcome.seen) * 1e6)} µs a comment; the app ${Math.round((cpuSeconds / outcome.seen) * 1e6)} µs)`
    : 'PostgreSQL CPU not measured (server not on this machine)',
);
console.log(`largest groups: ${groups.map((g) => g.size).join(', ')}`);
console.log(
  `load avg at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
await handle.close();
await bench.done();

/** CPU seconds used so far by each server process serving this database (Linux /proc, local server only). */
async function serverCpu(): Promise<Map<number, number>> {
  const rows = rowsOf<{ pid: number }>(
    await handle.db.execute(
      sql`select pid from pg_stat_activity where datname = current_database()`,
    ),
  );
  const ticks = 100; // USER_HZ on Linux
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / ticks);
    } catch {
      // not on this machine
    }
  }
  return out;
}
