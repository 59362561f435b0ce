/**
 * Storing comments. A receipt is only ever shown for a comment whose transaction committed;
 * the kept counts on the clause and the consultation move in the same transaction.
 */
import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comments, consultations, participants, rateLimits, regulations, versions } from '../db/schema.ts';

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

const STANCE_COUNTS = { support: 'supportCount', oppose: 'opposeCount', amend: 'amendCount', question: 'questionCount' } as const;

export type StoreOutcome =
  | { ok: true; receiptCode: string; duplicate: boolean }
  | { ok: false; reason: 'unknown-clause' };

export async function storeComment(db: Db, input: NewComment): Promise<StoreOutcome> {
  return db.transaction(async (tx) => {
    let clauseId: number | null = null;
    // A clause of a version must exist in it; without a version (comments on legislative plan
    // items) the caller has checked the item reference.
    if (input.clauseEId && input.versionId !== null) {
      const [clause] = await tx
        .select({ id: clauses.id })
        .from(clauses)
        .where(and(eq(clauses.versionId, input.versionId), eq(clauses.eId, input.clauseEId)));
      if (!clause) return { ok: false, reason: 'unknown-clause' } as const;
      clauseId = clause.id;
    }
    const inserted = await tx
      .insert(comments)
      .values({ ...input, clauseId })
      .onConflictDoNothing({ target: comments.idempotencyKey })
      .returning({ receiptCode: comments.receiptCode });
    if (!inserted[0]) {
      // The same form submitted again (double click, retry): answer with the first receipt.
      const [existing] = await tx
        .select({ receiptCode: comments.receiptCode })
        .from(comments)
        .where(eq(comments.idempotencyKey, input.idempotencyKey));
      return { ok: true, receiptCode: existing!.receiptCode, duplicate: true } as const;
    }
    if (clauseId !== null) {
      const r = input.ratings;
      await tx
        .update(clauses)
        .set({
          commentCount: sql`${clauses.commentCount} + 1`,
          ...(r
            ? {
                ratingCount: sql`${clauses.ratingCount} + 1`,
                claritySum: sql`${clauses.claritySum} + ${r.clarity}`,
                enforceabilitySum: sql`${clauses.enforceabilitySum} + ${r.enforceability}`,
                effectSum: sql`${clauses.effectSum} + ${r.effect}`,
              }
            : {}),
        })
        .where(eq(clauses.id, clauseId));
    }
    const newcomer = input.addressHash
      ? (await tx.insert(participants).values({ consultationId: input.consultationId, addressHash: input.addressHash }).onConflictDoNothing().returning({ id: participants.consultationId })).length > 0
      : true;
    const stanceCount = STANCE_COUNTS[input.stance as keyof typeof STANCE_COUNTS];
    await tx
      .update(consultations)
      .set({
        commentCount: sql`${consultations.commentCount} + 1`,
        ...(newcomer ? { participantCount: sql`${consultations.participantCount} + 1` } : {}),
        ...(stanceCount ? { [stanceCount]: sql`${consultations[stanceCount]} + 1` } : {}),
      })
      .where(eq(consultations.id, input.consultationId));
    return { ok: true, receiptCode: inserted[0].receiptCode, duplicate: false } as const;
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
  stance?: string | null;
  status?: string | null;
  channel?: string | null;
  category?: string | null;
  clause?: string | null;
  /** Words to find in the comment or the suggested wording (any script; substring match). */
  text?: string | null;
}

/** Escapes LIKE wildcards so a search for "100%" means the characters. */
const likeTerm = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Staff view of incoming comments, newest first, with keyset paging on id and filters.
 * Text search is a substring match (works for Chinese without word segmentation); it scans
 * the filtered rows, which is fine for tens of thousands, not for millions (see README).
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
        f.status ? eq(comments.status, f.status) : undefined,
        f.channel ? eq(comments.channel, f.channel) : undefined,
        f.category ? eq(comments.category, f.category) : undefined,
        f.clause ? eq(comments.clauseEId, f.clause) : undefined,
        ...words.map((w) => or(ilike(comments.body, likeTerm(w)), ilike(comments.suggestedWording, likeTerm(w)))),
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
