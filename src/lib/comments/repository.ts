/**
 * Storing comments. A receipt is only ever shown for a comment whose statement committed;
 * the kept counts move when the intake queue is folded (fold.ts), right after.
 */
import { and, desc, eq, ilike, isNotNull, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { executePrepared } from '../db/rows.ts';
import { clauses, commentAssignments, commentGroups, comments, commentTags, consultations, rateLimits, regulations, versions } from '../db/schema.ts';
import { scheduleFold, settleIntake } from './fold.ts';
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
  | { ok: false; reason: 'unknown-clause' | 'rate-limited' | 'closed' };

/**
 * After a comment is stored: 'wait' for the fold that counts it (the caller reads the counts
 * next), leave it to the 'background' (the public form: the receipt is the commit, the counts
 * follow within about 50 ms, see scheduleFold), or 'none' (a caller that folds in its own
 * transaction).
 */
export type Settle = 'wait' | 'background' | 'none';

async function settle(db: Db, how: Settle): Promise<void> {
  if (how === 'wait') await settleIntake(db);
  else if (how === 'background') scheduleFold(db);
}

/** A rate limit checked and counted in the same statement as the insert. */
export interface IntakeLimit {
  bucket: string;
  limit: number;
  windowMs: number;
  now: Date;
}

/**
 * Under a high limit a bucket's hits are spread over this many rows, and the check adds them
 * up: one row taken by every comment from one address (a carrier's shared NAT, a load test)
 * would otherwise make those inserts wait on each other's commits. Each shard sees the others
 * as last committed, so a burst of concurrent requests may pass the limit by up to
 * RATE_LIMIT_SHARDS - 1: negligible at SHARDED_FROM or more per window, while an ordinary
 * limit (30 an hour) keeps one row and holds exactly.
 */
export const RATE_LIMIT_SHARDS = 8;
export const SHARDED_FROM = 1000;

export async function storeComment(db: Db, input: NewComment, options: {
    limit?: IntakeLimit | null;
    settle?: Settle;
    /** Store only if the consultation's window is open at this time, as the database has it (the caller chose it from a cached copy). */
    openAt?: Date;
  } = {}): Promise<StoreOutcome> {
  // One statement, so one round trip and no transaction held open across the network: the rate
  // limit, the insert (idempotent on the form's key), the participant and the intake queue row.
  // The kept counts and the near-duplicate group move when the queue is folded (fold.ts),
  // batch by batch: counting here made every comment of a surge wait for the one before it to
  // commit, since they all update the same consultation row. Measured with bench/intake.ts;
  // see the README's performance section.
  // A clause of a version must exist in it; without a version (comments on legislative plan
  // items) the caller has checked the item reference.
  const needsClause = input.clauseEId !== null && input.versionId !== null;
  const r = input.ratings ?? null;
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  const limit = options.limit ?? null;
  const openAt = options.openAt?.toISOString() ?? null;
  const windowStart = limit ? new Date(Math.floor(limit.now.getTime() / limit.windowMs) * limit.windowMs).toISOString() : null;
  const shards = limit && limit.limit >= SHARDED_FROM ? RATE_LIMIT_SHARDS : 1;
  const shard = Math.floor(Math.random() * shards);
  const shardKey = (i: number) => (limit ? `${limit.bucket}#${i}` : '');
  const otherShards = Array.from({ length: shards }, (_, i) => i).filter((i) => i !== shard).map(shardKey);
  const others =
    otherShards.length > 0
      ? sql` + coalesce((select sum(count) from rate_limits where bucket in (${sql.join(otherShards.map((k) => sql`${k}`), sql`, `)}) and window_start = ${windowStart}::timestamptz), 0)`
      : sql``;
  const allowed = limit ? sql`(select count from hit)${others} <= ${limit.limit}` : sql`true`;
  const [row] = await executePrepared<{ id: number | string | null; receipt_code: string | null; clause_found: boolean; allowed: boolean; window_open: boolean; refs_found: boolean; existing: string | null }>(
    db,
    sql`
      with hit as (
        insert into rate_limits (bucket, window_start, count)
        select ${shardKey(shard)}, ${windowStart}::timestamptz, 1 where ${limit !== null}
        on conflict (bucket) do update set
          count = case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end,
          window_start = excluded.window_start
        returning count
      ), allowed as (
        select ${allowed} as ok
      ), window_open as (
        select ${openAt === null} or exists (select 1 from consultations where id = ${input.consultationId}
          and opens_at <= ${openAt}::timestamptz and closes_at > ${openAt}::timestamptz) as ok
      ), refs as (
        -- What foreign keys would check, without their share lock on these hot rows (schema.ts).
        select exists (select 1 from consultations where id = ${input.consultationId})
          and (${input.versionId}::int is null or exists (select 1 from versions where id = ${input.versionId}::int)) as ok
      ), target as (
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
        where (select ok from allowed) and (select ok from window_open) and (select ok from refs) and (not ${needsClause} or exists (select 1 from target))
        on conflict (idempotency_key) do nothing
        returning id, receipt_code
      ), newcomer as (
        insert into participants (consultation_id, address_hash)
        select ${input.consultationId}, ${input.addressHash}::text from ins where ${input.addressHash}::text is not null
        on conflict do nothing returning 1
      ), queued as (
        insert into comment_intake_queue (comment_id, participant)
        select id, ${input.addressHash ? sql`(select count(*)::int from newcomer)` : sql`1`} from ins
      )
      select (select id from ins) as id, (select receipt_code from ins) as receipt_code,
        (not ${needsClause} or exists (select 1 from target)) as clause_found, (select ok from allowed) as allowed,
        (select ok from window_open) as window_open, (select ok from refs) as refs_found, (select receipt_code from comments where idempotency_key = ${input.idempotencyKey}) as existing`,
  );
  if (row?.receipt_code) {
    await settle(db, options.settle ?? 'wait');
    return { ok: true, receiptCode: row.receipt_code, duplicate: false };
  }
  // The same form submitted again (double click, retry): answer with the first receipt, even
  // past the rate limit, since nothing new is stored.
  const existing = row?.existing ?? (await db.select({ receiptCode: comments.receiptCode }).from(comments).where(eq(comments.idempotencyKey, input.idempotencyKey)))[0]?.receiptCode;
  if (existing) {
    // The first attempt's process may have stopped before counting it.
    await settle(db, options.settle ?? 'wait');
    return { ok: true, receiptCode: existing, duplicate: true };
  }
  // A caller's mistake, as a foreign key violation would have been: nothing is stored.
  if (!row?.refs_found) throw new Error(`comment names a consultation (${input.consultationId}) or version (${input.versionId}) that does not exist`);
  if (!row?.allowed) return { ok: false, reason: 'rate-limited' };
  if (!row?.window_open) return { ok: false, reason: 'closed' };
  if (!row?.clause_found) return { ok: false, reason: 'unknown-clause' };
  throw new Error('comment neither stored nor found by its idempotency key');
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
