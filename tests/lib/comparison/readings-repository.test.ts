/** Every stored reading of a regulation in one table (#16), read from the database. */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readingTable, type ReadingCell } from '../../../src/lib/comparison/paths.ts';
import { loadReadingTable } from '../../../src/lib/comparison/repository.ts';
import { readingTables, regulations, versions } from '../../../src/lib/db/schema.ts';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('loadReadingTable', () => {
  it('finds the table stored when the content was synced, before anybody asked', async () => {
    expect(await db.db.select().from(readingTables)).toHaveLength(1);
    await loadReadingTable(db.db, 'sample');
    expect(await db.db.select().from(readingTables)).toHaveLength(1);
  });

  it('gives one column per reading and one row per article path', async () => {
    const table = await loadReadingTable(db.db, 'sample');
    expect(table!.versions.map((v) => v.label)).toEqual(['征求意见稿', '一审稿']);
    const paths = table!.rows.map((r) => r.map((c) => c.labels.join('、')));
    // 第三条 is new in 一审稿; 征求意见稿 第三条 (施行日期) became 第四条.
    expect(paths).toEqual([
      ['第一条', '第一条'],
      ['第二条', '第二条'],
      ['', '第三条'],
      ['第三条', '第四条'],
    ]);
  });

  it('is null for an unknown regulation, and has no rows with a single reading', async () => {
    expect(await loadReadingTable(db.db, 'no-such-thing')).toBeNull();
    expect((await loadReadingTable(db.db, 'waste-sorting'))!.rows).toEqual([]);
  });

  it('computes the table once, stores it, and serves the stored copy to the next reader', async () => {
    await db.db.delete(readingTables);
    const first = await loadReadingTable(db.db, 'sample');
    const stored = await db.db.select().from(readingTables);
    expect(stored).toHaveLength(1);
    // What is stored is what a request computes from the stored texts.
    const texts = await db.db
      .select({ source: versions.source })
      .from(versions)
      .innerJoin(regulations, eq(regulations.id, versions.regulationId))
      .where(eq(regulations.slug, 'sample'))
      .orderBy(asc(versions.position));
    const computed = readingTable(
      texts.map((v) => {
        const r = parseDraft(v.source, { language: 'zh' });
        if (!r.ok) throw new Error('stored version does not parse');
        return r.document;
      }),
    );
    expect(stored[0]!.rows).toEqual(JSON.parse(JSON.stringify(computed)));
    expect(first!.rows).toStrictEqual(computed);
    expect((await loadReadingTable(db.db, 'sample'))!.rows).toStrictEqual(computed);

    // A marked copy in the table is what the next request shows: nothing is recomputed.
    const marked = structuredClone(stored[0]!.rows) as ReadingCell[][];
    marked[0]![0]!.text = 'stored copy';
    await db.db.update(readingTables).set({ rows: marked });
    expect((await loadReadingTable(db.db, 'sample'))!.rows[0]![0]!.text).toBe('stored copy');

    // Losing the stored copy costs only the computation.
    await db.db.delete(readingTables);
    expect((await loadReadingTable(db.db, 'sample'))!.rows).toEqual(first!.rows);
  });
});
