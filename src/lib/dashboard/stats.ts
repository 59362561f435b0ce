/**
 * The figures of a consultation's dashboard: comments per day (in the configured zone), by
 * stance, channel, category and clause, and handled (disposition recorded) against open.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, consultations, consultationTallies, dispositionCounts } from '../db/schema.ts';

export interface DashboardStats {
  perDay: { day: string; n: number }[];
  byStance: Record<string, number>;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  /** Clauses commented on, in document order; `eId` null for the draft as a whole. */
  byClause: { eId: string | null; label: string | null; n: number }[];
  handled: number;
  open: number;
  /** Dispositions recorded, by value (adopted, partly-adopted, not-adopted, out-of-scope). */
  byDisposition: Record<string, number>;
}

/**
 * Share of the decided comments that were adopted in whole or in part (out-of-scope ones are
 * not counted as decided on their merits); null before any decision.
 */
export function adoptionRate(byDisposition: Record<string, number>): number | null {
  const adopted = (byDisposition['adopted'] ?? 0) + (byDisposition['partly-adopted'] ?? 0);
  const weighed = adopted + (byDisposition['not-adopted'] ?? 0);
  return weighed === 0 ? null : adopted / weighed;
}

export async function dashboardStats(
  db: Db,
  consultationId: number,
  timeZone: string,
): Promise<DashboardStats> {
  // Kept counts (moved by the intake fold, see src/lib/intake/fold.ts): the figures read a few
  // hundred rows whatever the number of comments; the dispositions' counts are moved by triggers
  // (disposition_counts, migration staff-queue-counts).
  const tally = (dimension: string) =>
    and(
      eq(consultationTallies.consultationId, consultationId),
      eq(consultationTallies.dimension, dimension),
      sql`${consultationTallies.count} > 0`,
    );
  const record = (rows: { key: string; n: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const day = sql<string>`to_char(to_timestamp(${consultationTallies.value}::bigint) at time zone ${timeZone}, 'YYYY-MM-DD')`;
  const [[k], perDay, channel, category, byClause, disposition] = await Promise.all([
    db.select().from(consultations).where(eq(consultations.id, consultationId)),
    // By position: the same expression twice would carry two parameters, which PostgreSQL does not match.
    db
      .select({ day, n: sql<number>`sum(${consultationTallies.count})::int` })
      .from(consultationTallies)
      .where(tally('quarter'))
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ key: consultationTallies.value, n: consultationTallies.count })
      .from(consultationTallies)
      .where(tally('channel')),
    db
      .select({ key: consultationTallies.value, n: consultationTallies.count })
      .from(consultationTallies)
      .where(tally('category')),
    db
      .select({
        eId: consultationTallies.value,
        label: clauses.label,
        n: consultationTallies.count,
      })
      .from(consultationTallies)
      .innerJoin(consultations, eq(consultations.id, consultationTallies.consultationId))
      .leftJoin(
        clauses,
        and(
          eq(clauses.versionId, consultations.versionId),
          eq(clauses.eId, consultationTallies.value),
        ),
      )
      .where(tally('clause'))
      .orderBy(asc(clauses.position)),
    db
      .select({ key: dispositionCounts.disposition, n: dispositionCounts.count })
      .from(dispositionCounts)
      .where(
        and(
          eq(dispositionCounts.consultationId, consultationId),
          sql`${dispositionCounts.count} > 0`,
        ),
      ),
  ]);
  const byDisposition = record(disposition);
  const handled = Object.values(byDisposition).reduce((sum, n) => sum + n, 0);
  // Imported opinions may state no stance ('unstated', issue #17); the consultation keeps counts of
  // the four stances only, so the rest of its comments are those.
  const stated = k ? k.supportCount + k.opposeCount + k.amendCount + k.questionCount : 0;
  const stances = k
    ? {
        support: k.supportCount,
        oppose: k.opposeCount,
        amend: k.amendCount,
        question: k.questionCount,
        unstated: Math.max(0, k.commentCount - stated),
      }
    : {};
  return {
    perDay: perDay.map((r) => ({ day: r.day, n: Number(r.n) })),
    byStance: Object.fromEntries(Object.entries(stances).filter(([, n]) => n > 0)),
    byChannel: record(channel),
    byCategory: record(category),
    // The draft as a whole is tallied under the empty eId.
    byClause: byClause.map((r) => ({
      eId: r.eId === '' ? null : r.eId,
      label: r.label,
      n: Number(r.n),
    })),
    handled,
    open: (k?.commentCount ?? 0) - handled,
    byDisposition,
  };
}
