/**
 * The intake sweep: what is left in the queue after a process died between storing and folding
 * its comments is folded here, and the queue table is vacuumed (see vacuumQueue).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { isPooledClient } from '../db/rows.ts';
import { hasPendingComments, settleIntake } from './fold.ts';

const QUEUE_VACUUM_MS = 60_000;

/**
 * Vacuums the intake queue. Every comment adds a row and every fold deletes it, so the table
 * and its index fill with dead rows at the intake rate, and the fold's and /health's reads of
 * the queue slow down with them (61 ms for an empty queue after 280,000 comments, on a server
 * with autovacuum off; 1 ms after a vacuum). A lazy vacuum of the small table takes no lock
 * that blocks inserts or the fold; with autovacuum on it finds little to do.
 */
export async function vacuumQueue(db: Db): Promise<void> {
  await db.execute(sql`vacuum (skip_locked) comment_intake_queue`);
}

/**
 * Each second, folds what is left in the queue (comments of a process that died between its
 * insert and its fold, or the end-of-fold race between processes), and each minute vacuums
 * the queue (PostgreSQL only; see vacuumQueue). Returns the stop function.
 */
export function startIntakeSweep(db: Db, everyMs = 1000): () => void {
  let busy = false;
  let vacuumedAt = Date.now();
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const vacuum = isPooledClient(db) && Date.now() - vacuumedAt >= QUEUE_VACUUM_MS;
    if (vacuum) vacuumedAt = Date.now();
    hasPendingComments(db)
      .then((pending) => (pending ? settleIntake(db) : undefined))
      .then(() => (vacuum ? vacuumQueue(db) : undefined))
      .catch(() => {})
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
