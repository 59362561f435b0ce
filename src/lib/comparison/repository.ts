/** Loading two stored versions of a regulation for comparison, with staff notes and counts. */
import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { sha256 } from '../content/load.ts';
import type { Db } from '../db/client.ts';
import {
  clauseLinks,
  clauses,
  comparisonCorrections,
  comparisonNotes,
  comparisonViews,
  readingTables,
  regulations,
  versions,
} from '../db/schema.ts';
import { errors } from '../errors/index.ts';
import { parseDraft, type ParsedDocument } from '../legislation/index.ts';
import type { Correction } from './corrections.ts';
import { compareDocuments, type Comparison } from './index.ts';
import { assignLineage, carriedOver, clauseLinkRows } from './lineage.ts';
import { notesForRows } from './notes.ts';
import { readingTable, type ReadingCell } from './paths.ts';
import { buildComparisonView, COMPARISON_ALGORITHM, type ComparisonView } from './view.ts';

export interface StoredComparison {
  regulation: typeof regulations.$inferSelect;
  versions: { id: number; slug: string; label: string; position: number }[];
  from: { id: number; slug: string; label: string };
  to: { id: number; slug: string; label: string };
  view: ComparisonView;
  /** Staff notes by row key, with notes saved under an older grouping (see notes.ts). */
  notes: Map<string, string>;
  /** Comment counts of the earlier version's units, by eId. */
  oldCounts: Map<string, number>;
  /** Staff corrections of the correspondence between the two versions, in the order applied. */
  corrections: StoredCorrection[];
}

export interface StoredCorrection extends Correction {
  id: number;
  createdAt: Date;
}

export type ComparisonLookup =
  | { ok: true; comparison: StoredComparison }
  | { ok: false; reason: 'no-regulation' | 'too-few-versions' | 'no-version' | 'same-version' };

export async function loadComparison(
  db: Db,
  slug: string,
  fromSlug: string | null,
  toSlug: string | null,
): Promise<ComparisonLookup> {
  const [regulation] = await db.select().from(regulations).where(eq(regulations.slug, slug));
  if (!regulation) return { ok: false, reason: 'no-regulation' };
  const all = await db
    .select({
      id: versions.id,
      slug: versions.slug,
      label: versions.label,
      position: versions.position,
      source: versions.source,
      sourceHash: versions.sourceHash,
      language: regulations.language,
    })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(eq(versions.regulationId, regulation.id))
    .orderBy(asc(versions.position));
  if (all.length < 2) return { ok: false, reason: 'too-few-versions' };
  const to = toSlug ? all.find((v) => v.slug === toSlug) : all.at(-1);
  const from = fromSlug
    ? all.find((v) => v.slug === fromSlug)
    : (all[all.indexOf(to!) - 1] ?? all[0]);
  if (!to || !from) return { ok: false, reason: 'no-version' };
  if (to.id === from.id) return { ok: false, reason: 'same-version' };
  const corrections = await correctionsOf(db, from.id, to.id);
  const view = await storedView(db, from, to, regulation.language, corrections);
  const [noteRows, countRows] = await Promise.all([
    db
      .select({ key: comparisonNotes.changeKey, note: comparisonNotes.note })
      .from(comparisonNotes)
      .where(
        and(eq(comparisonNotes.fromVersionId, from.id), eq(comparisonNotes.toVersionId, to.id)),
      ),
    db
      .select({ eId: clauses.eId, count: clauses.commentCount })
      .from(clauses)
      .where(eq(clauses.versionId, from.id)),
  ]);
  const strip = (v: (typeof all)[number]) => ({
    id: v.id,
    slug: v.slug,
    label: v.label,
    position: v.position,
  });
  return {
    ok: true,
    comparison: {
      regulation,
      versions: all.map(strip),
      from: strip(from),
      to: strip(to),
      view,
      notes: notesForRows(view.rows, new Map(noteRows.map((n) => [n.key, n.note]))),
      oldCounts: new Map(countRows.filter((c) => c.count > 0).map((c) => [c.eId, c.count])),
      corrections,
    },
  };
}

type StoredVersion = { id: number; source: string; sourceHash: string };

/** A stored correction as the pages see it (StoredCorrection). */
const correctionShown = {
  id: comparisonCorrections.id,
  from: comparisonCorrections.fromEIds,
  to: comparisonCorrections.toEIds,
  createdAt: comparisonCorrections.createdAt,
};

/** The corrections of one pair of versions. */
const ofPair = (fromVersionId: number, toVersionId: number) =>
  and(
    eq(comparisonCorrections.fromVersionId, fromVersionId),
    eq(comparisonCorrections.toVersionId, toVersionId),
  );

/** The corrections between two versions, in the order they apply (id order). */
function correctionsOf(
  db: Db | Tx,
  fromVersionId: number,
  toVersionId: number,
): Promise<StoredCorrection[]> {
  return db
    .select(correctionShown)
    .from(comparisonCorrections)
    .where(ofPair(fromVersionId, toVersionId))
    .orderBy(asc(comparisonCorrections.id));
}

/** What a stored view depends on beyond the texts: '' without corrections, else their hash. */
function correctionsKey(corrections: readonly Correction[]): string {
  return corrections.length ? sha256(JSON.stringify(corrections.map((c) => [c.from, c.to]))) : '';
}

/** The key of a stored view: all that a comparison of two texts depends on (comparison_views). */
function viewKey(
  fromSourceHash: string,
  toSourceHash: string,
  language: string,
  corrections: readonly Correction[],
) {
  return {
    fromSourceHash,
    toSourceHash,
    language,
    algorithm: COMPARISON_ALGORITHM,
    corrections: correctionsKey(corrections),
  };
}

async function findView(
  db: Db | Tx,
  key: ReturnType<typeof viewKey>,
): Promise<ComparisonView | null> {
  const [hit] = await db
    .select({ view: comparisonViews.view })
    .from(comparisonViews)
    .where(
      and(
        eq(comparisonViews.fromSourceHash, key.fromSourceHash),
        eq(comparisonViews.toSourceHash, key.toSourceHash),
        eq(comparisonViews.language, key.language),
        eq(comparisonViews.algorithm, key.algorithm),
        eq(comparisonViews.corrections, key.corrections),
      ),
    );
  return hit ? (hit.view as ComparisonView) : null;
}

async function saveView(
  db: Db | Tx,
  key: ReturnType<typeof viewKey>,
  view: ComparisonView,
): Promise<void> {
  await db
    .insert(comparisonViews)
    .values({ ...key, view })
    .onConflictDoNothing();
}

/**
 * The comparison of two version texts, from comparison_views when any process computed it
 * before, else computed now and stored for the next request. Two requests racing on a new
 * pair both compute it and the second insert does nothing: the results are the same.
 */
async function storedView(
  db: Db,
  from: StoredVersion,
  to: StoredVersion,
  language: string,
  corrections: readonly Correction[],
): Promise<ComparisonView> {
  const key = viewKey(from.sourceHash, to.sourceHash, language, corrections);
  const hit = await findView(db, key);
  if (hit) return hit;
  const view = buildComparisonView(
    parseStored(from, language),
    parseStored(to, language),
    corrections.map((c) => ({ from: c.from, to: c.to })),
  );
  await saveView(db, key, view);
  return view;
}

/** A version as publishing has it: its parsed text and the hash of its source. */
export interface PublishedText {
  sourceHash: string;
  document: ParsedDocument;
}

/**
 * Stores the comparison of a version with the one before it when it is not stored yet, so that
 * the first reader of the comparison page (and of compare.xlsx) gets it from the table instead
 * of waiting for the alignment (#16: the 120-article page in under 300 ms from the first
 * request). Publishing passes `computed`, the comparison it made for the lineage, and the view
 * is stored without looking; the content sync passes none for versions it already had, and
 * only a missing view (a new COMPARISON_ALGORITHM, say) is computed. Staff corrections come
 * after publishing and are stored under their own key when first shown.
 */
export async function storeNextComparison(
  db: Db | Tx,
  from: PublishedText,
  to: PublishedText,
  computed?: Comparison,
): Promise<void> {
  const key = viewKey(from.sourceHash, to.sourceHash, to.document.language, []);
  if (!computed && (await findView(db, key))) return;
  await saveView(db, key, buildComparisonView(from.document, to.document, [], computed));
}

function parseStored(v: { id: number; source: string }, language: string): ParsedDocument {
  const r = parseDraft(v.source, { language: language === 'en' ? 'en' : 'zh' });
  // Stored versions were validated when loaded; a failure here is a broken invariant.
  if (!r.ok) throw errors.storedVersionUnparseable(v.id, r.errors[0]?.message ?? '');
  return r.document;
}

/** Every reading of a regulation in one table, each article's path through them (#16). */
export async function loadReadingTable(db: Db, slug: string) {
  const [regulation] = await db.select().from(regulations).where(eq(regulations.slug, slug));
  if (!regulation) return null;
  const all = await readingsOf(db, regulation.id);
  const rows =
    all.length >= 2
      ? await storedReadingTable(db, all, regulation.language, await stepCorrections(db, all))
      : [];
  return { regulation, versions: all.map((v) => ({ slug: v.slug, label: v.label })), rows };
}

/**
 * Stores a regulation's reading table when it is not stored yet, so that its first reader gets
 * it from reading_tables: the content sync calls it after a regulation's versions, as it stores
 * each new comparison. Nothing with fewer than two readings.
 */
export async function storeReadingTable(
  db: Db | Tx,
  regulationId: number,
  language: string,
): Promise<void> {
  const all = await readingsOf(db, regulationId);
  if (all.length >= 2) await storedReadingTable(db, all, language, await stepCorrections(db, all));
}

/** A regulation's readings in order, with their texts. */
function readingsOf(db: Db | Tx, regulationId: number) {
  return db
    .select({
      id: versions.id,
      slug: versions.slug,
      label: versions.label,
      source: versions.source,
      sourceHash: versions.sourceHash,
    })
    .from(versions)
    .where(eq(versions.regulationId, regulationId))
    .orderBy(asc(versions.position));
}

/** Each step of the table is a consecutive pair: its own corrections, as on its comparison. */
async function stepCorrections(db: Db, all: readonly { id: number }[]): Promise<Correction[][]> {
  const stored = await db
    .select({
      from: comparisonCorrections.fromVersionId,
      to: comparisonCorrections.toVersionId,
      fromEIds: comparisonCorrections.fromEIds,
      toEIds: comparisonCorrections.toEIds,
    })
    .from(comparisonCorrections)
    .where(
      inArray(
        comparisonCorrections.fromVersionId,
        all.map((v) => v.id),
      ),
    )
    .orderBy(asc(comparisonCorrections.id));
  return all
    .slice(1)
    .map((v, k) =>
      stored
        .filter((c) => c.from === all[k]!.id && c.to === v.id)
        .map((c) => ({ from: c.fromEIds, to: c.toEIds })),
    );
}

/**
 * The key of a stored reading table (reading_tables): all that readingTable's result depends
 * on. The readings' parsing and alignment are the comparison's, so COMPARISON_ALGORITHM
 * versions it too: raise it when a change to comparison/paths.ts alters the table.
 */
function readingTableKey(
  sourceHashes: readonly string[],
  language: string,
  steps: readonly (readonly Correction[])[],
): string {
  return sha256(
    JSON.stringify({
      sourceHashes,
      language,
      algorithm: COMPARISON_ALGORITHM,
      steps: steps.map((cs) => cs.map((c) => [c.from, c.to])),
    }),
  );
}

/**
 * The reading table from reading_tables when any process computed it before, else computed
 * now (every reading parsed, then aligned: 200-700 ms for the sample's three readings of 物业
 * 管理条例 on a shared 2-core machine, session 27) and stored for the next reader. Two
 * requests racing on a new key both compute it and the second insert does nothing.
 */
async function storedReadingTable(
  db: Db | Tx,
  all: readonly StoredVersion[],
  language: string,
  steps: readonly (readonly Correction[])[],
): Promise<ReadingCell[][]> {
  const key = readingTableKey(
    all.map((v) => v.sourceHash),
    language,
    steps,
  );
  const [hit] = await db
    .select({ rows: readingTables.rows })
    .from(readingTables)
    .where(eq(readingTables.key, key));
  if (hit) return hit.rows as ReadingCell[][];
  const rows = readingTable(
    all.map((v) => parseStored(v, language)),
    steps,
  );
  await db.insert(readingTables).values({ key, rows }).onConflictDoNothing();
  return rows;
}

export async function saveComparisonNotes(
  db: Db,
  input: {
    fromVersionId: number;
    toVersionId: number;
    notes: { key: string; note: string }[];
    userId: number;
  },
): Promise<number> {
  let saved = 0;
  await db.transaction(async (tx) => {
    for (const { key, note } of input.notes) {
      const values = {
        fromVersionId: input.fromVersionId,
        toVersionId: input.toVersionId,
        changeKey: key,
        note,
        updatedBy: input.userId,
        updatedAt: new Date(),
      };
      await tx
        .insert(comparisonNotes)
        .values(values)
        .onConflictDoUpdate({
          target: [
            comparisonNotes.fromVersionId,
            comparisonNotes.toVersionId,
            comparisonNotes.changeKey,
          ],
          set: values,
        });
      saved++;
    }
  });
  return saved;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Records a correction (see corrections.ts) between two versions of one regulation. The
 * comparison views are keyed by the corrections, so every process shows the corrected rows
 * from the next request on; between two consecutive versions the lineage of the later one's
 * clauses follows too (relink).
 */
export async function addCorrection(
  db: Db,
  input: {
    fromVersionId: number;
    toVersionId: number;
    from: string[];
    to: string[];
    /** Null for a correction made outside a staff session (a script). */
    userId: number | null;
  },
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(comparisonCorrections)
      .values({
        fromVersionId: input.fromVersionId,
        toVersionId: input.toVersionId,
        fromEIds: input.from,
        toEIds: input.to,
        createdBy: input.userId,
      })
      .returning({ id: comparisonCorrections.id });
    await relink(tx, input.fromVersionId, input.toVersionId);
    return row!.id;
  });
}

/** Takes a correction back: the removed one, or null when it is not these two versions' (or gone). */
export async function removeCorrection(
  db: Db,
  input: { id: number; fromVersionId: number; toVersionId: number },
): Promise<StoredCorrection | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(comparisonCorrections)
      .where(
        and(eq(comparisonCorrections.id, input.id), ofPair(input.fromVersionId, input.toVersionId)),
      )
      .returning(correctionShown);
    if (row) await relink(tx, input.fromVersionId, input.toVersionId);
    return row ?? null;
  });
}

/**
 * When `to` directly follows `from`, sets again what publishing `to` set from the comparison
 * (content/sync.ts), now with the corrections: the clause links between the two and the
 * lineage of `to`'s clauses, so earlier comments follow the corrected rows on every page. A
 * lineage that moves moves in every later version too (each version's lineages are unique, so
 * one mapping of old to new values does it), and those versions' lineageRevision is raised so
 * that no process keeps their old clause rows (regulations/clause-text-cache.ts). The pair's
 * rows are locked first, so two corrections at once are applied one after the other.
 */
async function relink(tx: Tx, fromVersionId: number, toVersionId: number): Promise<void> {
  const pair = await tx
    .select({
      id: versions.id,
      regulationId: versions.regulationId,
      position: versions.position,
      source: versions.source,
      language: regulations.language,
    })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(inArray(versions.id, [fromVersionId, toVersionId]))
    .for('update', { of: versions });
  const from = pair.find((v) => v.id === fromVersionId);
  const to = pair.find((v) => v.id === toVersionId);
  if (!from || !to || from.regulationId !== to.regulationId || from.position >= to.position) return;
  const between = await tx
    .select({ id: versions.id })
    .from(versions)
    .where(
      and(
        eq(versions.regulationId, to.regulationId),
        gt(versions.position, from.position),
        lt(versions.position, to.position),
      ),
    );
  if (between.length) return;
  const corrections = await correctionsOf(tx, fromVersionId, toVersionId);
  const comparison = compareDocuments(
    parseStored(from, from.language),
    parseStored(to, to.language),
    corrections.map((c) => ({ from: c.from, to: c.to })),
  );
  const lineageOf = (versionId: number) =>
    tx
      .select({ eId: clauses.eId, lineage: clauses.lineage })
      .from(clauses)
      .where(eq(clauses.versionId, versionId))
      .orderBy(asc(clauses.position));
  const [oldRows, newRows] = await Promise.all([lineageOf(from.id), lineageOf(to.id)]);
  const carried = carriedOver(
    comparison,
    oldRows.map((r) => r.eId),
    newRows.map((r) => r.eId),
  );
  const lineage = assignLineage(
    to.id,
    newRows.map((r) => r.eId),
    { rows: oldRows, carried },
  );
  const moved = newRows
    .filter((r) => lineage.get(r.eId) !== r.lineage)
    .map((r) => ({ was: r.lineage, now: lineage.get(r.eId)! }));
  await tx
    .delete(clauseLinks)
    .where(and(eq(clauseLinks.fromVersionId, from.id), eq(clauseLinks.toVersionId, to.id)));
  const links = clauseLinkRows(from.id, to.id, comparison.changes);
  for (let i = 0; i < links.length; i += 500)
    await tx.insert(clauseLinks).values(links.slice(i, i + 500));
  if (moved.length === 0) return;
  const later = await tx
    .select({ id: versions.id })
    .from(versions)
    .where(and(eq(versions.regulationId, to.regulationId), gt(versions.position, from.position)));
  const ids = later.map((v) => v.id);
  // One statement, so that swapped lineages (a → b, b → a) do not run into each other.
  const mapping = sql.join(
    moved.map((m) => sql`(${m.was}::text, ${m.now}::text)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${clauses} set lineage = m.now
    from (values ${mapping}) as m(was, now)
    where ${inArray(clauses.versionId, ids)} and ${clauses.lineage} = m.was`);
  await tx
    .update(versions)
    .set({ lineageRevision: sql`${versions.lineageRevision} + 1` })
    .where(inArray(versions.id, ids));
}
