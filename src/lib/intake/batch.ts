/**
 * Batching of the intake statement (statement.ts): several comments submitted at the same
 * moment to one app process are stored by one statement, one round trip and one commit.
 *
 * Batching is group commit in the app: a comment is sent at once if fewer than IN_FLIGHT
 * statements are running in this process; otherwise it waits for the next one to end and goes
 * with everything that arrived meanwhile (up to BATCH_MAX). A quiet server so adds no delay,
 * and under a surge one statement and one commit carry many comments: the database's work per
 * comment, and the app's round trips, are what limited intake (bench/intake.ts). A receipt is
 * still given only after the statement that stored its comment has committed. Two comments
 * with the same idempotency key, or claiming hits from the same rate limit counter, never share
 * a statement (the second waits for the next), so each is decided as if sent alone. If a batch
 * fails, each of its comments is tried again alone, so one bad row fails only itself.
 */
import type { Db } from '../db/client.ts';
import { isPooledClient } from '../db/rows.ts';
import { storeRows, type IntakeResult, type IntakeRow } from './statement.ts';

// Two statements at a time (bench/intake.ts on two cores, 8 to 128 clients): four made batches
// smaller for no more throughput; one kept the throughput but doubled p99 at 128 clients.
// More app processes, not more statements per process, use more cores.
const IN_FLIGHT = 2;
const BATCH_MAX = 64;

interface Waiting {
  row: IntakeRow;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

interface Batcher {
  waiting: Waiting[];
  running: number;
}
const batchers = new WeakMap<Db, Batcher>();
let batcherCount = 0;

/** How many intake batchers this process runs (one per pooled database handle; /health reports it). */
export function intakeBatcherCount(): number {
  return batcherCount;
}

/**
 * Stores one comment, batched with others submitted to this process at the same moment when
 * the database is PostgreSQL through the pool (on PGlite, and inside a transaction, alone).
 */
export async function storeIntakeRow(db: Db, row: IntakeRow): Promise<IntakeResult> {
  if (!isPooledClient(db)) return (await storeRows(db, [row]))[0]!;
  let batcher = batchers.get(db);
  if (!batcher) {
    batchers.set(db, (batcher = { waiting: [], running: 0 }));
    batcherCount++;
  }
  const b = batcher;
  return new Promise<IntakeResult>((resolve, reject) => {
    b.waiting.push({ row, resolve, reject });
    pump(db, b);
  });
}

/**
 * A statement still running after this long no longer holds back the comments behind it: it
 * stops counting towards IN_FLIGHT. A statement on a connection lost in an outage can wait
 * forever (postgres.js 3.4.9, see web/fault.ts); while both statements in flight hung so,
 * every later comment waited behind them for the 10 s request deadline, instead of trying a
 * fresh connection and being refused at once (tests/faults/postgres-outage.test.ts). Under a
 * surge a statement takes a few to a few hundred milliseconds.
 */
const STALLED_MS = 1000;

function pump(db: Db, b: Batcher): void {
  while (b.running < IN_FLIGHT && b.waiting.length > 0) {
    const batch = takeBatch(b);
    b.running++;
    let counted = true;
    const uncount = () => {
      if (!counted) return false;
      counted = false;
      b.running--;
      return true;
    };
    const stalled = setTimeout(() => {
      if (uncount()) pump(db, b);
    }, STALLED_MS);
    stalled.unref();
    void runBatch(db, batch).finally(() => {
      clearTimeout(stalled);
      uncount();
      pump(db, b);
    });
  }
}

/** The oldest waiting comments that can share a statement, up to BATCH_MAX. */
function takeBatch(b: Batcher): Waiting[] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  const keys = new Set<string>();
  const buckets = new Set<string>();
  for (const w of b.waiting) {
    const clash =
      keys.has(w.row.values.idempotencyKey) || (w.row.claim > 0 && buckets.has(w.row.bucket));
    if (batch.length >= BATCH_MAX || clash) {
      rest.push(w);
      continue;
    }
    batch.push(w);
    keys.add(w.row.values.idempotencyKey);
    if (w.row.claim > 0) buckets.add(w.row.bucket);
  }
  b.waiting = rest;
  return batch;
}

async function runBatch(db: Db, batch: Waiting[]): Promise<void> {
  try {
    const results = await storeRows(
      db,
      batch.map((w) => w.row),
    );
    batch.forEach((w, i) => w.resolve(results[i]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    // One comment may be what failed the batch: each is tried alone for its own answer.
    await Promise.all(
      batch.map((w) => storeRows(db, [w.row]).then((r) => w.resolve(r[0]!), w.reject)),
    );
  }
}
