/**
 * The feedback report (征求意见情况说明) of a consultation, computed from the stored comments:
 * totals by stance, channel and category, then article by article the number of opinions,
 * how they were disposed of, and the main opinions with their replies.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comments, consultations, regulations } from '../db/schema.ts';

export async function feedbackReport(db: Db, regulationSlug: string, consultationSlug: string) {
  const [c] = await db
    .select({ consultation: consultations, regulation: regulations })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(consultations.slug, consultationSlug)));
  if (!c) return null;
  const of = eq(comments.consultationId, c.consultation.id);
  const count = sql<number>`count(*)::int`;
  const [totals, byStance, byChannel, byCategory, byClause, dispositions, top] = await Promise.all([
    db.select({ comments: count, people: sql<number>`count(distinct ${comments.addressHash})::int` }).from(comments).where(of),
    db.select({ key: comments.stance, n: count }).from(comments).where(of).groupBy(comments.stance),
    db.select({ key: comments.channel, n: count }).from(comments).where(of).groupBy(comments.channel),
    db.select({ key: comments.category, n: count }).from(comments).where(of).groupBy(comments.category),
    db
      .select({ eId: comments.clauseEId, label: clauses.label, position: sql<number>`min(${clauses.position})`, n: count })
      .from(comments)
      .leftJoin(clauses, eq(clauses.id, comments.clauseId))
      .where(of)
      .groupBy(comments.clauseEId, clauses.label)
      .orderBy(asc(sql`min(${clauses.position})`)),
    db
      .select({ eId: comments.clauseEId, disposition: comments.disposition, n: count })
      .from(comments)
      .where(and(of, sql`${comments.disposition} is not null`))
      .groupBy(comments.clauseEId, comments.disposition),
    // The answered opinions, most seconded first, as the "main opinions" of each article.
    db
      .select({
        eId: comments.clauseEId,
        text: comments.publicBody,
        disposition: comments.disposition,
        reason: comments.dispositionReason,
        reply: comments.reply,
        seconds: comments.secondCount,
      })
      .from(comments)
      .where(and(of, sql`${comments.disposition} is not null`))
      .orderBy(desc(comments.secondCount), asc(comments.id))
      .limit(500),
  ]);
  return {
    regulation: c.regulation,
    consultation: c.consultation,
    totals: totals[0] ?? { comments: 0, people: 0 },
    byStance: Object.fromEntries(byStance.map((r) => [r.key, r.n])),
    byChannel: Object.fromEntries(byChannel.map((r) => [r.key, r.n])),
    byCategory: Object.fromEntries(byCategory.map((r) => [r.key, r.n])),
    clauses: byClause.map((r) => ({
      eId: r.eId,
      label: r.label,
      count: r.n,
      dispositions: Object.fromEntries(dispositions.filter((d) => d.eId === r.eId).map((d) => [d.disposition!, d.n])),
      main: top.filter((t) => t.eId === r.eId).slice(0, 3),
    })),
  };
}
