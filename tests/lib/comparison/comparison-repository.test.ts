/** Comparisons read from the database: computed once per pair of texts, then stored (#16). */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCorrection,
  loadComparison,
  loadReadingTable,
  removeCorrection,
} from '../../../src/lib/comparison/repository.ts';
import { COMPARISON_ALGORITHM, type ComparisonView } from '../../../src/lib/comparison/view.ts';
import { comparisonViews } from '../../../src/lib/db/schema.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('loadComparison', () => {
  it('stores the comparison of a pair of texts and serves the stored one afterwards', async () => {
    const first = await loadComparison(db.db, 'sample', null, null);
    if (!first.ok) throw new Error(first.reason);
    const stored = await db.db.select().from(comparisonViews);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.algorithm).toBe(COMPARISON_ALGORITHM);
    expect(stored[0]!.view).toEqual(JSON.parse(JSON.stringify(first.comparison.view)));

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
