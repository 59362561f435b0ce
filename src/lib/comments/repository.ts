/**
 * Reading and managing stored comments. Taking a comment in (the statement, its batching, the
 * rate-limit leases and the fold into the kept counts) is src/lib/intake/.
 */
import { and, desc, eq, ilike, isNotNull, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  clauses,
  commentAssignments,
  commentGroups,
  comments,
  commentTags,
  consultations,
  rateLimits,
  regulations,
  versions,
} from '../db/schema.ts';
import { isWellFormedReceipt, normaliseReceipt } from './receipt.ts';
import { COMMENT_STAGE } from './stage.ts';

/**
 * Fixed-window counter per bucket, shared by all app processes. Returns whether this hit is
 * within the limit.
 */
export async function hitRateLimit(
  db: Db,
  bucket: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${windowStart.toISOString()}::timestamptz then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`${windowStart.toISOString()}::timestamptz`,
      },
    })
    .returning({ count: rateLimits.count });
  return (row?.count ?? 1) <= limit;
}

/** Whether a bucket has already used up `limit` hits in the current window (counts nothing). */
export async function isRateLimited(
  db: Db,
  bucket: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .select({ count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.bucket, bucket), eq(rateLimits.windowStart, windowStart)));
  return (row?.count ?? 0) >= limit;
}

export async function findByReceipt(db: Db, receiptCode: string) {
  const [row] = await db
    .select({
      receiptCode: comments.receiptCode,
      stance: comments.stance,
      // A receipt code is a bearer token: whoever holds it reads the public fields only.
      publicBody: comments.publicBody,
      suggestedWording: comments.publicSuggestedWording,
      quote: comments.publicQuote,
      regulationLanguage: regulations.language,
      status: comments.status,
      statusReason: comments.statusReason,
      consentPublish: comments.consentPublish,
      clauseEId: comments.clauseEId,
      createdAt: comments.createdAt,
      consultationTitle: consultations.title,
      versionSlug: versions.slug,
      versionLabel: versions.label,
      regulationSlug: regulations.slug,
      regulationTitle: regulations.title,
      clauseLabel: clauses.label,
      clauseHeading: clauses.heading,
      clauseLineage: clauses.lineage,
      versionId: comments.versionId,
      disposition: comments.disposition,
      reply: comments.reply,
      repliedAt: comments.repliedAt,
      reflectedClauseId: comments.reflectedClauseId,
      versionPosition: versions.position,
      versionStage: versions.stage,
      closesAt: consultations.closesAt,
      regulationId: regulations.id,
      // A comment on the annual plan: the plan's year, and the item's title when it is on one.
      planYear: sql<
        number | null
      >`(select p.year from plans p where p.id = ${consultations.planId})`,
      planItemTitle: sql<
        string | null
      >`(select i.title from plan_items i where i.plan_id = ${consultations.planId} and 'item_' || i.slug = ${comments.clauseEId})`,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .where(eq(comments.receiptCode, receiptCode));
  return row ?? null;
}

/**
 * Where a clause went in the versions after its own: the clause of each later version that
 * carries the same lineage (renumbered, moved or reworded), or nothing if it was dropped.
 */
export async function laterPlaces(
  db: Db,
  regulationId: number,
  afterPosition: number,
  lineage: string,
) {
  const later = await db
    .select({ slug: versions.slug, label: versions.label, position: versions.position })
    .from(versions)
    .where(
      and(eq(versions.regulationId, regulationId), sql`${versions.position} > ${afterPosition}`),
    )
    .orderBy(versions.position);
  const found = await db
    .select({
      versionSlug: versions.slug,
      eId: clauses.eId,
      label: clauses.label,
      heading: clauses.heading,
    })
    .from(clauses)
    .innerJoin(versions, eq(versions.id, clauses.versionId))
    .where(
      and(
        eq(versions.regulationId, regulationId),
        eq(clauses.lineage, lineage),
        sql`${versions.position} > ${afterPosition}`,
      ),
    );
  return later.map((v) => ({ ...v, clause: found.find((f) => f.versionSlug === v.slug) ?? null }));
}

export interface IncomingFilter {
  regulation?: string | null;
  consultation?: number | null;
  stance?: string | null;
  status?: string | null;
  channel?: string | null;
  category?: string | null;
  clause?: string | null;
  /** Words to find in the comment or the suggested wording (any script; substring match). */
  text?: string | null;
  /** Comments carrying this (normalised) tag. */
  tag?: string | null;
  /** Comments assigned to this staff member. */
  assigneeId?: number | null;
  /** Overdue replies: no disposition yet, and the consultation closed before this instant. */
  closedBefore?: Date | null;
  /** Members of one campaign (near-duplicate group), by its group id. */
  groupId?: number | null;
  /** The stage the comment was made in (planning, drafting, review, evaluation). */
  stage?: string | null;
  /** The district the commenter gave (exact, after trimming). */
  district?: string | null;
  /** No assignee and no disposition yet. */
  unassigned?: boolean | null;
}

/** Escapes LIKE wildcards so a search for "100%" means the characters. */
export const likeTerm = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The text fields a staff member reads, chosen in the query so that originals never leave the
 * database for a role without `comments:personal-data`: the public (masked and redacted)
 * fields, and no contact details.
 */
export function staffTextColumns(personalData: boolean) {
  return personalData
    ? {
        body: comments.body,
        suggestedWording: comments.suggestedWording,
        displayName: comments.displayName,
        contact: comments.contact,
      }
    : {
        body: comments.publicBody,
        suggestedWording: comments.publicSuggestedWording,
        displayName: comments.publicDisplayName,
        contact: sql<string | null>`null::text`,
      };
}

/**
 * A search term for staff: in the originals for a role that reads them; otherwise only what
 * that role sees. The second form still starts from the trigram index on the original (the
 * public text is the original with passages replaced), then checks the public text, so a
 * term found only in a masked or redacted passage finds nothing.
 */
function searchTerm(word: string, personalData: boolean) {
  const term = likeTerm(word);
  return personalData
    ? or(ilike(comments.body, term), ilike(comments.suggestedWording, term))
    : or(
        and(ilike(comments.body, term), ilike(comments.publicBody, term)),
        and(ilike(comments.suggestedWording, term), ilike(comments.publicSuggestedWording, term)),
      );
}

/**
 * Staff view of incoming comments, newest first, with keyset paging on id and filters.
 * Text search is a substring match (works for Chinese without word segmentation), answered
 * from the pg_trgm indexes on body and suggested wording for terms of three characters or more.
 * `personalData`: whether the reader may see originals and contact details (see staffTextColumns).
 */
export async function listIncoming(
  db: Db,
  options: {
    limit: number;
    beforeId?: number | null;
    filter?: IncomingFilter;
    personalData: boolean;
  },
) {
  const rows = await db
    .select({
      id: comments.id,
      receiptCode: comments.receiptCode,
      stance: comments.stance,
      ...staffTextColumns(options.personalData),
      category: comments.category,
      district: comments.district,
      channel: comments.channel,
      status: comments.status,
      clauseEId: comments.clauseEId,
      createdAt: comments.createdAt,
      consultationTitle: consultations.title,
      closesAt: consultations.closesAt,
      disposition: comments.disposition,
      regulationSlug: regulations.slug,
      regulationTitle: regulations.shortTitle,
      versionSlug: versions.slug,
      versionLabel: versions.label,
      clauseLabel: clauses.label,
      groupId: commentGroups.groupId,
      consultationId: comments.consultationId,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .leftJoin(commentGroups, eq(commentGroups.commentId, comments.id))
    .where(
      and(
        options.beforeId ? sql`${comments.id} < ${options.beforeId}` : undefined,
        incomingWhere(options.filter ?? {}, options.personalData),
      ),
    )
    .orderBy(desc(comments.id))
    .limit(options.limit);
  return rows;
}

/**
 * How many comments the filter matches (the count a bulk action over "all matching" states);
 * with `cap`, counting stops after cap + 1, so a broad filter costs no full count.
 */
export async function countIncoming(
  db: Db,
  filter: IncomingFilter,
  personalData: boolean,
  cap?: number,
): Promise<number> {
  const matching = db
    .select({ one: sql`1`.as('one') })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(incomingWhere(filter, personalData));
  const source = (cap === undefined ? matching : matching.limit(cap + 1)).as('matching');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(source);
  return row?.n ?? 0;
}

/** The ids the filter matches, newest first, at most `limit` (a bulk action's selection). */
export async function incomingIds(
  db: Db,
  filter: IncomingFilter,
  personalData: boolean,
  limit: number,
): Promise<number[]> {
  const rows = await db
    .select({ id: comments.id })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(incomingWhere(filter, personalData))
    .orderBy(desc(comments.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The conditions of a staff filter; the query must join consultations and regulations. */
function incomingWhere(f: IncomingFilter, personalData: boolean) {
  // A receipt code, as a commenter reads it out on the phone (any case, spaces or no dashes),
  // finds that comment: nobody's text contains a code, so a text search never would.
  const receipt = normaliseReceipt(f.text ?? '');
  const byReceipt = isWellFormedReceipt(receipt);
  const words = byReceipt ? [] : (f.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return and(
    byReceipt ? eq(comments.receiptCode, receipt) : undefined,
    f.regulation ? eq(regulations.slug, f.regulation) : undefined,
    f.stance ? eq(comments.stance, f.stance) : undefined,
    f.status === 'answered'
      ? isNotNull(comments.disposition)
      : f.status === 'unanswered'
        ? isNull(comments.disposition)
        : f.status
          ? eq(comments.status, f.status)
          : undefined,
    f.channel ? eq(comments.channel, f.channel) : undefined,
    f.stage ? sql`${COMMENT_STAGE} = ${f.stage}` : undefined,
    f.district ? eq(comments.district, f.district) : undefined,
    f.category ? eq(comments.category, f.category) : undefined,
    f.consultation ? eq(comments.consultationId, f.consultation) : undefined,
    // A clause and everything inside it: an article's count includes its paragraphs and items.
    f.clause
      ? or(
          eq(comments.clauseEId, f.clause),
          like(comments.clauseEId, `${f.clause.replace(/_/g, '\\_')}\\_\\_%`),
        )
      : undefined,
    ...words.map((w) => searchTerm(w, personalData)),
    f.tag
      ? sql`exists (select 1 from ${commentTags} where ${commentTags.commentId} = ${comments.id} and ${commentTags.tag} = ${f.tag})`
      : undefined,
    f.assigneeId
      ? sql`exists (select 1 from ${commentAssignments} where ${commentAssignments.commentId} = ${comments.id} and ${commentAssignments.assigneeId} = ${f.assigneeId})`
      : undefined,
    // Waiting for someone to take it on: no assignee and no disposition yet.
    f.unassigned
      ? and(
          isNull(comments.disposition),
          sql`not exists (select 1 from ${commentAssignments} where ${commentAssignments.commentId} = ${comments.id})`,
        )
      : undefined,
    f.groupId
      ? sql`exists (select 1 from ${commentGroups} where ${commentGroups.commentId} = ${comments.id} and ${commentGroups.groupId} = ${f.groupId})`
      : undefined,
    f.closedBefore
      ? and(isNull(comments.disposition), lt(consultations.closesAt, f.closedBefore))
      : undefined,
  );
}

/** The rows of a clause and its descendants in one version, in document order. */
export async function clauseRowsOf(db: Db, versionId: number, eId: string) {
  return db
    .select({ eId: clauses.eId, label: clauses.label, text: clauses.text })
    .from(clauses)
    .where(
      and(
        eq(clauses.versionId, versionId),
        sql`(${clauses.eId} = ${eId} or ${clauses.eId} like ${`${eId}\\_\\_%`})`,
      ),
    )
    .orderBy(clauses.position);
}
