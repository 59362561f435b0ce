/**
 * The feedback report (征求意见情况说明) of a consultation: totals by stance, channel and
 * category, then article by article the number of opinions, how they were disposed of, and the
 * main opinions with their replies. Counts come from the kept counts and tallies; only the
 * answered opinions are read from the comments (through a partial index).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comments, consultations, consultationTallies, regulations } from '../db/schema.ts';

export async function feedbackReport(db: Db, regulationSlug: string, consultationSlug: string) {
  const [c] = await db
    .select({ consultation: consultations, regulation: regulations })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(consultations.slug, consultationSlug)));
  if (!c) return null;
  const of = eq(comments.consultationId, c.consultation.id);
  const count = sql<number>`count(*)::int`;
  const k = c.consultation;
  // Totals, stances and the tallies by channel, category and clause are kept counts, moved by
  // the fold (src/lib/comments/fold.ts): a report reads about a hundred rows whatever the number of comments.
  const [tallies, byClause, dispositions, top] = await Promise.all([
    db
      .select()
      .from(consultationTallies)
      .where(and(eq(consultationTallies.consultationId, k.id), inArray(consultationTallies.dimension, ['channel', 'category']), sql`${consultationTallies.count} > 0`)),
    db
      .select({ eId: consultationTallies.value, label: clauses.label, n: consultationTallies.count })
      .from(consultationTallies)
      .leftJoin(clauses, and(eq(clauses.versionId, sql`${k.versionId}::int`), eq(clauses.eId, consultationTallies.value)))
      .where(and(eq(consultationTallies.consultationId, k.id), eq(consultationTallies.dimension, 'clause'), sql`${consultationTallies.count} > 0`))
      .orderBy(asc(clauses.position)),
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
  const tally = (dimension: string) => Object.fromEntries(tallies.filter((t) => t.dimension === dimension).map((t) => [t.value, t.count]));
  const stances = { support: k.supportCount, oppose: k.opposeCount, amend: k.amendCount, question: k.questionCount };
  return {
    regulation: c.regulation,
    consultation: c.consultation,
    totals: { comments: k.commentCount, people: k.participantCount },
    byStance: Object.fromEntries(Object.entries(stances).filter(([, n]) => n > 0)),
    byChannel: tally('channel'),
    byCategory: tally('category'),
    clauses: byClause.map((r) => {
      const eId = r.eId === '' ? null : r.eId;
      return {
        eId,
        label: r.label,
        count: r.n,
        dispositions: Object.fromEntries(dispositions.filter((d) => d.eId === eId).map((d) => [d.disposition!, d.n])),
        main: top.filter((t) => t.eId === eId).slice(0, 3),
      };
    }),
  };
}
