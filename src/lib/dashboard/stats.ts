/**
 * The figures of a consultation's dashboard: comments per day (in the configured zone), by
 * stance, channel, category and clause, and handled (disposition recorded) against open.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
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
  // hundred rows whatever the number of comments (and a quarter-hour tally per quarter-hour that
  // had a comment, see perLocalDay); the dispositions' counts are moved by triggers
  // (disposition_counts, migration staff-queue-counts).
  const tally = (dimension: string) =>
    and(
      eq(consultationTallies.consultationId, consultationId),
      eq(consultationTallies.dimension, dimension),
      sql`${consultationTallies.count} > 0`,
    );
  const record = (rows: { key: string; n: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const [[k], perDay, channel, category, byClause, disposition] = await Promise.all([
    db.select().from(consultations).where(eq(consultations.id, consultationId)),
    perLocalDay(db, consultationId, timeZone),
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
    perDay,
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

/**
 * Comments per local day from the kept quarter-hour tallies (a year of them is 35,000 rows).
 * Each tally is put in its day by a binary search over the instants the local days begin
 * (`width_bucket`), so the zone's rules run once a day rather than once a quarter-hour: a
 * `to_char(… at time zone …)` per row was most of the dashboard's time at 1,000,000 comments
 * (issue #17). Zones' offsets are whole quarter-hours, so a quarter never straddles two days.
 */
async function perLocalDay(
  db: Db,
  consultationId: number,
  timeZone: string,
): Promise<{ day: string; n: number }[]> {
  const rows = rowsOf<{ day: string; n: number | string }>(
    await db.execute(sql`
      with q as materialized (
        select value::bigint as at, count from ${consultationTallies}
        where consultation_id = ${consultationId} and dimension = 'quarter' and count > 0
      ), d as (
        select array_agg(extract(epoch from g at time zone ${timeZone})::bigint order by g) as starts,
          array_agg(to_char(g, 'YYYY-MM-DD') order by g) as days
        from (select min(at) as lo, max(at) as hi from q) r,
          generate_series((to_timestamp(r.lo) at time zone ${timeZone})::date::timestamp,
            (to_timestamp(r.hi) at time zone ${timeZone})::date::timestamp, interval '1 day') g
      )
      select d.days[b.i] as day, b.n from (
        select width_bucket(q.at, d.starts) as i, sum(q.count)::int as n from q, d group by 1
      ) b, d
      order by b.i`),
  );
  return rows.map((r) => ({ day: r.day, n: Number(r.n) }));
}
