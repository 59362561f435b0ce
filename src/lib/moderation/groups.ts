/**
 * Near-duplicate groups in the database. A comment joins a group when intake folds it (right
 * after it is stored; see src/lib/intake/fold.ts): its LSH band keys and sentence
 * fingerprints find earlier candidates of the same consultation with one indexed lookup, the
 * closest candidate that is the same letter gives the group, otherwise the comment starts its
 * own.
 * Exact copies (same campaign key) have equal signatures, so they always land together.
 */
import { and, asc, desc, eq, gt, sql, type SQL } from 'drizzle-orm';
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
import { rowsOf, streamRows } from '../db/rows.ts';
import { INTAKE_LOCK } from '../db/locks.ts';
import type { GroupDecision } from './group-decision.ts';
import { applyDecision } from './repository.ts';
import { CANDIDATE_LIMIT, CandidateIndex } from './candidate-index.ts';
import {
  BANDS,
  keyText,
  leastSameLetter,
  letterKeys,
  MIN_SHARED_SENTENCES,
  sameLetter,
  SENTENCE_TAG,
  SIGNATURE_LENGTH,
  type LetterKeys,
} from './near-duplicates.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Comments grouped per statement set; keeps the candidate query's parameters well bounded. */
export const GROUP_BATCH = 200;

/** A comment ready to be placed: its signature, band keys and sentence keys (LetterKeys). */
interface Placeable extends LetterKeys {
  id: number;
  consultationId: number;
}

/** Signature and keys of each comment long enough to group, oldest first. */
function placeable(
  rows: readonly { id: number; consultationId: number; body: string }[],
): Placeable[] {
  return [...rows]
    .sort((a, b) => a.id - b.id)
    .flatMap((row) => {
      const keys = letterKeys(row.body);
      return keys ? [{ id: row.id, consultationId: row.consultationId, ...keys }] : [];
    });
}

interface Placement {
  groupRows: {
    commentId: number;
    consultationId: number;
    groupId: number;
    minhash: Int32Array;
    sentences: number;
  }[];
  /** Key rows to write: each key as its tag and hash (keyText). */
  bands: { consultationIds: number[]; tags: number[]; hashes: number[]; commentIds: number[] };
}

/**
 * Places comments of one consultation in their groups against an index of its candidates, in
 * order, and adds each to the index as later comments would find it in the database. Pure
 * apart from the index it is given: the intake fold fills an index from the database per batch
 * (groupBatch); regrouping a whole consultation keeps one index in memory (regroupConsultation).
 * A comment's candidates are those listed under its band keys, and those listed under enough of
 * its sentence keys (stock sentences would otherwise make every comment a candidate of
 * thousands); the most similar that is the same letter gives the group, the smallest group on
 * a tie, otherwise it starts its own.
 */
function placeInIndex(
  items: readonly Placeable[],
  index: CandidateIndex,
  placement: Placement = emptyPlacement(),
): Placement {
  const { groupRows, bands } = placement;
  const seen: number[] = [];
  let places = new Int32Array(64);
  for (const item of items) {
    const now = ++index.placing;
    seen.length = 0;
    const bandCount = item.bands.length;
    const keyCount = bandCount + item.sentences.length;
    index.room(keyCount);
    if (places.length < keyCount) places = new Int32Array(keyCount * 2);
    for (let k = 0; k < bandCount; k++) places[k] = index.place(k, item.bands[k]!);
    for (let k = bandCount; k < keyCount; k++)
      places[k] = index.place(SENTENCE_TAG, item.sentences[k - bandCount]!);
    // Each candidate once, with the number of this comment's sentence keys listing it and
    // whether a band key does (noted on the candidate: a Map and a Set per comment cost most of
    // the placement's time).
    const { heads, lengths, entryCandidates, entryNext, marks, shared, viaBand } = index;
    for (let k = 0; k < keyCount; k++) {
      const at = places[k]!;
      const band = k < bandCount;
      for (let e = heads[at]!, n = lengths[at]!; n > 0; n--, e = entryNext[e]!) {
        const c = entryCandidates[e]!;
        if (marks[c] !== now) {
          marks[c] = now;
          shared[c] = 0;
          viaBand[c] = 0;
          seen.push(c);
        }
        if (band) viaBand[c] = 1;
        else shared[c]!++;
      }
    }
    const { signatures, groupIds, sentenceCounts } = index;
    const signature = item.signature;
    let best = -1;
    let bestSame = -1;
    for (const c of seen) {
      if (shared[c]! < MIN_SHARED_SENTENCES && viaBand[c] === 0) continue;
      const groupId = groupIds[c]!;
      // The equal positions it needs to be the same letter and to beat the best so far (a tie
      // goes to the smaller group): most candidates found by a band key are not the same
      // letter, and counting stops as soon as they cannot get there.
      const need = Math.max(
        leastSameLetter(shared[c]!, item.sentences.length, sentenceCounts[c]!),
        best < 0 ? 0 : groupId < best ? bestSame : bestSame + 1,
      );
      // estimatedSimilarity, on the index's signatures in place, eight positions at a time.
      let same = 0;
      for (let i = 0, at = c * SIGNATURE_LENGTH; i < SIGNATURE_LENGTH; i += 8, at += 8) {
        if (same + SIGNATURE_LENGTH - i < need) break;
        same +=
          (signature[i] === signatures[at] ? 1 : 0) +
          (signature[i + 1] === signatures[at + 1] ? 1 : 0) +
          (signature[i + 2] === signatures[at + 2] ? 1 : 0) +
          (signature[i + 3] === signatures[at + 3] ? 1 : 0) +
          (signature[i + 4] === signatures[at + 4] ? 1 : 0) +
          (signature[i + 5] === signatures[at + 5] ? 1 : 0) +
          (signature[i + 6] === signatures[at + 6] ? 1 : 0) +
          (signature[i + 7] === signatures[at + 7] ? 1 : 0);
      }
      if (same < need) continue;
      const similarity = same / SIGNATURE_LENGTH;
      if (!sameLetter(similarity, shared[c]!, item.sentences.length, sentenceCounts[c]!)) continue;
      best = groupId;
      bestSame = same;
    }
    const groupId = best < 0 ? item.id : best;
    groupRows.push({
      commentId: item.id,
      consultationId: item.consultationId,
      groupId,
      minhash: item.signature,
      sentences: item.sentences.length,
    });
    const self = index.addCandidate(groupId, item.signature, item.sentences.length);
    for (let k = 0; k < keyCount; k++) {
      const at = places[k]!;
      // A key that already lists a member of this comment's group among its newest
      // CANDIDATE_LIMIT does not list this one too: a later comment under this key would find
      // the group anyway. So a campaign of copies adds no band rows after its first letters,
      // and a key's candidates are distinct groups rather than one campaign sixteen times
      // (the candidate reads of a surge of form letters were most of the fold's time).
      if (index.lists(at, groupId)) continue;
      bands.consultationIds.push(item.consultationId);
      bands.tags.push(k < bandCount ? k : SENTENCE_TAG);
      bands.hashes.push(k < bandCount ? item.bands[k]! : item.sentences[k - bandCount]!);
      bands.commentIds.push(item.id);
      // Later comments see this one as a candidate, as they would the database's: the
      // newest CANDIDATE_LIMIT of the key.
      index.prepend(at, self);
    }
  }
  return placement;
}

function emptyPlacement(): Placement {
  return { groupRows: [], bands: { consultationIds: [], tags: [], hashes: [], commentIds: [] } };
}

/** A key of `comment_bands` as its tag and hash (keyText), or null if it is not one grouping makes. */
function parseKey(key: string): [tag: number, hash: number] | null {
  const m = /^(\d{1,2}|s):([0-9a-f]{8})$/.exec(key);
  if (!m) return null;
  const tag = m[1] === 's' ? SENTENCE_TAG : Number(m[1]);
  return tag < BANDS || tag === SENTENCE_TAG ? [tag, Number.parseInt(m[2]!, 16) | 0] : null;
}

/**
 * A placement's rows as the array literals writePlacement sends: group rows and key rows, each
 * as a few arrays rather than a parameter per value. Made before the writing transaction
 * starts, so that it holds INTAKE_LOCK no longer than the statements take.
 */
interface PlacementRows {
  groups: number;
  commentIds: string;
  consultationIds: string;
  groupIds: string;
  minhashes: string;
  sentences: string;
  bands: number;
  bandConsultationIds: string;
  bandKeys: string;
  bandCommentIds: string;
}

function placementRows({ groupRows: rows, bands }: Placement): PlacementRows {
  return {
    groups: rows.length,
    commentIds: intArray(rows.map((r) => r.commentId)),
    consultationIds: intArray(rows.map((r) => r.consultationId)),
    groupIds: intArray(rows.map((r) => r.groupId)),
    minhashes: plainTextArray(rows.map((r) => r.minhash.join(','))),
    sentences: intArray(rows.map((r) => r.sentences)),
    bands: bands.tags.length,
    bandConsultationIds: intArray(bands.consultationIds),
    bandKeys: plainTextArray(bands.tags.map((t, i) => keyText(t, bands.hashes[i]!))),
    bandCommentIds: intArray(bands.commentIds),
  };
}

/**
 * Writes a placement's group rows and key rows (placementRows) with one statement. `fresh`
 * says the caller knows of no group or key row of these comments yet (regrouping reads only
 * comments without a group): the rows are then inserted without ON CONFLICT, whose speculative
 * insertion cost the bulk insert of key rows nearly half its time, and the key rows in the
 * order of their index. A row that is there after all fails the statement with a unique
 * violation (isUniqueViolation): the caller, in a savepoint, writes again without `fresh`.
 */
async function writePlacement(
  tx: Tx | Db,
  rows: PlacementRows,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<void> {
  if (rows.groups === 0) return;
  const onConflict = sql.raw(fresh ? '' : 'on conflict do nothing');
  const groups = sql`
    insert into ${commentGroups} (comment_id, consultation_id, group_id, minhash, sentences)
    select c, k, g, string_to_array(m, ',')::int[], s
    from unnest(${rows.commentIds}::bigint[], ${rows.consultationIds}::int[], ${rows.groupIds}::bigint[],
      ${rows.minhashes}::text[], ${rows.sentences}::int[]) as x(c, k, g, m, s)
    ${onConflict}`;
  if (rows.bands === 0) {
    await tx.execute(groups);
    return;
  }
  // In the primary key's order, so that consecutive rows go to the same index page (band keys
  // are ASCII, where the "C" order is the column's).
  const order = sql.raw(fresh ? 'order by k, b collate "C", c' : '');
  // One statement, one round trip: regrouping places the next chunk meanwhile, and the write
  // waits for the app's turn between statements.
  await tx.execute(sql`
    with g as (${groups})
    insert into ${commentBands} (consultation_id, band_key, comment_id)
    select * from unnest(${rows.bandConsultationIds}::int[], ${rows.bandKeys}::text[], ${rows.bandCommentIds}::bigint[]) as x(k, b, c) ${order}
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
 * group, otherwise it starts its own. Two statements per batch whatever its size (and one
 * more candidate read per 4,000 keys). The caller holds INTAKE_LOCK (see
 * src/lib/intake/fold.ts), so no two batches interleave and copies of one letter stored at the
 * same moment still meet, and has set planForSmallBatches. Returns how many comments were placed (too-short ones are not).
 */
export async function groupBatch(
  tx: Tx | Db,
  rows: readonly { id: number; consultationId: number; body: string }[],
): Promise<number> {
  const items = placeable(rows);
  if (items.length === 0) return 0;
  const wanted = new Map<string, { consultationId: number; key: string }>();
  for (const item of items)
    for (const key of [
      ...Array.from(item.bands, (h, b) => keyText(b, h)),
      ...Array.from(item.sentences, (h) => keyText(SENTENCE_TAG, h)),
    ])
      wanted.set(`${item.consultationId}|${key}`, { consultationId: item.consultationId, key });
  const indexes = new Map<number, CandidateIndex>();
  const indexOf = (consultationId: number) => {
    let index = indexes.get(consultationId);
    if (!index) indexes.set(consultationId, (index = new CandidateIndex(wanted.size)));
    return index;
  };
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
      const index = indexOf(Number(r.consultation_id));
      const c = index.addCandidate(
        Number(r.group_id),
        r.minhash.split(',').map(Number),
        Number(r.sentences),
      );
      for (const key of r.keys.split(' ')) {
        const parsed = parseKey(key);
        if (!parsed) continue;
        index.room(1);
        index.append(index.place(...parsed), c);
      }
    }
  }
  const placement = emptyPlacement();
  const byConsultation = Map.groupBy(items, (item) => item.consultationId);
  for (const [consultationId, own] of byConsultation)
    placeInIndex(own, indexOf(consultationId), placement);
  await writePlacement(tx, placementRows(placement));
  return placement.groupRows.length;
}

/** A PostgreSQL array literal of integers. */
function intArray(values: readonly number[]): string {
  return `{${values.join(',')}}`;
}

/**
 * A PostgreSQL array literal of texts that hold no quote or backslash (band keys, signatures as
 * comma-separated integers): quoted, with nothing to escape.
 */
function plainTextArray(values: readonly string[]): string {
  return values.length === 0 ? '{}' : `{"${values.join('","')}"}`;
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

/** Comments of a chunk signed and placed between two turns of the event loop. */
const REGROUP_SLICE = 1000;

/**
 * How many comments of a consultation have no group yet (stored before grouping existed, or
 * bulk-loaded), not counting those still waiting in the intake queue (the fold groups them).
 */
export async function countUngrouped(db: Db, consultationId: number): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await db.execute(sql`select ${countUngroupedSql(consultationId)} as n`),
  );
  return Number(row?.n ?? 0);
}

function countUngroupedSql(consultationId: number): SQL {
  return sql`(select count(*)::int from ${comments} c
    where c.consultation_id = ${consultationId}
      and not exists (select 1 from ${commentGroups} g where g.comment_id = c.id)
      and not exists (select 1 from ${commentIntakeQueue} q where q.comment_id = c.id))`;
}

/**
 * Whether some comments of a consultation wait for a regroup: it counts more comments than its
 * groups hold and than could not be placed (too short to sign). All three are kept counts:
 * `comment_count` and `unplaceable_count` on the consultation (moved by the fold; the second
 * set by each regroup's closing recount) and the sizes in `group_counts` (moved by trigger as
 * the fold places each comment), so this reads one row a group, never the comments: an
 * anti-join of the comments with their groups (countUngrouped) scans every comment of the
 * consultation. A comment still in the intake queue is on no side.
 */
export async function mayHoldUngrouped(db: Db, consultationId: number): Promise<boolean> {
  const [row] = rowsOf<{ more: boolean }>(
    await db.execute(sql`
      select k.comment_count > k.unplaceable_count + coalesce((select sum(t.size) from ${groupCounts} t
        where t.consultation_id = k.id), 0) as more
      from ${consultations} k where k.id = ${consultationId}`),
  );
  return row?.more ?? false;
}

/**
 * The candidate index of a consultation's grouped comments, newest first. One row a comment
 * with its band keys, read through a cursor: a row per band key, each carrying the comment's
 * signature, was 4.75 million rows and 2.7 GB of text at 1,000,000 comments, and a regroup of a
 * consultation grouped before ran out of memory loading them.
 */
async function loadIndex(db: Db, consultationId: number): Promise<CandidateIndex> {
  const index = new CandidateIndex();
  const rows = streamRows<{
    comment_id: number | string;
    group_id: number | string;
    minhash: string;
    sentences: number;
    keys: string;
  }>(
    db,
    `select g.comment_id, g.group_id, array_to_string(g.minhash, ',') as minhash, g.sentences,
        string_agg(b.band_key, ' ') as keys
      from comment_bands b join comment_groups g on g.comment_id = b.comment_id
      where b.consultation_id = $1
      group by g.comment_id
      order by g.comment_id desc`,
    [consultationId],
    LOAD_BATCH,
  );
  for await (const batch of rows)
    for (const r of batch) {
      let c = -1;
      for (const key of r.keys.split(' ')) {
        // Keys grouping does not make are never looked up.
        const parsed = parseKey(key);
        if (!parsed) continue;
        index.room(1);
        const at = index.place(...parsed);
        if (index.lengths[at]! >= CANDIDATE_LIMIT) continue;
        if (c < 0)
          c = index.addCandidate(
            Number(r.group_id),
            r.minhash.split(',').map(Number),
            Number(r.sentences),
          );
        index.append(at, c);
      }
    }
  return index;
}

/** Grouped comments read a cursor's step at a time when the index is loaded. */
const LOAD_BATCH = 5_000;

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
 * REGROUP_CHUNK comments read, placed against the in-memory index and written with one bulk
 * statement, each chunk in its own transaction under INTAKE_LOCK (so the fold waits a chunk,
 * never the whole run). Comments stored meanwhile are grouped by the fold against the
 * database, which holds every chunk written so far. `onProgress` runs after each chunk
 * commits. Returns what was done; the placed count is what the database holds.
 *
 * The next chunk is read and placed while the previous one is written, so the app's work
 * (signatures, placement) and PostgreSQL's (the inserts) overlap; the placing gives the event
 * loop a turn every REGROUP_SLICE comments, or the write's statements would wait for it. The chunks' group rows leave
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
  let index: CandidateIndex | null = null;
  const progress: RegroupProgress = { seen: 0, placed: 0 };
  const signed = signer(consultationId);
  let taken = 0;
  let writing: Promise<void> = Promise.resolve();
  let reading = readWindow(db, consultationId, 0, Math.min(chunk, limit));
  for (;;) {
    const window = await reading;
    if (window.length === 0) break;
    const rows = window.filter((r): r is { id: number | string; body: string } => r.body !== null);
    taken += rows.length;
    const last = window.length < chunk || taken >= limit;
    // The next window is read while this one is placed (and the one before written).
    if (!last) {
      reading = readWindow(
        db,
        consultationId,
        Number(window.at(-1)!.id),
        Math.min(chunk, limit - taken),
      );
      reading.catch(() => {});
    }
    index ??= await loadIndex(db, consultationId);
    const placement = emptyPlacement();
    for (let i = 0; i < rows.length; i += REGROUP_SLICE) {
      const items = rows.slice(i, i + REGROUP_SLICE).flatMap((r) => signed(Number(r.id), r.body));
      placeInIndex(items, index, placement);
      // The statements of the write in flight go on only when the app has a turn.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const written = placementRows(placement);
    await writing;
    writing = writeChunk(db, written).then(() => {
      progress.seen += rows.length;
      progress.placed += written.groups;
      return onProgress({ ...progress });
    });
    // Awaited before the next write or at the end, which throws its failure; until then a
    // failure must not count as unhandled.
    writing.catch(() => {});
    if (last) break;
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
async function writeChunk(db: Db, placement: PlacementRows): Promise<void> {
  if (placement.groups === 0) return;
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
    // What a regroup leaves ungrouped could not be placed: the consultation's kept count of
    // those (the fold adds to it; see mayHoldUngrouped).
    await tx.execute(sql`
      update ${consultations} set unplaceable_count = ${countUngroupedSql(consultationId)}
      where id = ${consultationId}`);
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

/**
 * How many groups of two or more a consultation has, and how many comments they hold: all of
 * them, where nearGroupsOf lists only the largest.
 */
export async function nearGroupTotals(
  db: Db,
  consultationId: number,
): Promise<{ groups: number; comments: number }> {
  const [row] = await db
    .select({
      groups: sql<number>`count(*)::int`,
      comments: sql<number>`coalesce(sum(${groupCounts.size}), 0)::int`,
    })
    .from(groupCounts)
    .where(and(eq(groupCounts.consultationId, consultationId), gt(groupCounts.size, 1)));
  return { groups: Number(row?.groups ?? 0), comments: Number(row?.comments ?? 0) };
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
