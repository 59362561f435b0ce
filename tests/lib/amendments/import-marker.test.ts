/**
 * The workbench imports each suggested wording once (issue #19): the first view imports the
 * version, later views read only comments past the kept marker, which never passes comments
 * stored in the last minute (they may commit out of order).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findAmendmentVersion,
  importNewSuggestions,
  importSuggestions,
  listAmendments,
} from '../../../src/lib/amendments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

const mark = async (versionId: number) =>
  (
    await db.db
      .select()
      .from(schema.amendmentImports)
      .where(eq(schema.amendmentImports.versionId, versionId))
  )[0]?.throughCommentId ?? null;

describe('importing suggested wordings once', () => {
  it('imports the version on the first view, then only newer comments, and keeps the marker behind recent ones', async () => {
    const reading = await firstReading(db);
    const make = commentMaker(reading, 'mark', (n) => `第${n}条意见：应当更具体。`);
    const target = (await findAmendmentVersion(db.db, 'sample', 'first-reading'))!;
    const wording = (w: string) => `示范活动应当遵循以下原则：\n（一）${w}；\n（二）公众参与。`;
    for (const w of ['依法公开透明', '公开、透明'])
      expect(
        await storeComment(db.db, make({ stance: 'amend', suggestedWording: wording(w) }), {
          settle: 'none',
        }),
      ).toMatchObject({ ok: true });
    const [newest] = await db.db
      .select({ id: sql<number>`max(${schema.comments.id})` })
      .from(schema.comments);

    expect(await importNewSuggestions(db.db, target.versionId)).toBe(2);
    // Both comments are younger than a minute: the marker does not pass them yet.
    expect(await mark(target.versionId)).toBeLessThan(Number(newest!.id));
    expect(await importNewSuggestions(db.db, target.versionId)).toBe(0);

    await db.db.update(schema.comments).set({ createdAt: sql`now() - interval '2 minutes'` });
    expect(await importNewSuggestions(db.db, target.versionId)).toBe(0);
    expect(await mark(target.versionId)).toBe(Number(newest!.id));

    expect(
      await storeComment(
        db.db,
        make({ stance: 'amend', suggestedWording: wording('公开透明、高效') }),
        { settle: 'none' },
      ),
    ).toMatchObject({ ok: true });
    expect(await importNewSuggestions(db.db, target.versionId)).toBe(1);
    expect(await listAmendments(db.db, target.versionId)).toHaveLength(3);
  });

  it('leaves a comment below the marker to the full import (a held comment released later)', async () => {
    const reading = await firstReading(db);
    const target = (await findAmendmentVersion(db.db, 'sample', 'first-reading'))!;
    const make = commentMaker(reading, 'held', (n) => `第${n}条意见。`);
    expect(
      await storeComment(
        db.db,
        make({
          stance: 'amend',
          suggestedWording: '示范活动应当遵循以下原则：\n（一）公开透明；\n（二）公众依法参与。',
        }),
        { settle: 'none' },
      ),
    ).toMatchObject({ ok: true });
    const [held] = await db.db
      .select({ id: sql<number>`max(${schema.comments.id})` })
      .from(schema.comments);
    await db.db
      .update(schema.comments)
      .set({ status: 'held' })
      .where(eq(schema.comments.id, Number(held!.id)));
    await db.db.update(schema.comments).set({ createdAt: sql`now() - interval '2 minutes'` });
    expect(await importNewSuggestions(db.db, target.versionId)).toBe(0);
    expect(await mark(target.versionId)).toBe(Number(held!.id));
    await db.db
      .update(schema.comments)
      .set({ status: 'published' })
      .where(eq(schema.comments.id, Number(held!.id)));
    expect(await importNewSuggestions(db.db, target.versionId)).toBe(0);
    expect(await importSuggestions(db.db, target.versionId)).toBe(1);
  });
});
