/** Comparisons read from the database: computed once per pair of texts, then stored (#16). */
import path from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCorrection,
  loadComparison,
  loadReadingTable,
  removeCorrection,
} from '../../../src/lib/comparison/repository.ts';
import {
  buildComparisonView,
  COMPARISON_ALGORITHM,
  type ComparisonView,
} from '../../../src/lib/comparison/view.ts';
import { loadContent, syncContent } from '../../../src/lib/content/index.ts';
import { comparisonViews, versions } from '../../../src/lib/db/schema.ts';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('loadComparison', () => {
  it('finds the comparison stored when the later version was published, and serves it', async () => {
    // Publishing (here the content sync) stored the view before anybody asked for it.
    const stored = await db.db.select().from(comparisonViews);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.algorithm).toBe(COMPARISON_ALGORITHM);
    const first = await loadComparison(db.db, 'sample', null, null);
    if (!first.ok) throw new Error(first.reason);
    expect(await db.db.select().from(comparisonViews)).toHaveLength(1);
    // The stored view is the one a request would compute from the stored texts.
    const texts = await db.db
      .select({ source: versions.source })
      .from(versions)
      .where(inArray(versions.id, [first.comparison.from.id, first.comparison.to.id]))
      .orderBy(asc(versions.position));
    const parsed = texts.map((v) => {
      const r = parseDraft(v.source, { language: 'zh' });
      if (!r.ok) throw new Error('stored version does not parse');
      return r.document;
    });
    const computed = JSON.parse(JSON.stringify(buildComparisonView(parsed[0]!, parsed[1]!)));
    expect(stored[0]!.view).toEqual(computed);
    expect(JSON.parse(JSON.stringify(first.comparison.view))).toEqual(computed);

    // A marked copy in the table is what the next request shows: nothing is recomputed.
    const marked = structuredClone(stored[0]!.view) as ComparisonView;
    marked.rows[0]!.newText = 'stored copy';
    await db.db
      .update(comparisonViews)
      .set({ view: marked })
      .where(eq(comparisonViews.id, stored[0]!.id));
    const second = await loadComparison(db.db, 'sample', null, null);
    if (!second.ok) throw new Error(second.reason);
    expect(second.comparison.view.rows[0]!.newText).toBe('stored copy');
  });

  it('has the content sync store a missing view of versions it already had, and keep a stored one', async () => {
    const loaded = loadContent(path.resolve(import.meta.dirname, '../../fixtures/content/basic'));
    if (!loaded.ok) throw new Error('fixture content does not load');
    // A stored view is kept as it is (the marked copy of the test before).
    await syncContent(db.db, loaded.content);
    const kept = await db.db.select().from(comparisonViews);
    expect(kept).toHaveLength(1);
    expect((kept[0]!.view as ComparisonView).rows[0]!.newText).toBe('stored copy');
    // Without one (a new algorithm's first start), the sync computes it again.
    await db.db.delete(comparisonViews);
    await syncContent(db.db, loaded.content);
    const again = await db.db.select().from(comparisonViews);
    expect(again).toHaveLength(1);
    expect(again[0]!.algorithm).toBe(COMPARISON_ALGORITHM);
    expect((again[0]!.view as ComparisonView).rows[0]!.newText).not.toBe('stored copy');
    // Marked again, for the next test's check that another algorithm computes anew.
    const marked = structuredClone(again[0]!.view) as ComparisonView;
    marked.rows[0]!.newText = 'stored copy';
    await db.db.update(comparisonViews).set({ view: marked });
  });

  it('computes again under another algorithm version', async () => {
    await db.db.update(comparisonViews).set({ algorithm: COMPARISON_ALGORITHM - 1 });
    const again = await loadComparison(db.db, 'sample', null, null);
    if (!again.ok) throw new Error(again.reason);
    expect(again.comparison.view.rows[0]!.newText).not.toBe('stored copy');
    expect(await db.db.select().from(comparisonViews)).toHaveLength(2);
  });
});

describe('staff corrections', () => {
  it('shows the corrected row from the next request on, and the row as paired once taken back', async () => {
    const plain = await loadComparison(db.db, 'sample', null, null);
    if (!plain.ok) throw new Error(plain.reason);
    const { from, to, view } = plain.comparison;
    // Any row pairing articles: make its old articles deleted and its new ones inserted.
    const row = view.rows.find((r) => r.change.from.length && r.change.to.length)!;
    const id = await addCorrection(db.db, {
      fromVersionId: from.id,
      toVersionId: to.id,
      from: row.change.from,
      to: [],
      userId: null,
    });
    const fixed = await loadComparison(db.db, 'sample', null, null);
    if (!fixed.ok) throw new Error(fixed.reason);
    expect(fixed.comparison.corrections.map((c) => ({ from: c.from, to: c.to }))).toEqual([
      { from: row.change.from, to: [] },
    ]);
    const now = fixed.comparison.view.rows.find((r) =>
      r.change.from.includes(row.change.from[0]!),
    )!;
    expect(now.change).toMatchObject({ type: 'deleted', to: [], corrected: true });
    for (const e of row.change.to)
      expect(fixed.comparison.view.rows.find((r) => r.change.to.includes(e))!.change.type).toBe(
        'inserted',
      );
    // Stored under its own key: the view without corrections is still there for other pairs.
    const keys = (await db.db.select().from(comparisonViews)).map((v) => v.corrections);
    expect(keys).toContain('');
    expect(keys.filter((k) => k !== '')).toHaveLength(1);

    // Another pair's id takes nothing back; the right one does.
    expect(
      await removeCorrection(db.db, { id, fromVersionId: to.id, toVersionId: from.id }),
    ).toBeNull();
    expect(
      await removeCorrection(db.db, { id, fromVersionId: from.id, toVersionId: to.id }),
    ).toMatchObject({ id });
    const back = await loadComparison(db.db, 'sample', null, null);
    if (!back.ok) throw new Error(back.reason);
    expect(back.comparison.corrections).toEqual([]);
    expect(back.comparison.view.rows.find((r) => r.key === row.key)?.change.type).toBe(
      row.change.type,
    );
  });

  it('carries a correction into the table of every reading', async () => {
    const plain = await loadComparison(db.db, 'sample', null, null);
    if (!plain.ok) throw new Error(plain.reason);
    const { from, to, view } = plain.comparison;
    const row = view.rows.find((r) => r.change.from.length && r.change.to.length)!;
    const label = row.newLabels[0]!;
    const before = await loadReadingTable(db.db, 'sample');
    const at = (t: Awaited<ReturnType<typeof loadReadingTable>>) =>
      t!.rows.find((cells) => cells.at(-1)!.labels.includes(label))!;
    expect(at(before).at(-1)!.step).not.toBe('inserted');
    const id = await addCorrection(db.db, {
      fromVersionId: from.id,
      toVersionId: to.id,
      from: [],
      to: row.change.to,
      userId: null,
    });
    // The default pair is the last two readings: the table's last step.
    const versions = before!.versions.map((v) => v.slug);
    expect(versions.slice(-2)).toEqual([from.slug, to.slug]);
    expect(at(await loadReadingTable(db.db, 'sample')).at(-1)!.step).toBe('inserted');
    await removeCorrection(db.db, { id, fromVersionId: from.id, toVersionId: to.id });
  });
});
