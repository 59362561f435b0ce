/** The public comment list's full-text search (Chinese included), sort orders, article picker and page count. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { publishedComments, publishedCount } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
const bodies = [
  '物业服务费应当公示，联系我 13812345678',
  '业主大会的表决程序需要更清楚',
  '物业公司退出时的交接期限太短',
  'Parking fees should be published',
];
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  const consultations = await db.db.select().from(schema.consultations);
  for (const [i, body] of bodies.entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance: 'amend',
        category: 'individual',
        body,
        idempotencyKey: `search-key-${i}-00000000`,
        consentPublish: 'on',
        clause: i === 2 ? 'chp_1__art_2' : 'chp_1__art_3',
      },
      version: { id: versionId },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `s${i}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
    await db.db
      .update(schema.comments)
      .set({ status: 'published', secondCount: [3, 0, 7, 1][i]! })
      .where(eq(schema.comments.receiptCode, r.receiptCode));
  }
});
afterAll(async () => {
  await db?.cleanup();
});

const texts = async (options: Partial<Parameters<typeof publishedComments>[1]>) =>
  (await publishedComments(db.db, { versionId, limit: 10, ...options })).map((c) => c.publicBody);

describe('searching published comments', () => {
  it('finds Chinese words inside a run of characters, every word required, case-insensitive', async () => {
    const found = await texts({ terms: ['物业'] });
    expect(found).toHaveLength(2);
    expect(found).toContain(bodies[2]);
    expect(found.some((t) => t.startsWith('物业服务费应当公示'))).toBe(true);
    expect(await texts({ terms: ['物业', '交接'] })).toEqual([bodies[2]]);
    expect(await texts({ terms: ['parking'] })).toEqual([bodies[3]]);
    expect(await texts({ terms: ['不存在的词'] })).toEqual([]);
  });

  it('searches only the published text, so a masked phone number cannot be found', async () => {
    expect(await texts({ terms: ['13812345678'] })).toEqual([]);
  });

  it('treats % and _ in a search as characters, not patterns', async () => {
    expect(await texts({ terms: ['%'] })).toEqual([]);
    expect(await texts({ terms: ['_'] })).toEqual([]);
  });
});

describe('sorting, the article picker and paging', () => {
  it('sorts by most seconded, newest and oldest', async () => {
    const seconded = await publishedComments(db.db, { versionId, limit: 10, sort: 'seconded' });
    expect(seconded.map((c) => c.secondCount)).toEqual(
      [...seconded.map((c) => c.secondCount)].sort((a, b) => b - a),
    );
    const newest = await publishedComments(db.db, { versionId, limit: 10 });
    const oldest = await publishedComments(db.db, { versionId, limit: 10, sort: 'oldest' });
    expect(oldest.map((c) => c.id)).toEqual(newest.map((c) => c.id).reverse());
    const mostSeconded = await publishedComments(db.db, { versionId, limit: 1, sort: 'seconded' });
    expect(mostSeconded[0]!.publicBody).toBe(bodies[2]);
  });

  it('picks an article with the clauses inside it, and counts what a filter lists', async () => {
    expect(
      await publishedCount(db.db, {
        versionId,
        clauseEIds: ['chp_1__art_2', 'chp_1__art_2__para_1', 'chp_1__art_2__para_2'],
      }),
    ).toBe(1);
    expect(await publishedCount(db.db, { versionId, terms: ['物业'] })).toBe(2);
    const all = await publishedCount(db.db, { versionId });
    expect(all).toBeGreaterThanOrEqual(bodies.length);
  });

  it('pages with an offset, without overlap', async () => {
    const first = await publishedComments(db.db, { versionId, limit: 2, sort: 'seconded' });
    const second = await publishedComments(db.db, {
      versionId,
      limit: 2,
      offset: 2,
      sort: 'seconded',
    });
    expect(first.map((c) => c.id).filter((id) => second.some((s) => s.id === id))).toEqual([]);
    expect(second.length).toBeGreaterThan(0);
  });
});
