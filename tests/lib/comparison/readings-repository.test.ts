/** Every stored reading of a regulation in one table (#16), read from the database. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReadingTable } from '../../../src/lib/comparison/repository.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('loadReadingTable', () => {
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
});
