/** A comment on an earlier reading follows its clause: counts beside it, and the receipt's trail. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { findByReceipt, laterPlaces } from '../../../src/lib/comments/repository.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { getVersion } from '../../../src/lib/regulations/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { newComment } from '../../helpers/comments.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('following a clause across versions', () => {
  it('shows comments on 征求意见稿 第三条 beside 一审稿 第四条 and tells the commenter where it went', async () => {
    const [draft] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'draft'));
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'draft'));
    const stored = await storeComment(
      db.db,
      newComment({
        receiptCode: 'TEST-0000-0000-0001',
        idempotencyKey: 'lineage-test-000001',
        consultationId: consultation!.id,
        versionId: draft!.id,
        clauseEId: 'chp_2__art_3',
        body: '施行日期太早。',
      }),
    );
    expect(stored.ok).toBe(true);

    const view = await getVersion(db.db, 'sample', 'first-reading');
    const art4 = view!.clauses.find((c) => c.eId === 'chp_2__art_4')!;
    expect(view!.earlierCounts.get(art4.lineage)).toBe(1);
    const art3 = view!.clauses.find((c) => c.eId === 'chp_1__art_3')!;
    expect(view!.earlierCounts.get(art3.lineage)).toBeUndefined();

    const receipt = await findByReceipt(db.db, 'TEST-0000-0000-0001');
    const places = await laterPlaces(
      db.db,
      receipt!.regulationId!,
      receipt!.versionPosition!,
      receipt!.clauseLineage!,
    );
    expect(places).toEqual([
      {
        slug: 'first-reading',
        label: '一审稿',
        position: 2,
        clause: { versionSlug: 'first-reading', eId: 'chp_2__art_4', label: '第四条', heading: '' },
      },
    ]);
  });

  it('shows beside a merged or split article the comments on its other predecessors, labelled (#16)', async () => {
    const [draft] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'draft'));
    const [reading] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'first-reading'));
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'draft'));
    const stored = await storeComment(
      db.db,
      newComment({
        receiptCode: 'TEST-0000-0000-0002',
        idempotencyKey: 'lineage-test-000002',
        consultationId: consultation!.id,
        versionId: draft!.id,
        clauseEId: 'chp_1__art_2',
        body: '范围应当写明。',
      }),
    );
    expect(stored.ok).toBe(true);
    // As if 征求意见稿 第二条 had also been split into 一审稿 第三条 (the sample's 第三条 is new).
    await db.db.insert(schema.clauseLinks).values({
      fromVersionId: draft!.id,
      toVersionId: reading!.id,
      fromEId: 'chp_1__art_2',
      toEId: 'chp_1__art_3',
      type: 'split',
      similarity: 500,
    });

    const view = await getVersion(db.db, 'sample', 'first-reading');
    expect(view!.earlierFrom.get('chp_1__art_3')).toEqual([{ label: '第二条', count: 1 }]);
    // 一审稿 第二条 carries 第二条's lineage: its count shows once, as its own.
    const art2 = view!.clauses.find((c) => c.eId === 'chp_1__art_2')!;
    expect(view!.earlierCounts.get(art2.lineage)).toBe(1);
    expect(view!.earlierFrom.get('chp_1__art_2')).toBeUndefined();
  });
});
