/**
 * Storing comments. A receipt is only ever shown for a comment whose statement committed;
 * the kept counts move when the intake queue is folded (fold.ts), right after.
 */
import { and, desc, eq, ilike, isNotNull, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { storeIntakeRow } from './intake-statement.ts';
import { publicFields } from './public-fields.ts';
import { boundKey } from './idempotency.ts';
import { clauses, commentAssignments, commentGroups, comments, commentTags, consultations, rateLimits, regulations, versions } from '../db/schema.ts';
import { scheduleFold, settleIntake } from './fold.ts';
import { COMMENT_STAGE } from '../moderation/repository.ts';

export interface NewComment {
  receiptCode: string;
  /** As the client (or the import) gave it; stored bound to the content (idempotency.ts). */
  idempotencyKey: string;
  consultationId: number;
  versionId: number | null;
  clauseEId: string | null;
  stance: string;
  /** The public fields are computed from these (public-fields.ts). */
  body: string;
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
 * A high limit (LEASED_FROM or more a window: a carrier's shared NAT, a load test) is claimed
 * from the shared counter in blocks of leaseSize hits, and a process spends a claimed block on
 * the bucket's next requests without touching the counter. One counter row taken by every
 * comment from one address made those inserts wait on each other's commits, and cost a third of
 * the database's time per comment (bench/intake.ts). A block is claimed only as far as the limit
 * allows, so the limit is never passed; hits a process claimed and did not use (it stopped, or
 * the window ended) are lost to the address, at most leaseSize - 1 per process and window. An
 * ordinary limit (30 an hour) claims one hit at a time and holds exactly.
 */
export const LEASED_FROM = 1000;
export const leaseSize = (limit: number) => (limit >= LEASED_FROM ? Math.min(64, Math.floor(limit / 100)) : 1);

interface Lease {
  windowStart: string;
  left: number;
  /** A block being claimed for this bucket by a request of this process: others wait for it. */
  claiming: Promise<unknown> | null;
}
const leases = new WeakMap<Db, Map<string, Lease>>();
const LEASES_KEPT = 10_000;

function leaseOf(db: Db, bucket: string): Lease {
  let kept = leases.get(db);
  if (!kept) leases.set(db, (kept = new Map()));
  let lease = kept.get(bucket);
  if (!lease) {
    kept.set(bucket, (lease = { windowStart: '', left: 0, claiming: null }));
    if (kept.size > LEASES_KEPT) kept.delete(kept.keys().next().value!);
  }
  return lease;
}

/**
 * How many hits this request claims from the shared counter: none if it spends one this
 * process already holds for the bucket and window (waiting, under a high limit, for a block
 * another request of this process is claiming), else one, or a block.
 */
async function hitsToClaim(db: Db, limit: IntakeLimit, windowStart: string): Promise<{ claim: number; lease: Lease | null }> {
  const size = leaseSize(limit.limit);
  if (size === 1) return { claim: 1, lease: null };
  const lease = leaseOf(db, limit.bucket);
  for (let waits = 0; ; waits++) {
    if (lease.windowStart === windowStart && lease.left > 0) {
      lease.left--;
      return { claim: 0, lease };
    }
    if (!lease.claiming || waits >= 3) return { claim: size, lease };
    await lease.claiming.catch(() => {});
  }
}

export async function storeComment(db: Db, input: NewComment, options: {
    limit?: IntakeLimit | null;
    settle?: Settle;
    /** Store only if the consultation's window is open at this time, as the database has it (the caller chose it from a cached copy). */
    openAt?: Date;
  } = {}): Promise<StoreOutcome> {
  // One statement, so one round trip and no transaction held open across the network: the rate
  // limit, the insert (idempotent on the form's key), the participant and the intake queue row;
  // shared with other comments submitted at the same moment (intake-statement.ts).
  // The kept counts and the near-duplicate group move when the queue is folded (fold.ts),
  // batch by batch: counting here made every comment of a surge wait for the one before it to
  // commit, since they all update the same consultation row. Measured with bench/intake.ts;
  // see the README's performance section.
  // A clause of a version must exist in it; without a version (comments on legislative plan
  // items) the caller has checked the item reference.
  const needsClause = input.clauseEId !== null && input.versionId !== null;
  const limit = options.limit ?? null;
  const openAt = options.openAt?.toISOString() ?? null;
  const windowStart = limit ? new Date(Math.floor(limit.now.getTime() / limit.windowMs) * limit.windowMs).toISOString() : null;
  // Hits claimed from the shared counter by this statement: none when this process still holds
  // some for the bucket, otherwise one, or a block under a high limit (see leaseSize).
  const { claim, lease } = limit ? await hitsToClaim(db, limit, windowStart!) : { claim: 0, lease: null };
  const pub = publicFields(input);
  // The key as stored is bound to the content (idempotency.ts): a replay with other content is a new comment.
  const key = boundKey(input);
  const statement = storeIntakeRow(db, {
    bucket: limit?.bucket ?? '', window_start: windowStart, claim, lim: limit?.limit ?? 0, open_at: openAt,
    consultation_id: input.consultationId, version_id: input.versionId, clause_e_id: input.clauseEId, needs_clause: needsClause,
    receipt_code: input.receiptCode, idempotency_key: key, stance: input.stance, body: input.body,
    public_body: pub.publicBody, public_suggested_wording: pub.publicSuggestedWording, public_quote: pub.publicQuote,
    public_display_name: pub.publicDisplayName, suggested_wording: input.suggestedWording, quote: input.quote, quote_start: input.quoteStart,
    quote_end: input.quoteEnd, display_name: input.displayName, category: input.category, district: input.district,
    contact: input.contact, consent_publish: input.consentPublish, channel: input.channel, address_hash: input.addressHash,
    entered_by: input.enteredBy, ratings: input.ratings ?? null, source: input.source ?? null, campaign_key: input.campaignKey ?? null,
  });
  if (claim > 1) lease!.claiming = statement;
  const row = await statement.finally(() => {
    if (lease?.claiming === statement) lease.claiming = null;
  });
  if (claim > 1 && row?.allowed && row.hit_count !== null) {
    // This request used the first hit of the block; the process keeps what the limit granted
    // of the rest (adding to any left from a block claimed at the same time).
    const granted = Math.min(claim, limit!.limit - (row.hit_count - claim));
    if (lease!.windowStart !== windowStart) Object.assign(lease!, { windowStart, left: 0 });
    lease!.left += Math.max(0, granted - 1);
  }
  if (row?.receipt_code) {
    await settle(db, options.settle ?? 'wait');
    return { ok: true, receiptCode: row.receipt_code, duplicate: false };
  }
  // The same form submitted again (double click, retry): answer with the first receipt, even
  // past the rate limit, since nothing new is stored.
  const existing = row?.existing ?? (await db.select({ receiptCode: comments.receiptCode }).from(comments).where(eq(comments.idempotencyKey, key)))[0]?.receiptCode;
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
      // A receipt code is a bearer token: whoever holds it reads the public fields only.
      publicBody: comments.publicBody,
      suggestedWording: comments.publicSuggestedWording,
      quote: comments.publicQuote,
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
      versionStage: versions.stage,
      closesAt: consultations.closesAt,
      regulationId: regulations.id,
      // A comment on the annual plan: the plan's year, and the item's title when it is on one.
      planYear: sql<number | null>`(select p.year from plans p where p.id = ${consultations.planId})`,
      planItemTitle: sql<string | null>`(select i.title from plan_items i where i.plan_id = ${consultations.planId} and 'item_' || i.slug = ${comments.clauseEId})`,
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
    ? { body: comments.body, suggestedWording: comments.suggestedWording, displayName: comments.displayName, contact: comments.contact }
    : { body: comments.publicBody, suggestedWording: comments.publicSuggestedWording, displayName: comments.publicDisplayName, contact: sql<string | null>`null::text` };
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
    : or(and(ilike(comments.body, term), ilike(comments.publicBody, term)), and(ilike(comments.suggestedWording, term), ilike(comments.publicSuggestedWording, term)));
}

/**
 * Staff view of incoming comments, newest first, with keyset paging on id and filters.
 * Text search is a substring match (works for Chinese without word segmentation), answered
 * from the pg_trgm indexes on body and suggested wording for terms of three characters or more.
 * `personalData`: whether the reader may see originals and contact details (see staffTextColumns).
 */
export async function listIncoming(db: Db, options: { limit: number; beforeId?: number | null; filter?: IncomingFilter; personalData: boolean }) {
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
    .where(and(options.beforeId ? sql`${comments.id} < ${options.beforeId}` : undefined, incomingWhere(options.filter ?? {}, options.personalData)))
    .orderBy(desc(comments.id))
    .limit(options.limit);
  return rows;
}

/**
 * How many comments the filter matches (the count a bulk action over "all matching" states);
 * with `cap`, counting stops after cap + 1, so a broad filter costs no full count.
 */
export async function countIncoming(db: Db, filter: IncomingFilter, personalData: boolean, cap?: number): Promise<number> {
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
export async function incomingIds(db: Db, filter: IncomingFilter, personalData: boolean, limit: number): Promise<number[]> {
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
  const words = (f.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return and(
    f.regulation ? eq(regulations.slug, f.regulation) : undefined,
    f.stance ? eq(comments.stance, f.stance) : undefined,
    f.status === 'answered' ? isNotNull(comments.disposition) : f.status === 'unanswered' ? isNull(comments.disposition) : f.status ? eq(comments.status, f.status) : undefined,
    f.channel ? eq(comments.channel, f.channel) : undefined,
    f.stage ? sql`${COMMENT_STAGE} = ${f.stage}` : undefined,
    f.district ? eq(comments.district, f.district) : undefined,
    f.category ? eq(comments.category, f.category) : undefined,
    f.consultation ? eq(comments.consultationId, f.consultation) : undefined,
    // A clause and everything inside it: an article's count includes its paragraphs and items.
    f.clause ? or(eq(comments.clauseEId, f.clause), like(comments.clauseEId, `${f.clause.replace(/_/g, '\\_')}\\_\\_%`)) : undefined,
    ...words.map((w) => searchTerm(w, personalData)),
    f.tag ? sql`exists (select 1 from ${commentTags} where ${commentTags.commentId} = ${comments.id} and ${commentTags.tag} = ${f.tag})` : undefined,
    f.assigneeId ? sql`exists (select 1 from ${commentAssignments} where ${commentAssignments.commentId} = ${comments.id} and ${commentAssignments.assigneeId} = ${f.assigneeId})` : undefined,
    // Waiting for someone to take it on: no assignee and no disposition yet.
    f.unassigned ? and(isNull(comments.disposition), sql`not exists (select 1 from ${commentAssignments} where ${commentAssignments.commentId} = ${comments.id})`) : undefined,
    f.groupId ? sql`exists (select 1 from ${commentGroups} where ${commentGroups.commentId} = ${comments.id} and ${commentGroups.groupId} = ${f.groupId})` : undefined,
    f.closedBefore ? and(isNull(comments.disposition), lt(consultations.closesAt, f.closedBefore)) : undefined,
  );
}

/** The rows of a clause and its descendants in one version, in document order. */
export async function clauseRowsOf(db: Db, versionId: number, eId: string) {
  return db
    .select({ eId: clauses.eId, label: clauses.label, text: clauses.text })
    .from(clauses)
    .where(and(eq(clauses.versionId, versionId), sql`(${clauses.eId} = ${eId} or ${clauses.eId} like ${`${eId}\\_\\_%`})`))
    .orderBy(clauses.position);
}
