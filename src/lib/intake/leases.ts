/**
 * Rate-limit leases: how many hits a comment claims from the shared counter, and the blocks of
 * hits a process holds for a busy bucket (see leaseSize).
 */
import type { Db } from '../db/client.ts';

/** A rate limit checked and counted in the same statement as the insert. */
export interface IntakeLimit {
  bucket: string;
  limit: number;
  windowMs: number;
  now: Date;
}

/**
 * A high limit (LEASED_FROM or more a window: a carrier's shared NAT, a load test) is claimed
 * from the shared counter in blocks of leaseSize hits, and a process spends a claimed block on
 * the bucket's next requests without touching the counter. One counter row taken by every
 * comment from one address made those inserts wait on each other's commits, and cost a third of
 * the database's time per comment (bench/intake.ts). A block is claimed only as far as the limit
 * allows, so the limit is never passed; hits a process claimed and did not use (it stopped, or
 * the window ended) are lost to the address, at most leaseSize - 1 per process and window. An
 * ordinary limit (30 an hour) claims one hit at a time and holds exactly.
 */
export const LEASED_FROM = 1000;
export const leaseSize = (limit: number) =>
  limit >= LEASED_FROM ? Math.min(64, Math.floor(limit / 100)) : 1;

export interface Lease {
  windowStart: string;
  left: number;
  /** A block being claimed for this bucket by a request of this process: others wait for it. */
  claiming: Promise<unknown> | null;
}
const leases = new WeakMap<Db, Map<string, Lease>>();
const LEASES_KEPT = 10_000;

function leaseOf(db: Db, bucket: string): Lease {
  let kept = leases.get(db);
  if (!kept) leases.set(db, (kept = new Map()));
  let lease = kept.get(bucket);
  if (!lease) {
    kept.set(bucket, (lease = { windowStart: '', left: 0, claiming: null }));
    if (kept.size > LEASES_KEPT) kept.delete(kept.keys().next().value!);
  }
  return lease;
}

/**
 * How many hits this request claims from the shared counter: none if it spends one this
 * process already holds for the bucket and window (waiting, under a high limit, for a block
 * another request of this process is claiming), else one, or a block.
 */
export async function hitsToClaim(
  db: Db,
  limit: IntakeLimit,
  windowStart: string,
): Promise<{ claim: number; lease: Lease | null }> {
  const size = leaseSize(limit.limit);
  if (size === 1) return { claim: 1, lease: null };
  const lease = leaseOf(db, limit.bucket);
  for (let waits = 0; ; waits++) {
    if (lease.windowStart === windowStart && lease.left > 0) {
      lease.left--;
      return { claim: 0, lease };
    }
    if (!lease.claiming || waits >= 3) return { claim: size, lease };
    await lease.claiming.catch(() => {});
  }
}
