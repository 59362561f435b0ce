/**
 * Near-duplicate groups in the database. A comment joins a group when intake folds it (right
 * after it is stored; see src/lib/intake/fold.ts): its LSH band keys find earlier candidates
 * of the same consultation with one indexed lookup, the best candidate at or above
 * NEAR_THRESHOLD gives the group, otherwise the comment starts its own.
 * Exact copies (same campaign key) have equal signatures, so they always land together.
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { recordDisposition } from '../disposition/repository.ts';
import { commentBands, commentGroups, commentIntakeQueue, comments, consultations, regulations } from '../db/schema.ts';
import { rowsOf } from '../db/rows.ts';
import { INTAKE_LOCK } from '../db/locks.ts';
import { planForSmallBatches } from '../intake/plan.ts';
import type { GroupDecision } from './group-decision.ts';
import { applyDecision } from './repository.ts';
import { bandKeys, estimatedSimilarity, minhashSignature, NEAR_THRESHOLD } from './near-duplicates.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Candidates read per band key: enough to find a group even inside a huge campaign. */
const CANDIDATE_LIMIT = 16;
/** Comments grouped per statement set; keeps the candidate query's parameters well bounded. */
export const GROUP_BATCH = 200;

interface Candidate {
  groupId: number;
  minhash: readonly number[];
}

/**
 * Puts stored comments into their near-duplicate groups, oldest first, as if each had been
 * grouped alone in that order: a comment's candidates are the earlier comments of its
 * consultation sharing an LSH band key (from the database, and earlier in this batch); the
 * most similar at or above NEAR_THRESHOLD gives the group, otherwise it starts its own.
 * Three statements per batch whatever its size. The caller holds INTAKE_LOCK (see
 * src/lib/intake/fold.ts), so no two batches interleave and copies of one letter stored at
 * the same moment still meet, and has set planForSmallBatches. Returns how many comments were
 * placed (too-short ones are not).
 */
export async function groupBatch(tx: Tx | Db, rows: readonly { id: number; consultationId: number; body: string }[]): Promise<number> {
  const items = [...rows]
    .sort((a, b) => a.id - b.id)
    .map((row) => {
      const signature = minhashSignature(row.body);
      return { ...row, signature, keys: signature ? bandKeys(signature) : [] };
    })
    .filter((item): item is typeof item & { signature: number[] } => item.signature !== null);
  if (items.length === 0) return 0;
  const slot = (consultationId: number, key: string) => `${consultationId}|${key}`;
  const wanted = new Map<string, { consultationId: number; key: string }>();
  for (const item of items) for (const key of item.keys) wanted.set(slot(item.consultationId, key), { consultationId: item.consultationId, key });
  const found = new Map<string, Candidate[]>();
  const pairs = [...wanted.values()];
  for (let i = 0; i < pairs.length; i += 4000) {
    const chunk = pairs.slice(i, i + 4000);
    // Each candidate once, with the band keys it was found under: a near-duplicate shares
    // most of its bands, and its signature is the bulk of the answer. Its group is looked up
    // by key (the lateral keeps the planner from hashing the whole groups table).
    // Keys and signature come back as plain delimited text: postgres.js's array parser, a
    // character loop, was the fold's largest cost in the app (bench/intake.ts profile).
    const result = rowsOf<{ consultation_id: number; keys: string; group_id: number | string; minhash: string }>(
      await tx.execute(sql`
        select x.consultation_id, x.keys, g.group_id, array_to_string(g.minhash, ',') as minhash
        from (
          select k.consultation_id, c.comment_id, string_agg(k.band_key, ' ') as keys
          from unnest(${intArray(chunk.map((p) => p.consultationId))}::int[], ${textArray(chunk.map((p) => p.key))}::text[]) as k(consultation_id, band_key)
          cross join lateral (
            select b.comment_id from ${commentBands} b
            where b.consultation_id = k.consultation_id and b.band_key = k.band_key
            order by b.comment_id desc limit ${CANDIDATE_LIMIT}
          ) c
          group by k.consultation_id, c.comment_id
        ) x
        cross join lateral (select group_id, minhash from ${commentGroups} where comment_id = x.comment_id limit 1) g
        order by x.comment_id desc`),
    );
    for (const r of result) {
      const candidate: Candidate = { groupId: Number(r.group_id), minhash: r.minhash.split(',').map(Number) };
      for (const key of r.keys.split(' ')) {
        const at = slot(Number(r.consultation_id), key);
        const list = found.get(at);
        if (list) list.push(candidate);
        else found.set(at, [candidate]);
      }
    }
  }
  const groupRows: { commentId: number; consultationId: number; groupId: number; minhash: number[] }[] = [];
  const bands = { consultationIds: [] as number[], keys: [] as string[], commentIds: [] as number[] };
  for (const item of items) {
    let best: { groupId: number; similarity: number } | null = null;
    // A near-duplicate shares most band keys with this comment: compare it once.
    const compared = new Set<Candidate>();
    for (const key of item.keys) {
      for (const c of found.get(slot(item.consultationId, key)) ?? []) {
        if (compared.has(c)) continue;
        compared.add(c);
        const similarity = estimatedSimilarity(item.signature, c.minhash);
        if (similarity < NEAR_THRESHOLD) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && c.groupId < best.groupId)) best = { groupId: c.groupId, similarity };
      }
    }
    const groupId = best?.groupId ?? item.id;
    groupRows.push({ commentId: item.id, consultationId: item.consultationId, groupId, minhash: item.signature });
    const self: Candidate = { groupId, minhash: item.signature };
    for (const key of item.keys) {
      const at = slot(item.consultationId, key);
      const list = found.get(at) ?? [];
      // A band that already lists a member of this comment's group among its newest
      // CANDIDATE_LIMIT does not list this one too: a later comment under this key would find
      // the group anyway. So a campaign of copies adds no band rows after its first letters,
      // and a band's candidates are distinct groups rather than one campaign sixteen times
      // (the candidate reads of a surge of form letters were most of the fold's time).
      if (list.some((c) => c.groupId === groupId)) continue;
      bands.consultationIds.push(item.consultationId);
      bands.keys.push(key);
      bands.commentIds.push(item.id);
      // Later comments of this batch see this one as a candidate, as they would the
      // database's: the newest CANDIDATE_LIMIT of the band.
      list.unshift(self);
      if (list.length > CANDIDATE_LIMIT) list.length = CANDIDATE_LIMIT;
      found.set(at, list);
    }
  }
  await tx.insert(commentGroups).values(groupRows).onConflictDoNothing();
  // Sixteen band rows a comment: sent as three arrays rather than as a parameter per value.
  await tx.execute(sql`
    insert into ${commentBands} (consultation_id, band_key, comment_id)
    select * from unnest(${intArray(bands.consultationIds)}::int[], ${textArray(bands.keys)}::text[], ${intArray(bands.commentIds)}::bigint[])
    on conflict do nothing`);
  return groupRows.length;
}

/** A PostgreSQL array literal of integers. */
function intArray(values: readonly number[]): string {
  return `{${values.join(',')}}`;
}

/** A PostgreSQL array literal of texts (band keys are hex, but quote them anyway). */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * Groups the comments of a consultation that have none yet (comments stored before grouping
 * existed, or bulk-loaded), oldest first, exactly as intake would have. Comments still waiting
 * in the intake queue are left to the fold. Returns how many were placed. `limit` bounds the
 * work of one call (a page view); the CLI passes none.
 */
export async function groupUngrouped(db: Db, consultationId: number, limit?: number): Promise<number> {
  let placed = 0;
  let afterId = 0;
  let left = limit ?? Number.POSITIVE_INFINITY;
  while (left > 0) {
    const size = Math.min(GROUP_BATCH, left);
    const seen = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint)`);
      await planForSmallBatches(tx);
      const rows = await tx
        .select({ id: comments.id, body: comments.body })
        .from(comments)
        .leftJoin(commentGroups, eq(commentGroups.commentId, comments.id))
        .where(
          and(
            eq(comments.consultationId, consultationId),
            sql`${comments.id} > ${afterId}`,
            sql`${commentGroups.commentId} is null`,
            sql`not exists (select 1 from ${commentIntakeQueue} q where q.comment_id = ${comments.id})`,
          ),
        )
        .orderBy(asc(comments.id))
        .limit(size);
      placed += await groupBatch(tx, rows.map((r) => ({ id: Number(r.id), consultationId, body: r.body })));
      afterId = Number(rows.at(-1)?.id ?? afterId);
      return rows.length;
    });
    left -= seen;
    if (seen < size) break;
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

/**
 * Campaign groups of a consultation (two or more exact or near-duplicate copies of a letter),
 * largest first. Comments stored before grouping existed are grouped first.
 */
export async function campaignsOf(db: Db, consultationId: number) {
  await groupUngrouped(db, consultationId);
  const rows = await db
    .select({
      groupId: commentGroups.groupId,
      ids: sql<string[]>`array_agg(${commentGroups.commentId}::text order by ${commentGroups.commentId})`,
    })
    .from(commentGroups)
    .where(eq(commentGroups.consultationId, consultationId))
    .groupBy(commentGroups.groupId)
    .having(sql`count(*) > 1`)
    .orderBy(desc(sql`count(*)`), asc(commentGroups.groupId));
  return rows.map((r) => ({ representativeId: Number(r.ids[0]), size: r.ids.length, memberIds: r.ids.map(Number) }));
}
