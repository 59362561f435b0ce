/** The reading page reads a version's text once per process, and its counts on every request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { clauseTextFor } from '../../../src/lib/regulations/clause-text-cache.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { getVersion } from '../../../src/lib/regulations/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

describe('clauseTextFor', () => {
  it('runs a query builder once however often its answer is read', async () => {
    let runs = 0;
    // A drizzle query builder runs its query each time it is awaited: so does this thenable.
    const builder: PromiseLike<string[]> = {
      then(resolve, reject) {
        runs++;
        return Promise.resolve(['row']).then(resolve, reject);
      },
    };
    const db = {};
    const first = await clauseTextFor(db, 'k', () => builder);
    const second = await clauseTextFor(db, 'k', () => builder);
    expect(first).toEqual(['row']);
    expect(second).toBe(first);
    expect(runs).toBe(1);
  });

  it('keeps the text of each database apart', async () => {
    const a = await clauseTextFor({}, 'same-key', () => Promise.resolve('a'));
    const b = await clauseTextFor({}, 'same-key', () => Promise.resolve('b'));
    expect([a, b]).toEqual(['a', 'b']);
  });

  it('forgets a load that failed, so the next request tries again', async () => {
    const db = {};
    await expect(
      clauseTextFor(db, 'k', () => Promise.reject(new Error('connection lost'))),
    ).rejects.toThrow('connection lost');
    await expect(clauseTextFor(db, 'k', () => Promise.resolve('read'))).resolves.toBe('read');
  });
});

describe('getVersion with the text kept', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('gives the counts as they are now and the text as stored, without the source', async () => {
    const before = await getVersion(db.db, 'sample', 'first-reading');
    const article = before!.clauses.find((c) => c.kind === 'article')!;
    const [version] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.id, article.versionId));
    await db.db
      .update(schema.clauses)
      .set({ commentCount: sql`${schema.clauses.commentCount} + 7`, ratingCount: 2 })
      .where(
        and(eq(schema.clauses.versionId, article.versionId), eq(schema.clauses.eId, article.eId)),
      );
    const after = await getVersion(db.db, 'sample', 'first-reading');
    const same = after!.clauses.find((c) => c.eId === article.eId)!;
    expect(same.commentCount).toBe(article.commentCount + 7);
    expect(same.ratingCount).toBe(2);
    expect(same.text).toBe(article.text);
    // Every other clause keeps its count, and the order of the text.
    expect(after!.clauses.map((c) => c.eId)).toEqual(before!.clauses.map((c) => c.eId));
    expect(after!.clauses.filter((c) => c.eId !== article.eId).map((c) => c.commentCount)).toEqual(
      before!.clauses.filter((c) => c.eId !== article.eId).map((c) => c.commentCount),
    );
    expect(version!.source.length).toBeGreaterThan(0);
    expect('source' in after!.version).toBe(false);
  });
});
