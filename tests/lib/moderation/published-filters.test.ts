/** The public comment list's filters (stance, category, stage) and their counts. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { publishedComments, publishedFacets } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  const consultations = await db.db.select().from(schema.consultations);
  const wanted = [
    ['support', 'individual', true],
    ['support', 'enterprise', true],
    ['oppose', 'enterprise', true],
    ['question', 'expert', false],
  ] as const;
  for (const [i, [stance, category, publish]] of wanted.entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance,
        category,
        body: `筛选测试意见${i}`,
        idempotencyKey: `filter-key-${i}-00000000`,
        consentPublish: 'on',
        quote: i === 0 ? '适用于本市' : '',
        quoteStart: i === 0 ? '3' : '',
        quoteEnd: i === 0 ? '8' : '',
        clause: 'chp_1__art_2',
      },
      version: { id: versionId },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `f${i}`,
      commentsPerHour: 10,
      clauseText: '本条例适用于本市行政区域内的示范活动。\n示范活动的具体范围由市人民政府规定。',
    });
    if (!r.ok) throw new Error(r.reason);
    if (publish)
      await db.db
        .update(schema.comments)
        .set({ status: 'published' })
        .where(eq(schema.comments.receiptCode, r.receiptCode));
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('filtering published comments', () => {
  it('filters by category and by stage, and keeps the quote of an anchored comment', async () => {
    const enterprise = await publishedComments(db.db, {
      versionId,
      category: 'enterprise',
      limit: 10,
    });
    expect(enterprise.map((c) => c.stance).sort()).toEqual(['oppose', 'support']);
    expect(await publishedComments(db.db, { versionId, stage: 'review', limit: 10 })).toHaveLength(
      3,
    );
    expect(
      await publishedComments(db.db, { versionId, stage: 'drafting', limit: 10 }),
    ).toHaveLength(0);
    const [anchored] = await publishedComments(db.db, {
      versionId,
      category: 'individual',
      limit: 10,
    });
    expect(anchored).toMatchObject({
      quote: '适用于本市',
      quoteStart: 3,
      quoteEnd: 8,
      stage: 'review',
    });
  });

  it('counts each value of a filter under the other filters, published comments only', async () => {
    expect(await publishedFacets(db.db, { versionId })).toEqual({
      stance: { support: 2, oppose: 1 },
      category: { individual: 1, enterprise: 2 },
      stage: { review: 3 },
    });
    // Choosing a stance narrows the other counts but not the stance counts themselves.
    const f = await publishedFacets(db.db, { versionId, stance: 'support' });
    expect(f.stance).toEqual({ support: 2, oppose: 1 });
    expect(f.category).toEqual({ individual: 1, enterprise: 1 });
  });
});
