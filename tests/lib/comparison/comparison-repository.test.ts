/** Comparisons read from the database: computed once per pair of texts, then stored (#16). */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadComparison } from '../../../src/lib/comparison/repository.ts';
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
