/**
 * Storing comments. A receipt is only ever shown for a comment whose statement committed;
 * the kept counts on the clause and the consultation move in the same statement.
 */
import { and, desc, eq, ilike, isNotNull, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { clauses, commentAssignments, commentGroups, comments, commentTags, consultations, rateLimits, regulations, versions } from '../db/schema.ts';
import { joinNearGroup } from '../moderation/groups.ts';
import { COMMENT_STAGE } from '../moderation/repository.ts';

export interface NewComment {
  receiptCode: string;
  idempotencyKey: string;
  consultationId: number;
  versionId: number | null;
  clauseEId: string | null;
  stance: string;
  body: string;
  publicBody: string;
  suggestedWording: string | null;
  quote: string | null;
  quoteStart: number | null;
  quoteEnd: number | null;
  displayName: string | null;
  category: string;
  district: string | null;
  contact: string | null;
  consentPublish: boolean;
  channel: string;
  addressHash: string | null;
  enteredBy: number | null;
  ratings?: { clarity: number; enforceability: number; effect: number } | null;
  source?: { date: string; place: string; participants: number | null } | null;
  campaignKey?: string | null;
}

export type StoreOutcome =
  | { ok: true; receiptCode: string; duplicate: boolean }
  | { ok: false; reason: 'unknown-clause' };

export async function storeComment(db: Db, input: NewComment): Promise<StoreOutcome> {
  // One statement, so one round trip and no transaction held open across the network: the
  // clause and consultation rows whose counts move are hot (every comment of a surge updates
  // the same consultation row), and their row locks are now held only while this statement
  // runs and commits. Measured with bench/intake.ts; see the README's performance section.
  // The report's tallies by channel, category and clause, and the heat map's counts by clause
  // and stance, move in it too. The near-duplicate group is joined after it, in the same
  // transaction: the consultation row is locked by then, so a concurrent copy of the same
  // letter has committed and its bands are seen, and the two land in one group.
  // A clause of a version must exist in it; without a version (comments on legislative plan
  // items) the caller has checked the item reference.
  const needsClause = input.clauseEId !== null && input.versionId !== null;
  const r = input.ratings ?? null;
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  return db.transaction(async (tx) => {
    const [row] = rowsOf<{ id: number | string | null; receipt_code: string | null; clause_found: boolean }>(
      await tx.execute(sql`
        with target as (
          select id from clauses where ${needsClause} and version_id = ${input.versionId} and e_id = ${input.clauseEId}
        ), ins as (
          insert into comments (receipt_code, idempotency_key, consultation_id, version_id, clause_id, clause_e_id, stance, body,
            public_body, suggested_wording, quote, quote_start, quote_end, display_name, category, district, contact,
            consent_publish, channel, address_hash, entered_by, ratings, source, campaign_key)
          select ${input.receiptCode}, ${input.idempotencyKey}, ${input.consultationId}, ${input.versionId}::int, (select id from target),
            ${input.clauseEId}, ${input.stance}, ${input.body}, ${input.publicBody}, ${input.suggestedWording}, ${input.quote},
            ${input.quoteStart}::int, ${input.quoteEnd}::int, ${input.displayName}, ${input.category}, ${input.district}, ${input.contact},
            ${input.consentPublish}, ${input.channel}, ${input.addressHash}, ${input.enteredBy}::int, ${json(r)}::jsonb,
            ${json(input.source)}::jsonb, ${input.campaignKey ?? null}
          where not ${needsClause} or exists (select 1 from target)
          on conflict (idempotency_key) do nothing
          returning id, receipt_code, clause_id
        ), counted_clause as (
          update clauses set comment_count = comment_count + 1,
            rating_count = rating_count + ${r ? 1 : 0}, clarity_sum = clarity_sum + ${r?.clarity ?? 0},
            enforceability_sum = enforceability_sum + ${r?.enforceability ?? 0}, effect_sum = effect_sum + ${r?.effect ?? 0}
          where id = (select clause_id from ins)
        ), newcomer as (
          insert into participants (consultation_id, address_hash)
          select ${input.consultationId}, ${input.addressHash}::text from ins where ${input.addressHash}::text is not null
          on conflict do nothing returning 1
        ), counted_consultation as (
          update consultations set comment_count = comment_count + 1,
            participant_count = participant_count + ${input.addressHash ? sql`(select count(*) from newcomer)` : sql`1`},
            support_count = support_count + ${input.stance === 'support' ? 1 : 0}, oppose_count = oppose_count + ${input.stance === 'oppose' ? 1 : 0},
            amend_count = amend_count + ${input.stance === 'amend' ? 1 : 0}, question_count = question_count + ${input.stance === 'question' ? 1 : 0}
          where id = ${input.consultationId} and exists (select 1 from ins)
        ), tallied as (
          insert into consultation_tallies (consultation_id, dimension, value, count)
          select ${input.consultationId}, t.dimension, t.value, 1 from ins,
            (values ('channel', ${input.channel}::text), ('category', ${input.category}::text), ('clause', ${input.clauseEId ?? ''}::text)) as t(dimension, value)
          on conflict (consultation_id, dimension, value) do update set count = consultation_tallies.count + 1
        ), stance_counted as (
          insert into clause_stance_counts (consultation_id, clause_e_id, stance, count)
          select ${input.consultationId}, ${input.clauseEId ?? ''}::text, ${input.stance}::text, 1 from ins
          on conflict (consultation_id, clause_e_id, stance) do update set count = clause_stance_counts.count + 1
        )
        select (select id from ins) as id, (select receipt_code from ins) as receipt_code, (not ${needsClause} or exists (select 1 from target)) as clause_found`),
    );
    if (row?.receipt_code) {
      await joinNearGroup(tx, { id: Number(row.id), consultationId: input.consultationId, body: input.body });
      return { ok: true, receiptCode: row.receipt_code, duplicate: false } as const;
    }
    if (!row?.clause_found) return { ok: false, reason: 'unknown-clause' } as const;
    // The same form submitted again (double click, retry): answer with the first receipt.
    const [existing] = await tx
      .select({ receiptCode: comments.receiptCode })
      .from(comments)
      .where(eq(comments.idempotencyKey, input.idempotencyKey));
    return { ok: true, receiptCode: existing!.receiptCode, duplicate: true } as const;
  });
}

/**
 * Fixed-window counter per bucket, shared by all app processes. Returns whether this hit is
 * within the limit.
 */
export async function hitRateLimit(db: Db, bucket: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
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
export async function isRateLimited(db: Db, bucket: string, limit: number, windowMs: number, now: Date): Promise<boolean> {
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
      publicBody: comments.publicBody,
      suggestedWording: comments.suggestedWording,
      quote: comments.quote,
      regulationLanguage: regulations.language,
      status: comments.status,
      statusReason: comments.statusReason,
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
      regulationId: regulations.id,
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
export async function laterPlaces(db: Db, regulationId: number, afterPosition: number, lineage: string) {
  const later = await db
    .select({ slug: versions.slug, label: versions.label, position: versions.position })
    .from(versions)
    .where(and(eq(versions.regulationId, regulationId), sql`${versions.position} > ${afterPosition}`))
    .orderBy(versions.position);
  const found = await db
    .select({ versionSlug: versions.slug, eId: clauses.eId, label: clauses.label, heading: clauses.heading })
    .from(clauses)
    .innerJoin(versions, eq(versions.id, clauses.versionId))
    .where(and(eq(versions.regulationId, regulationId), eq(clauses.lineage, lineage), sql`${versions.position} > ${afterPosition}`));
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
}

/** Escapes LIKE wildcards so a search for "100%" means the characters. */
export const likeTerm = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Staff view of incoming comments, newest first, with keyset paging on id and filters.
 * Text search is a substring match (works for Chinese without word segmentation), answered
 * from the pg_trgm indexes on body and suggested wording for terms of three characters or more.
 */
export async function listIncoming(db: Db, options: { limit: number; beforeId?: number | null; filter?: IncomingFilter }) {
  const f = options.filter ?? {};
  const words = (f.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const rows = await db
    .select({
      id: comments.id,
      receiptCode: comments.receiptCode,
      stance: comments.stance,
      body: comments.body,
      suggestedWording: comments.suggestedWording,
      displayName: comments.displayName,
      category: comments.category,
      district: comments.district,
      contact: comments.contact,
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
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .where(
      and(
        options.beforeId ? sql`${comments.id} < ${options.beforeId}` : undefined,
        f.regulation ? eq(regulations.slug, f.regulation) : undefined,
        f.stance ? eq(comments.stance, f.stance) : undefined,
        f.status === 'answered' ? isNotNull(comments.disposition) : f.status ? eq(comments.status, f.status) : undefined,
        f.channel ? eq(comments.channel, f.channel) : undefined,
        f.stage ? sql`${COMMENT_STAGE} = ${f.stage}` : undefined,
        f.district ? eq(comments.district, f.district) : undefined,
        f.category ? eq(comments.category, f.category) : undefined,
        f.consultation ? eq(comments.consultationId, f.consultation) : undefined,
        // A clause and everything inside it: an article's count includes its paragraphs and items.
        f.clause ? or(eq(comments.clauseEId, f.clause), like(comments.clauseEId, `${f.clause.replace(/_/g, '\\_')}\\_\\_%`)) : undefined,
        ...words.map((w) => or(ilike(comments.body, likeTerm(w)), ilike(comments.suggestedWording, likeTerm(w)))),
        f.tag ? sql`exists (select 1 from ${commentTags} where ${commentTags.commentId} = ${comments.id} and ${commentTags.tag} = ${f.tag})` : undefined,
        f.assigneeId ? sql`exists (select 1 from ${commentAssignments} where ${commentAssignments.commentId} = ${comments.id} and ${commentAssignments.assigneeId} = ${f.assigneeId})` : undefined,
        f.groupId ? sql`exists (select 1 from ${commentGroups} where ${commentGroups.commentId} = ${comments.id} and ${commentGroups.groupId} = ${f.groupId})` : undefined,
        f.closedBefore ? and(isNull(comments.disposition), lt(consultations.closesAt, f.closedBefore)) : undefined,
      ),
    )
    .orderBy(desc(comments.id))
    .limit(options.limit);
  return rows;
}

/** The rows of a clause and its descendants in one version, in document order. */
export async function clauseRowsOf(db: Db, versionId: number, eId: string) {
  return db
    .select({ eId: clauses.eId, label: clauses.label, text: clauses.text })
    .from(clauses)
    .where(and(eq(clauses.versionId, versionId), sql`(${clauses.eId} = ${eId} or ${clauses.eId} like ${`${eId}\\_\\_%`})`))
    .orderBy(clauses.position);
}
