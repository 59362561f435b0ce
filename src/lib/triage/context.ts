/**
 * A comment's context for staff: the regulation and version it was made on, the article's text
 * (with the quoted passage marked), the same clause in earlier and later versions (its lineage),
 * the author's other comments on the consultation (same contact), and its campaign.
 */
import { and, asc, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  clauses,
  commentGroups,
  comments,
  groupCounts,
  regulations,
  versions,
} from '../db/schema.ts';
import { clauseRowsOf } from '../comments/repository.ts';
import { clauseTextOf } from '../comments/suggestion.ts';

export interface QuotePart {
  text: string;
  marked: boolean;
}

/**
 * The article's text cut around the quoted passage: at the stored offsets when they still
 * point at the quote, else at the quote's first occurrence; unmarked when it is not there.
 */
export function markQuote(
  text: string,
  quote: string | null,
  start: number | null = null,
  end: number | null = null,
): QuotePart[] {
  if (!quote) return [{ text, marked: false }];
  const from =
    start !== null && end !== null && text.slice(start, end) === quote
      ? start
      : text.indexOf(quote);
  if (from < 0) return [{ text, marked: false }];
  const to = from + quote.length;
  return [
    { text: text.slice(0, from), marked: false },
    { text: text.slice(from, to), marked: true },
    { text: text.slice(to), marked: false },
  ].filter((p) => p.text !== '');
}

export async function commentContext(
  db: Db,
  comment: {
    id: number;
    consultationId: number;
    versionId: number | null;
    clauseId: number | null;
    clauseEId: string | null;
    contact: string | null;
  },
) {
  const [place] = comment.versionId
    ? await db
        .select({
          regulationId: regulations.id,
          regulationTitle: regulations.title,
          regulationShortTitle: regulations.shortTitle,
          regulationSlug: regulations.slug,
          language: regulations.language,
          versionSlug: versions.slug,
          versionLabel: versions.label,
        })
        .from(versions)
        .innerJoin(regulations, eq(regulations.id, versions.regulationId))
        .where(eq(versions.id, comment.versionId))
    : [];
  const [clause] = comment.clauseId
    ? await db
        .select({
          label: clauses.label,
          heading: clauses.heading,
          lineage: clauses.lineage,
          kind: clauses.kind,
        })
        .from(clauses)
        .where(eq(clauses.id, comment.clauseId))
    : [];
  const [articleRows, lineage, others, group] = await Promise.all([
    comment.versionId && comment.clauseEId
      ? clauseRowsOf(db, comment.versionId, comment.clauseEId)
      : Promise.resolve([]),
    place && clause
      ? db
          .select({
            clauseId: clauses.id,
            eId: clauses.eId,
            label: clauses.label,
            heading: clauses.heading,
            versionSlug: versions.slug,
            versionLabel: versions.label,
            position: versions.position,
          })
          .from(clauses)
          .innerJoin(versions, eq(versions.id, clauses.versionId))
          .where(
            and(
              eq(versions.regulationId, place.regulationId),
              eq(clauses.lineage, clause.lineage),
              eq(clauses.kind, clause.kind),
            ),
          )
          .orderBy(asc(versions.position))
      : Promise.resolve([]),
    // The same person, as far as staff can tell: the same contact on this consultation.
    comment.contact
      ? db
          .select({
            id: comments.id,
            receiptCode: comments.receiptCode,
            stance: comments.stance,
            clauseEId: comments.clauseEId,
            createdAt: comments.createdAt,
          })
          .from(comments)
          .where(
            and(
              eq(comments.consultationId, comment.consultationId),
              isNotNull(comments.contact),
              eq(comments.contact, comment.contact),
              ne(comments.id, comment.id),
            ),
          )
          .orderBy(desc(comments.id))
          .limit(20)
      : Promise.resolve(null),
    // The kept size (group_counts), not a count of the members: a campaign may hold tens of
    // thousands. A join, so that drizzle names both tables' columns in full.
    db
      .select({
        groupId: commentGroups.groupId,
        size: sql<number>`coalesce(${groupCounts.size}, 1)`,
      })
      .from(commentGroups)
      .leftJoin(
        groupCounts,
        and(
          eq(groupCounts.consultationId, commentGroups.consultationId),
          eq(groupCounts.groupId, commentGroups.groupId),
        ),
      )
      .where(eq(commentGroups.commentId, comment.id)),
  ]);
  const articleText = comment.clauseEId ? clauseTextOf(articleRows, comment.clauseEId) : '';
  return {
    place: place ?? null,
    clause: clause ?? null,
    articleText,
    lineage: lineage.map((l) => ({ ...l, isThis: l.clauseId === comment.clauseId })),
    others,
    group: group[0] && group[0].size > 1 ? group[0] : null,
  };
}
