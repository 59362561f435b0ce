/**
 * Near-duplicate groups in the database. A comment joins a group when it is stored: its LSH
 * band keys find earlier candidates of the same consultation with one indexed lookup, the best
 * candidate at or above NEAR_THRESHOLD gives the group, otherwise the comment starts its own.
 * Exact copies (same campaign key) have equal signatures, so they always land together.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { recordDisposition } from '../disposition/repository.ts';
import { commentBands, commentGroups, comments, consultations, regulations } from '../db/schema.ts';
import type { GroupDecision } from './group-decision.ts';
import { applyDecision } from './repository.ts';
import { bandKeys, estimatedSimilarity, minhashSignature, NEAR_THRESHOLD } from './near-duplicates.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Candidates read per new comment: enough to find its group even inside a huge campaign. */
const CANDIDATE_LIMIT = 64;

/** Puts a stored comment into its near-duplicate group; returns the group id, or null if too short. */
export async function joinNearGroup(tx: Tx | Db, comment: { id: number; consultationId: number; body: string }): Promise<number | null> {
  const signature = minhashSignature(comment.body);
  if (!signature) return null;
  const keys = bandKeys(signature);
  const candidates = await tx
    .select({ groupId: commentGroups.groupId, minhash: commentGroups.minhash })
    .from(commentBands)
    .innerJoin(commentGroups, eq(commentGroups.commentId, commentBands.commentId))
    .where(and(eq(commentBands.consultationId, comment.consultationId), inArray(commentBands.bandKey, keys)))
    .orderBy(desc(commentBands.commentId))
    .limit(CANDIDATE_LIMIT);
  let best: { groupId: number; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = estimatedSimilarity(signature, c.minhash);
    if (similarity < NEAR_THRESHOLD) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && c.groupId < best.groupId)) best = { groupId: c.groupId, similarity };
  }
  const groupId = best?.groupId ?? comment.id;
  await tx.insert(commentGroups).values({ commentId: comment.id, consultationId: comment.consultationId, groupId, minhash: signature });
  await tx.insert(commentBands).values(keys.map((bandKey) => ({ consultationId: comment.consultationId, bandKey, commentId: comment.id })));
  return groupId;
}

/**
 * Groups the comments of a consultation that have none yet (comments stored before grouping
 * existed, or bulk-loaded), oldest first, exactly as intake would have. Returns how many were
 * placed. `limit` bounds the work of one call (a page view); the CLI passes none.
 */
export async function groupUngrouped(db: Db, consultationId: number, limit?: number): Promise<number> {
  const query = db
    .select({ id: comments.id, body: comments.body })
    .from(comments)
    .leftJoin(commentGroups, eq(commentGroups.commentId, comments.id))
    .where(and(eq(comments.consultationId, consultationId), sql`${commentGroups.commentId} is null`))
    .orderBy(asc(comments.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  let placed = 0;
  for (const row of rows) {
    await db.transaction(async (tx) => {
      if (await joinNearGroup(tx, { id: row.id, consultationId, body: row.body })) placed++;
    });
  }
  return placed;
}

export interface GroupSummary {
  groupId: number;
  size: number;
  /** Members without a disposition yet. */
  open: number;
  receiptCode: string;
  excerpt: string;
}

/** The groups of two or more comments in a consultation, largest first. */
export async function nearGroupsOf(db: Db, consultationId: number, limit = 200): Promise<GroupSummary[]> {
  const sizes = db
    .select({
      groupId: commentGroups.groupId,
      size: sql<number>`count(*)::int`.as('size'),
      open: sql<number>`(count(*) filter (where ${comments.disposition} is null))::int`.as('open'),
    })
    .from(commentGroups)
    .innerJoin(comments, eq(comments.id, commentGroups.commentId))
    .where(eq(commentGroups.consultationId, consultationId))
    .groupBy(commentGroups.groupId)
    .having(sql`count(*) > 1`)
    .as('sizes');
  const rows = await db
    .select({ groupId: sizes.groupId, size: sizes.size, open: sizes.open, receiptCode: comments.receiptCode, body: comments.publicBody })
    .from(sizes)
    .innerJoin(comments, eq(comments.id, sizes.groupId))
    .orderBy(desc(sizes.size), asc(sizes.groupId))
    .limit(limit);
  return rows.map((r) => ({ groupId: Number(r.groupId), size: r.size, open: r.open, receiptCode: r.receiptCode, excerpt: [...r.body].slice(0, 160).join('') }));
}

/** All member ids of a group, oldest first (the first is the representative). */
export async function groupMemberIds(db: Db, groupId: number): Promise<number[]> {
  const rows = await db.select({ id: commentGroups.commentId }).from(commentGroups).where(eq(commentGroups.groupId, groupId)).orderBy(asc(commentGroups.commentId));
  return rows.map((r) => Number(r.id));
}

/** A group for its page: where it belongs, and its first `limit` members with their text. */
export async function groupDetail(db: Db, groupId: number, limit = 300) {
  const [head] = await db
    .select({ consultationId: consultations.id, consultationTitle: consultations.title, regulationTitle: regulations.shortTitle, regulationSlug: regulations.slug })
    .from(commentGroups)
    .innerJoin(consultations, eq(consultations.id, commentGroups.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(eq(commentGroups.commentId, groupId));
  if (!head) return null;
  const [counts] = await db
    .select({ size: sql<number>`count(*)::int`, open: sql<number>`(count(*) filter (where ${comments.disposition} is null))::int` })
    .from(commentGroups)
    .innerJoin(comments, eq(comments.id, commentGroups.commentId))
    .where(eq(commentGroups.groupId, groupId));
  const members = await db
    .select({
      id: comments.id,
      receiptCode: comments.receiptCode,
      body: comments.body,
      publicBody: comments.publicBody,
      status: comments.status,
      disposition: comments.disposition,
      stance: comments.stance,
      consentPublish: comments.consentPublish,
      createdAt: comments.createdAt,
    })
    .from(commentGroups)
    .innerJoin(comments, eq(comments.id, commentGroups.commentId))
    .where(eq(commentGroups.groupId, groupId))
    .orderBy(asc(comments.id))
    .limit(limit);
  return { ...head, size: counts?.size ?? 0, open: counts?.open ?? 0, members };
}

/**
 * Applies one decision to every member of a group, each change audited as usual, plus one
 * audit event for the group itself. Returns how many comments changed and how many were skipped.
 */
export async function applyGroupDecision(db: Db, actor: StaffUser, groupId: number, decision: GroupDecision, now: Date): Promise<{ applied: number; skipped: number }> {
  const ids = await groupMemberIds(db, groupId);
  let applied: number;
  if (decision.kind === 'moderate') {
    applied = (await applyDecision(db, actor, ids, decision.action)).applied.length;
  } else {
    applied = await recordDisposition(db, actor, ids, decision.input, now);
  }
  await recordAudit(db, actor, 'campaign.decision', 'comment_group', String(groupId), {
    decision: decision.kind === 'moderate' ? decision.action.kind : decision.input.disposition,
    members: ids.length,
    applied,
  });
  return { applied, skipped: ids.length - applied };
}
