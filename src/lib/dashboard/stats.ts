/**
 * The figures of a consultation's dashboard: comments per day (in the configured zone), by
 * stance, channel and category, and handled (disposition recorded) against open. Grouped
 * counts over one consultation's comments, on the (consultation, created) index; a staff page,
 * not a public one (public pages read kept counts).
 */
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comments } from '../db/schema.ts';

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

export async function dashboardStats(db: Db, consultationId: number, timeZone: string): Promise<DashboardStats> {
  const of = eq(comments.consultationId, consultationId);
  const n = sql<number>`count(*)::int`;
  const day = sql<string>`to_char(${comments.createdAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
  const group = (column: typeof comments.stance | typeof comments.channel | typeof comments.category) => db.select({ key: column, n }).from(comments).where(of).groupBy(column);
  const [perDay, stance, channel, category, handled, byClause, disposition] = await Promise.all([
    // By position: the same expression twice would carry two parameters, which PostgreSQL does not match.
    db.select({ day, n }).from(comments).where(of).groupBy(sql`1`).orderBy(sql`1`),
    group(comments.stance),
    group(comments.channel),
    group(comments.category),
    db.select({ handled: sql<number>`count(${comments.disposition})::int`, all: n }).from(comments).where(of),
    db
      .select({ eId: comments.clauseEId, label: clauses.label, n })
      .from(comments)
      .leftJoin(clauses, eq(clauses.id, comments.clauseId))
      .where(of)
      .groupBy(comments.clauseEId, clauses.label)
      .orderBy(asc(sql`min(${clauses.position})`)),
    db.select({ key: sql<string>`${comments.disposition}`, n }).from(comments).where(and(of, isNotNull(comments.disposition))).groupBy(comments.disposition),
  ]);
  const record = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const h = Number(handled[0]?.handled ?? 0);
  return {
    perDay: perDay.map((r) => ({ day: r.day, n: Number(r.n) })),
    byStance: record(stance),
    byChannel: record(channel),
    byCategory: record(category),
    byClause: byClause.map((r) => ({ eId: r.eId, label: r.label, n: Number(r.n) })),
    handled: h,
    open: Number(handled[0]?.all ?? 0) - h,
    byDisposition: record(disposition),
  };
}
