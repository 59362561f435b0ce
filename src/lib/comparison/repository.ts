/** Loading two stored versions of a regulation for comparison, with staff notes and counts. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, comparisonNotes, comparisonViews, regulations, versions } from '../db/schema.ts';
import { errors } from '../errors/index.ts';
import { parseDraft, type ParsedDocument } from '../legislation/index.ts';
import { notesForRows } from './notes.ts';
import { readingTable } from './paths.ts';
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
  const view = await storedView(db, from, to, regulation.language);
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
    },
  };
}

type StoredVersion = { id: number; source: string; sourceHash: string };

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
): Promise<ComparisonView> {
  const key = {
    fromSourceHash: from.sourceHash,
    toSourceHash: to.sourceHash,
    language,
    algorithm: COMPARISON_ALGORITHM,
  };
  const [hit] = await db
    .select({ view: comparisonViews.view })
    .from(comparisonViews)
    .where(
      and(
        eq(comparisonViews.fromSourceHash, key.fromSourceHash),
        eq(comparisonViews.toSourceHash, key.toSourceHash),
        eq(comparisonViews.language, key.language),
        eq(comparisonViews.algorithm, key.algorithm),
      ),
    );
  if (hit) return hit.view as ComparisonView;
  const view = buildComparisonView(parseStored(from, language), parseStored(to, language));
  await db
    .insert(comparisonViews)
    .values({ ...key, view })
    .onConflictDoNothing();
  return view;
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
  const all = await db
    .select({
      id: versions.id,
      slug: versions.slug,
      label: versions.label,
      source: versions.source,
    })
    .from(versions)
    .where(eq(versions.regulationId, regulation.id))
    .orderBy(asc(versions.position));
  const rows =
    all.length >= 2 ? readingTable(all.map((v) => parseStored(v, regulation.language))) : [];
  return { regulation, versions: all.map((v) => ({ slug: v.slug, label: v.label })), rows };
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
