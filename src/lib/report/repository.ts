/**
 * The feedback report (征求意见情况说明) of a consultation: totals by stance, channel and
 * category, then article by article the number of opinions, how they were disposed of, and the
 * main opinions with their replies. Counts come from the kept counts and tallies; only the
 * answered opinions are read from the comments (through a partial index), and the people are
 * counted by the rule of ./people.ts (one pass over the consultation's comments).
 * Each commented article carries the article(s) of the next reading it became (clause_links).
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  clauseLinks,
  clauses,
  comments,
  consultations,
  consultationTallies,
  planItems,
  plans,
  regulations,
  versions,
} from '../db/schema.ts';
import { settlePending } from '../intake/index.ts';

/** The consultation and what it is on: a regulation, or a legislative plan (`plan-<year>`). */
async function findConsultation(db: Db, ownerSlug: string, consultationSlug: string) {
  const plan = /^plan-(\d{4})$/.exec(ownerSlug);
  if (plan) {
    const [p] = await db
      .select({ consultation: consultations, plan: plans })
      .from(consultations)
      .innerJoin(plans, eq(plans.id, consultations.planId))
      .where(and(eq(plans.year, Number(plan[1])), eq(consultations.slug, consultationSlug)));
    if (p)
      return {
        consultation: p.consultation,
        regulation: {
          title: p.plan.title,
          shortTitle: p.plan.title,
          slug: ownerSlug,
          stage: 'planning',
          language: 'zh',
        },
        owner: 'plan' as const,
      };
  }
  const [c] = await db
    .select({ consultation: consultations, regulation: regulations })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(and(eq(regulations.slug, ownerSlug), eq(consultations.slug, consultationSlug)));
  return c ? { ...c, owner: 'regulation' as const } : null;
}

export async function feedbackReport(db: Db, regulationSlug: string, consultationSlug: string) {
  const c = await findConsultation(db, regulationSlug, consultationSlug);
  if (!c) return null;
  const of = eq(comments.consultationId, c.consultation.id);
  const count = sql<number>`count(*)::int`;
  const k = c.consultation;
  // Stances and the tallies by channel, category and clause are kept counts, moved by the fold
  // (src/lib/intake/fold.ts); the totals and the people count read the consultation's comments.
  const [tallies, byClause, dispositions, top, totals, next] = await Promise.all([
    db
      .select()
      .from(consultationTallies)
      .where(
        and(
          eq(consultationTallies.consultationId, k.id),
          inArray(consultationTallies.dimension, ['channel', 'category']),
          sql`${consultationTallies.count} > 0`,
        ),
      ),
    // A plan's comments are on its items (`item_<slug>`), labelled by the item's title.
    db
      .select({
        eId: consultationTallies.value,
        label: sql<string | null>`coalesce(${clauses.label}, ${planItems.title})`,
        n: consultationTallies.count,
      })
      .from(consultationTallies)
      .leftJoin(
        clauses,
        and(
          eq(clauses.versionId, sql`${k.versionId}::int`),
          eq(clauses.eId, consultationTallies.value),
        ),
      )
      .leftJoin(
        planItems,
        and(
          eq(planItems.planId, sql`${k.planId}::int`),
          eq(sql`'item_' || ${planItems.slug}`, consultationTallies.value),
        ),
      )
      .where(
        and(
          eq(consultationTallies.consultationId, k.id),
          eq(consultationTallies.dimension, 'clause'),
          sql`${consultationTallies.count} > 0`,
        ),
      )
      .orderBy(sql`coalesce(${clauses.position}, ${planItems.position})`),
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
    countCommentsAndPeople(db, k.id),
    k.versionId === null ? Promise.resolve(null) : nextReading(db, k.versionId),
  ]);
  const tally = (dimension: string) =>
    Object.fromEntries(
      tallies.filter((t) => t.dimension === dimension).map((t) => [t.value, t.count]),
    );
  // Proposals are stored with the stance "amend" for the kept counts; they are counted apart.
  // Imported opinions may state no stance ('unstated'): the rest of the kept count.
  const stated = k.supportCount + k.opposeCount + k.amendCount + k.questionCount;
  const stances = {
    support: k.supportCount,
    oppose: k.opposeCount,
    amend: Math.max(0, k.amendCount - totals.proposals),
    question: k.questionCount,
    unstated: Math.max(0, k.commentCount - stated),
  };
  return {
    owner: c.owner,
    regulation: c.regulation,
    consultation: c.consultation,
    totals,
    nextVersion: next?.version ?? null,
    byStance: Object.fromEntries(Object.entries(stances).filter(([, n]) => n > 0)),
    byChannel: tally('channel'),
    byCategory: tally('category'),
    clauses: byClause.map((r) => {
      const eId = r.eId === '' ? null : r.eId;
      return {
        eId,
        label: r.label,
        count: r.n,
        dispositions: Object.fromEntries(
          dispositions.filter((d) => d.eId === eId).map((d) => [d.disposition!, d.n]),
        ),
        main: top.filter((t) => t.eId === eId).slice(0, 3),
        next: eId === null || !next ? [] : (next.places.get(eId) ?? []),
      };
    }),
  };
}

/**
 * Comments and people by the documented rule (./people.ts): contact details where given, else
 * the receipt. Kept by the fold on the consultation row (./people-kept.ts), in the same
 * transactions as the comment count, so the figures printed side by side always agree; what
 * waits to be folded is folded first.
 */
async function countCommentsAndPeople(
  db: Db,
  consultationId: number,
): Promise<{ comments: number; people: number; proposals: number }> {
  await settlePending(db);
  const [row] = await db
    .select({
      comments: consultations.commentCount,
      people: sql<number>`(${consultations.contactPeople} + ${consultations.anonymousCount})::int`,
      proposals: consultations.proposalCount,
    })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return { comments: row?.comments ?? 0, people: row?.people ?? 0, proposals: row?.proposals ?? 0 };
}

/**
 * The next reading of the regulation after this version and, for each clause of this version,
 * the labels of the clauses it became there (several when it was split); a clause missing from
 * the map was deleted or not carried over.
 */
async function nextReading(
  db: Db,
  versionId: number,
): Promise<{ version: { id: number; label: string }; places: Map<string, string[]> } | null> {
  const [version] = await db
    .select({ id: versions.id, label: versions.label })
    .from(versions)
    .where(
      sql`${versions.regulationId} = (select regulation_id from versions where id = ${versionId}) and ${versions.position} > (select position from versions where id = ${versionId})`,
    )
    .orderBy(asc(versions.position))
    .limit(1);
  if (!version) return null;
  const links = await db
    .select({ from: clauseLinks.fromEId, label: clauses.label })
    .from(clauseLinks)
    .innerJoin(
      clauses,
      and(eq(clauses.versionId, clauseLinks.toVersionId), eq(clauses.eId, clauseLinks.toEId)),
    )
    .where(and(eq(clauseLinks.fromVersionId, versionId), eq(clauseLinks.toVersionId, version.id)))
    .orderBy(asc(clauses.position));
  const places = new Map<string, string[]>();
  for (const l of links) places.set(l.from, [...(places.get(l.from) ?? []), l.label]);
  return { version, places };
}
