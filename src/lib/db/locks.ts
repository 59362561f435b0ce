/**
 * PostgreSQL advisory lock keys, one per kind of work that must not run twice at once across
 * app processes. Taken with the transaction-scoped functions, so a crash releases them.
 */
import { sql, type SQL } from 'drizzle-orm';

/** Folding stored comments into the kept counts and the near-duplicate groups. */
export const INTAKE_LOCK = 0x4f43_0001;

/**
 * Waits until a fold or regroup chunk in progress commits, and keeps the next one from starting
 * until the caller's transaction ends (a shared hold on INTAKE_LOCK). Every transaction that
 * gives comments a disposition takes it before its update: a group's open count (group_counts)
 * is moved by two triggers, one on the comment and one on its group row, and neither sees the
 * other's uncommitted row, so a comment grouped and answered at the same moment was counted open
 * by the one and not taken off by the other (issue #17). Dispositions are few and by hand; the
 * fold and the regroup job, which write by the thousand, take no row lock for this.
 */
export async function holdGroupingOff(tx: {
  execute: (query: SQL) => Promise<unknown>;
}): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${INTAKE_LOCK}::bigint)`);
}
