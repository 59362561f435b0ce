/**
 * Near-duplicate groups in the database. A comment joins a group when intake folds it (right
 * after it is stored; see src/lib/intake/fold.ts): its LSH band keys and sentence
 * fingerprints find earlier candidates of the same consultation with one indexed lookup, the
 * closest candidate that is the same letter gives the group, otherwise the comment starts its
 * own.
 * Exact copies (same campaign key) have equal signatures, so they always land together.
 */
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { recordDisposition, reflectedClauses } from '../disposition/repository.ts';
import {
  commentBands,
  commentGroups,
  commentIntakeQueue,
  comments,
  consultations,
  groupCounts,
  regulations,
} from '../db/schema.ts';
import { rowsOf } from '../db/rows.ts';
import { INTAKE_LOCK } from '../db/locks.ts';
import type { GroupDecision } from './group-decision.ts';
import { applyDecision } from './repository.ts';
import {
  estimatedSimilarity,
  letterKeys,
  MIN_SHARED_SENTENCES,
  sameLetter,
  type LetterKeys,
} from './near-duplicates.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Candidates read per band key: enough to find a group even inside a huge campaign. */
const CANDIDATE_LIMIT = 16;
/** Comments grouped per statement set; keeps the candidate query's parameters well bounded. */
export const GROUP_BATCH = 200;

/** An earlier comment as a candidate group for a new one (made by `candidate`). */
export interface Candidate {
  groupId: number;
  minhash: Int32Array;
  /** How many sentence fingerprints it has (see sentenceKeys). */
  sentences: number;
  /**
   * placeInIndex's notes while it places one comment (`placing`): how many of its sentence keys
   * list this candidate, and whether a band key does. Kept on the candidate rather than in a
   * Map and a Set per comment, whose hashing was most of the placement's time (issue #17).
   */
  placing: number;
  shared: number;
  viaBand: boolean;
}

/** A candidate with no notes yet. */
function candidate(groupId: number, minhash: Int32Array, sentences: number): Candidate {
  return { groupId, minhash, sentences, placing: 0, shared: 0, viaBand: false };
}

/** Tells apart the comments placeInIndex places, across calls (see Candidate.placing). */
let placing = 0;

/** A comment ready to be placed: its signature, band keys and sentence keys. */
export interface Placeable {
  id: number;
  consultationId: number;
  signature: Int32Array;
  keys: string[];
  sentences: string[];
}

/** Candidates by `consultationId|key`, newest first, at most CANDIDATE_LIMIT a key. */
export type CandidateIndex = Map<string, Candidate[]>;

export const slot = (consultationId: number, key: string) => `${consultationId}|${key}`;

/** Signature and keys of each comment long enough to group, oldest first. */
export function placeable(
  rows: readonly { id: number; consultationId: number; body: string }[],
): Placeable[] {
  return [...rows]
    .sort((a, b) => a.id - b.id)
    .flatMap((row) => {
      const keys = letterKeys(row.body);
      return keys ? [{ id: row.id, consultationId: row.consultationId, ...keys }] : [];
    });
}

export interface Placement {
  groupRows: {
    commentId: number;
    consultationId: number;
    groupId: number;
    minhash: Int32Array;
    sentences: number;
  }[];
  bands: { consultationIds: number[]; keys: string[]; commentIds: number[] };
}

/**
 * Places comments in their groups against an index of candidates, in order, and adds each to
 * the index as later comments would find it in the database. Pure apart from the index it is
 * given: the intake fold fills the index from the database per batch (groupBatch); regrouping
 * a whole consultation keeps one index in memory (regroupConsultation).
 */
export function placeInIndex(items: readonly Placeable[], found: CandidateIndex): Placement {
  const groupRows: Placement['groupRows'] = [];
  const bands: Placement['bands'] = { consultationIds: [], keys: [], commentIds: [] };
  const seen: Candidate[] = [];
  for (const item of items) {
    // Each candidate once, with the number of this comment's sentences it shares. One found
    // by sentences alone is compared only when it shares enough of them (stock sentences
    // would otherwise make every comment a candidate of thousands).
    const now = ++placing;
    seen.length = 0;
    const bandSlots = item.keys.map((key) => slot(item.consultationId, key));
    const sentenceSlots = item.sentences.map((key) => slot(item.consultationId, key));
    for (const at of bandSlots)
      for (const c of found.get(at) ?? []) {
        if (c.placing !== now) {
          c.placing = now;
          c.shared = 0;
          seen.push(c);
        }
        c.viaBand = true;
      }
    for (const at of sentenceSlots)
      for (const c of found.get(at) ?? []) {
        if (c.placing !== now) {
          c.placing = now;
          c.shared = 0;
          c.viaBand = false;
          seen.push(c);
        }
        c.shared++;
      }
    let best: { groupId: number; similarity: number } | null = null;
    for (const c of seen) {
      if (c.shared < MIN_SHARED_SENTENCES && !c.viaBand) continue;
      const similarity = estimatedSimilarity(item.signature, c.minhash);
      if (!sameLetter(similarity, c.shared, item.sentences.length, c.sentences)) continue;
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && c.groupId < best.groupId)
      )
        best = { groupId: c.groupId, similarity };
    }
    const groupId = best?.groupId ?? item.id;
    groupRows.push({
      commentId: item.id,
      consultationId: item.consultationId,
      groupId,
      minhash: item.signature,
      sentences: item.sentences.length,
    });
    const self = candidate(groupId, item.signature, item.sentences.length);
    const keys = [...item.keys, ...item.sentences];
    const slots = [...bandSlots, ...sentenceSlots];
    for (let k = 0; k < keys.length; k++) {
      const at = slots[k]!;
      const list = found.get(at) ?? [];
      // A key that already lists a member of this comment's group among its newest
      // CANDIDATE_LIMIT does not list this one too: a later comment under this key would find
      // the group anyway. So a campaign of copies adds no band rows after its first letters,
      // and a key's candidates are distinct groups rather than one campaign sixteen times
      // (the candidate reads of a surge of form letters were most of the fold's time).
      if (list.some((c) => c.groupId === groupId)) continue;
      bands.consultationIds.push(item.consultationId);
      bands.keys.push(keys[k]!);
      bands.commentIds.push(item.id);
      // Later comments see this one as a candidate, as they would the database's: the
      // newest CANDIDATE_LIMIT of the key.
      list.unshift(self);
      if (list.length > CANDIDATE_LIMIT) list.length = CANDIDATE_LIMIT;
      found.set(at, list);
    }
  }
  return { groupRows, bands };
}

/**
 * Writes a placement: group rows and key rows, each as a few arrays rather than a parameter per
 * value. `fresh` says the caller knows of no group or key row of these comments yet (regrouping
 * reads only comments without a group): the rows are then inserted without ON CONFLICT, whose
 * speculative insertion cost the bulk insert of key rows nearly half its time, and the key rows
 * in the order of their index. A row that is there after all fails the statement with a
 * unique violation (isUniqueViolation): the caller, in a savepoint, writes again without `fresh`.
 */
export async function writePlacement(
  tx: Tx | Db,
  placement: Placement,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  const rows = placement.groupRows;
  if (rows.length === 0) return;
  const onConflict = sql.raw(fresh ? '' : 'on conflict do nothing');
  await tx.execute(sql`
    insert into ${commentGroups} (comment_id, consultation_id, group_id, minhash, sentences)
    select c, k, g, string_to_array(m, ',')::int[], s
    from unnest(${intArray(rows.map((r) => r.commentId))}::bigint[], ${intArray(rows.map((r) => r.consultationId))}::int[], ${intArray(rows.map((r) => r.groupId))}::bigint[],
      ${textArray(rows.map((r) => r.minhash.join(',')))}::text[], ${intArray(rows.map((r) => r.sentences))}::int[]) as x(c, k, g, m, s)
    ${onConflict}`);
  const bands = placement.bands;
  if (bands.keys.length === 0) return;
  // In the primary key's order, so that consecutive rows go to the same index page (band keys
  // are ASCII, where the "C" order is the column's).
  const order = sql.raw(fresh ? 'order by k, b collate "C", c' : '');
  await tx.execute(sql`
    insert into ${commentBands} (consultation_id, band_key, comment_id)
    select * from unnest(${intArray(bands.consultationIds)}::int[], ${textArray(bands.keys)}::text[], ${intArray(bands.commentIds)}::bigint[]) as x(k, b, c) ${order}
    ${onConflict}`);
}

/** Whether an error is PostgreSQL's unique violation (drizzle wraps the driver's error). */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if ((e as Error & { code?: unknown }).code === '23505') return true;
  return false;
}

/**
 * Puts stored comments into their near-duplicate groups, oldest first, as if each had been
 * grouped alone in that order: a comment's candidates are the earlier comments of its
 * consultation sharing an LSH band key or a sentence fingerprint (from the database, and
 * earlier in this batch); the most similar that is the same letter (sameLetter) gives the
 * group, otherwise it starts its own. Three statements per batch whatever its size. The
 * caller holds INTAKE_LOCK (see src/lib/intake/fold.ts), so no two batches interleave and
 * copies of one letter stored at the same moment still meet, and has set
 * planForSmallBatches. Returns how many comments were placed (too-short ones are not).
 */
export async function groupBatch(
  tx: Tx | Db,
  rows: readonly { id: number; consultationId: number; body: string }[],
): Promise<number> {
  const items = placeable(rows);
  if (items.length === 0) return 0;
  const wanted = new Map<string, { consultationId: number; key: string }>();
  for (const item of items)
    for (const key of [...item.keys, ...item.sentences])
      wanted.set(slot(item.consultationId, key), { consultationId: item.consultationId, key });
  const found: CandidateIndex = new Map();
  const pairs = [...wanted.values()];
  for (let i = 0; i < pairs.length; i += 4000) {
    const chunk = pairs.slice(i, i + 4000);
    // Each candidate once, with the keys it was found under: a near-duplicate shares most of
    // its keys, and its signature is the bulk of the answer. Its group is looked up by key
    // (the lateral keeps the planner from hashing the whole groups table).
    // Keys and signature come back as plain delimited text: postgres.js's array parser, a
    // character loop, was the fold's largest cost in the app (bench/intake.ts profile).
    const result = rowsOf<{
      consultation_id: number;
      keys: string;
      group_id: number | string;
      minhash: string;
      sentences: number;
    }>(
      await tx.execute(sql`
        select x.consultation_id, x.keys, g.group_id, array_to_string(g.minhash, ',') as minhash, g.sentences
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
        cross join lateral (select group_id, minhash, sentences from ${commentGroups} where comment_id = x.comment_id limit 1) g
        order by x.comment_id desc`),
    );
    for (const r of result) {
      const c = candidate(
        Number(r.group_id),
        Int32Array.from(r.minhash.split(','), Number),
        Number(r.sentences),
      );
      for (const key of r.keys.split(' ')) {
        const at = slot(Number(r.consultation_id), key);
        const list = found.get(at);
        if (list) list.push(c);
        else found.set(at, [c]);
      }
    }
  }
  const placement = placeInIndex(items, found);
  await writePlacement(tx, placement);
  return placement.groupRows.length;
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
 * Comments read, placed and written per transaction when regrouping a consultation: the fold
 * waits for a chunk's write (about a second at this size on a busy machine), and each chunk pays
 * a transaction and the statements' fixed costs.
 */
export const REGROUP_CHUNK = 20_000;

/**
 * How many comments of a consultation have no group yet (stored before grouping existed, or
 * bulk-loaded), not counting those still waiting in the intake queue (the fold groups them).
 */
export async function countUngrouped(db: Db, consultationId: number): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`
      select count(*) as n from ${comments} c
      where c.consultation_id = ${consultationId}
        and not exists (select 1 from ${commentGroups} g where g.comment_id = c.id)
        and not exists (select 1 from ${commentIntakeQueue} q where q.comment_id = c.id)`),
  );
  return Number(row?.n ?? 0);
}

/** The candidate index of a consultation as the database holds it: each key's newest CANDIDATE_LIMIT. */
async function loadIndex(db: Db, consultationId: number): Promise<CandidateIndex> {
  const rows = rowsOf<{
    band_key: string;
    comment_id: number | string;
    group_id: number | string;
    minhash: string;
    sentences: number;
  }>(
    await db.execute(sql`
      select b.band_key, b.comment_id, g.group_id, array_to_string(g.minhash, ',') as minhash, g.sentences
      from ${commentBands} b join ${commentGroups} g on g.comment_id = b.comment_id
      where b.consultation_id = ${consultationId}
      order by b.comment_id desc`),
  );
  const found: CandidateIndex = new Map();
  const byComment = new Map<string, Candidate>();
  for (const r of rows) {
    const at = slot(consultationId, r.band_key);
    const list = found.get(at) ?? [];
    if (list.length >= CANDIDATE_LIMIT) continue;
    let c = byComment.get(String(r.comment_id));
    if (!c)
      byComment.set(
        String(r.comment_id),
        (c = candidate(
          Number(r.group_id),
          Int32Array.from(r.minhash.split(','), Number),
          Number(r.sentences),
        )),
      );
    list.push(c);
    found.set(at, list);
  }
  return found;
}

export interface RegroupProgress {
  /** Comments read so far. */
  seen: number;
  /** Of those, placed in a group (the rest are too short to be a form letter). */
  placed: number;
}

export interface RegroupOutcome extends RegroupProgress {
  /** Groups whose kept counts the closing recount set (recountGroups). */
  recounted: number;
}

/**
 * Groups the comments of a consultation that have none yet, oldest first, as intake would
 * have: one read of the consultation's candidate index into memory, then chunks of
 * REGROUP_CHUNK comments read, placed against the in-memory index and written with two bulk
 * statements, each chunk in its own transaction under INTAKE_LOCK (so the fold waits a chunk,
 * never the whole run). Comments stored meanwhile are grouped by the fold against the
 * database, which holds every chunk written so far. `onProgress` runs after each chunk
 * commits. Returns what was done; the placed count is what the database holds.
 *
 * The next chunk is read and placed while the previous one is written, so the app's work
 * (signatures, placement) and PostgreSQL's (the inserts) overlap. The chunks' group rows leave
 * the kept group counts (group_counts) alone, and one recount at the end (recountGroups) sets
 * them: per chunk, the trigger that moves them cost about as much as the insert (issue #17).
 * Until that recount the campaigns page does not show the groups the run has made so far; a
 * run that fails midway leaves them uncounted until the next regroup job, which ends with it.
 */
export async function regroupConsultation(
  db: Db,
  consultationId: number,
  onProgress: (progress: RegroupProgress) => Promise<void> | void = () => {},
  {
    chunk = REGROUP_CHUNK,
    limit = Number.POSITIVE_INFINITY,
  }: { chunk?: number; limit?: number } = {},
): Promise<RegroupOutcome> {
  // The index is loaded only once there is something to place.
  let found: CandidateIndex | null = null;
  const progress: RegroupProgress = { seen: 0, placed: 0 };
  const signed = signer(consultationId);
  let afterId = 0;
  let taken = 0;
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    const window = await readWindow(db, consultationId, afterId, Math.min(chunk, limit - taken));
    if (window.length === 0) break;
    afterId = Number(window.at(-1)!.id);
    const rows = window.filter((r): r is { id: number | string; body: string } => r.body !== null);
    taken += rows.length;
    const items = rows.flatMap((r) => signed(Number(r.id), r.body));
    found ??= await loadIndex(db, consultationId);
    const placement = placeInIndex(items, found);
    await writing;
    writing = writeChunk(db, placement).then(() => {
      progress.seen += rows.length;
      progress.placed += placement.groupRows.length;
      return onProgress({ ...progress });
    });
    // Awaited before the next write or at the end, which throws its failure; until then a
    // failure must not count as unhandled.
    writing.catch(() => {});
    if (window.length < chunk || taken >= limit) break;
  }
  await writing;
  // Also when nothing was placed: it repairs counts that drifted (see recountGroups).
  const recounted = await recountGroups(db, consultationId);
  return { ...progress, recounted };
}

/**
 * The next window of a consultation's comments by id, from the index, with the body of those
 * that have no group and are not queued (null for the others). Asking for the first `size`
 * ungrouped ones instead made PostgreSQL anti-join the whole consultation with its groups on
 * every chunk: a scan of every comment per chunk placed (issue #17).
 */
async function readWindow(db: Db, consultationId: number, afterId: number, size: number) {
  return rowsOf<{ id: number | string; body: string | null }>(
    await db.execute(sql`
      select w.id, case when not exists (select 1 from ${commentGroups} g where g.comment_id = w.id)
          and not exists (select 1 from ${commentIntakeQueue} q where q.comment_id = w.id)
        then w.body end as body
      from (
        select c.id, c.body from ${comments} c
        where c.consultation_id = ${consultationId} and c.id > ${afterId}
        order by c.id limit ${size}
      ) w
      order by w.id`),
  );
}

/**
 * Signs comments for placement, each distinct text once: copies of a form letter are one text
 * (the memory is bounded by forgetting everything now and then).
 */
function signer(consultationId: number) {
  const memo = new Map<string, LetterKeys | null>();
  return (id: number, body: string): Placeable[] => {
    let keys = memo.get(body);
    if (keys === undefined) {
      keys = letterKeys(body);
      if (memo.size > 100_000) memo.clear();
      memo.set(body, keys);
    }
    return keys ? [{ id, consultationId, ...keys }] : [];
  };
}

/**
 * Writes one regroup chunk in its own transaction under INTAKE_LOCK, with the group counts
 * deferred (migration defer-group-counts): as fresh rows, or, if some row was there already
 * (another run placed one of these comments meanwhile), as the fold writes, skipping those.
 */
async function writeChunk(db: Db, placement: Placement): Promise<void> {
  if (placement.groupRows.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint), set_config('openclause.group_counts', 'deferred', true)`);
    try {
      await tx.transaction((fresh) => writePlacement(fresh, placement, { fresh: true }));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await writePlacement(tx, placement);
    }
  });
}

/**
 * Sets a consultation's kept group sizes and open counts (group_counts) to a fresh count of its
 * group rows, under INTAKE_LOCK, so no fold, regroup chunk or disposition (holdGroupingOff)
 * moves them meanwhile; the number of groups whose counts were wrong or missing, or stale rows.
 * regroupConsultation ends with it: its chunks leave the counts to it, and it repairs counts
 * left one off by a disposition given while its comment was being grouped, before dispositions
 * waited for grouping (issue #17). It reads the consultation's group rows, so it belongs in a
 * job, never in a request.
 */
export async function recountGroups(db: Db, consultationId: number): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint)`);
    const fixed = rowsOf(
      await tx.execute(sql`
        insert into ${groupCounts} (consultation_id, group_id, size, open)
        select g.consultation_id, g.group_id, count(*)::int, (count(*) filter (where m.disposition is null))::int
        from ${commentGroups} g join ${comments} m on m.id = g.comment_id
        where g.consultation_id = ${consultationId}
        group by 1, 2
        on conflict (consultation_id, group_id) do update set size = excluded.size, open = excluded.open
        where group_counts.size <> excluded.size or group_counts.open <> excluded.open
        returning 1`),
    );
    const stale = rowsOf(
      await tx.execute(sql`
        delete from ${groupCounts} t where t.consultation_id = ${consultationId}
          and not exists (select 1 from ${commentGroups} g
            where g.consultation_id = t.consultation_id and g.group_id = t.group_id)
        returning 1`),
    );
    return fixed.length + stale.length;
  });
}

/**
 * Groups the comments of a consultation that have none yet, at most `limit` of them; the
 * number placed. A page must not call this on a large consultation: queue a regroup job
 * (src/lib/imports/jobs.ts) and show its progress.
 */
export async function groupUngrouped(
  db: Db,
  consultationId: number,
  limit?: number,
): Promise<number> {
  return (
    await regroupConsultation(db, consultationId, () => {}, limit === undefined ? {} : { limit })
  ).placed;
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
export async function nearGroupsOf(
  db: Db,
  consultationId: number,
  limit = 200,
): Promise<GroupSummary[]> {
  // Kept sizes (group_counts, moved by triggers): the largest groups come from an index. The
  // limit is taken on the counts alone, then their representatives are read: joined first,
  // a bulk regroup's fresh rows (statistics not yet gathered) made the planner join all 24,486
  // groups of a 1,000,000-comment consultation to the comments before sorting (280 ms).
  const largest = db
    .select({ groupId: groupCounts.groupId, size: groupCounts.size, open: groupCounts.open })
    .from(groupCounts)
    .where(and(eq(groupCounts.consultationId, consultationId), gt(groupCounts.size, 1)))
    .orderBy(desc(groupCounts.size), asc(groupCounts.groupId))
    .limit(limit)
    .as('largest');
  const rows = await db
    .select({
      groupId: largest.groupId,
      size: largest.size,
      open: largest.open,
      receiptCode: comments.receiptCode,
      body: comments.publicBody,
    })
    .from(largest)
    .innerJoin(comments, eq(comments.id, largest.groupId))
    .orderBy(desc(largest.size), asc(largest.groupId));
  return rows.map((r) => ({
    groupId: Number(r.groupId),
    size: r.size,
    open: r.open,
    receiptCode: r.receiptCode,
    excerpt: [...r.body].slice(0, 160).join(''),
  }));
}

/** All member ids of a group, oldest first (the first is the representative). */
export async function groupMemberIds(db: Db, groupId: number): Promise<number[]> {
  const rows = await db
    .select({ id: commentGroups.commentId })
    .from(commentGroups)
    .where(eq(commentGroups.groupId, groupId))
    .orderBy(asc(commentGroups.commentId));
  return rows.map((r) => Number(r.id));
}

/** A group for its page: where it belongs, and its first `limit` members with their text. */
export async function groupDetail(db: Db, groupId: number, limit = 300) {
  const [head] = await db
    .select({
      consultationId: consultations.id,
      consultationTitle: consultations.title,
      regulationTitle: regulations.shortTitle,
      regulationSlug: regulations.slug,
    })
    .from(commentGroups)
    .innerJoin(consultations, eq(consultations.id, commentGroups.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(eq(commentGroups.commentId, groupId));
  if (!head) return null;
  const [counts] = await db
    .select({ size: groupCounts.size, open: groupCounts.open })
    .from(groupCounts)
    .where(
      and(eq(groupCounts.consultationId, head.consultationId), eq(groupCounts.groupId, groupId)),
    );
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
      versionId: comments.versionId,
      clauseId: comments.clauseId,
    })
    .from(commentGroups)
    .innerJoin(comments, eq(comments.id, commentGroups.commentId))
    .where(eq(commentGroups.groupId, groupId))
    .orderBy(asc(comments.id))
    .limit(limit);
  return { ...head, size: counts?.size ?? 0, open: counts?.open ?? 0, members };
}

/** The audit's words for a campaign's "reflected in": the later reading and its clause, or none. */
async function reflectedDetail(db: Db, clauseId: number | null): Promise<Record<string, unknown>> {
  if (clauseId === null) return { reflectedClauseId: null };
  const clause = (await reflectedClauses(db, [clauseId])).get(clauseId);
  return {
    reflectedClauseId: clauseId,
    reflectedIn: clause ? `${clause.versionLabel} ${clause.label}` : String(clauseId),
  };
}

/**
 * Applies one decision to every member of a group, each change audited as usual, plus one
 * audit event for the group itself. Returns how many comments changed and how many were skipped.
 */
export async function applyGroupDecision(
  db: Db,
  actor: StaffUser,
  groupId: number,
  decision: GroupDecision,
  now: Date,
): Promise<{ applied: number; skipped: number }> {
  const ids = await groupMemberIds(db, groupId);
  let applied: number;
  if (decision.kind === 'moderate') {
    applied = (await applyDecision(db, actor, ids, decision.action)).applied.length;
  } else {
    applied = await recordDisposition(db, actor, ids, decision.input, now);
  }
  await recordAudit(db, actor, 'campaign.decision', 'comment_group', String(groupId), {
    decision: decision.kind === 'moderate' ? decision.action.kind : decision.input.disposition,
    ...(decision.kind === 'dispose'
      ? await reflectedDetail(db, decision.input.reflectedClauseId ?? null)
      : {}),
    members: ids.length,
    applied,
  });
  return { applied, skipped: ids.length - applied };
}
