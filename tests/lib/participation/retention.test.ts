/** Personal data is removed two years after a consultation closed, as the privacy notice says. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/lib/auth/index.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { secondComment } from '../../../src/lib/moderation/index.ts';
import { purgePersonalData, retentionCutoff } from '../../../src/lib/participation/retention.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
const codes: Record<string, string> = {};
beforeAll(async () => {
  db = await seededDatabase();
  const versions = await db.db.select().from(schema.versions);
  const consultations = await db.db.select().from(schema.consultations);
  // One comment in the draft consultation (closed 2026-04-01), one in the first reading (open until 2099).
  for (const [slug, at] of [
    ['draft', '2026-03-15T00:00:00Z'],
    ['first-reading', '2026-11-28T00:00:00Z'],
  ] as const) {
    const r = await submitComment(db.db, {
      raw: {
        stance: 'support',
        body: `保留期限测试 ${slug}`,
        contact: '13812345678',
        consentPublish: 'on',
        idempotencyKey: `retention-key-${slug}-000`,
      },
      version: { id: versions.find((v) => v.slug === slug)!.id },
      consultations,
      now: new Date(at),
      addressHash: `hash-${slug}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
    codes[slug] = r.receiptCode;
    await db.db
      .update(schema.comments)
      .set({ status: 'published' })
      .where(eq(schema.comments.receiptCode, r.receiptCode));
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, r.receiptCode));
    await secondComment(db.db, row!.id, `reader-${slug}`, new Date(at));
  }
});
afterAll(async () => {
  await db?.cleanup();
});

const comment = async (slug: string) =>
  (
    await db.db.select().from(schema.comments).where(eq(schema.comments.receiptCode, codes[slug]!))
  )[0]!;

describe('purging personal data past retention', () => {
  it('counts two years back from now', () => {
    expect(retentionCutoff(new Date('2028-05-01T00:00:00Z')).toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
  });

  it('says what it would remove on a dry run and changes nothing', async () => {
    expect(
      await purgePersonalData(db.db, new Date('2028-05-01T00:00:00Z'), { dryRun: true }),
    ).toEqual({ consultations: 1, comments: 1, responses: 0 });
    expect((await comment('draft')).contact).toBe('13812345678');
  });

  it('removes contact and address hashes of consultations closed two years ago, keeps the rest and the counts, and audits it', async () => {
    expect(await purgePersonalData(db.db, new Date('2028-05-01T00:00:00Z'))).toEqual({
      consultations: 1,
      comments: 1,
      responses: 0,
    });
    const old = await comment('draft');
    expect(old).toMatchObject({
      contact: null,
      addressHash: null,
      secondCount: 1,
      body: '保留期限测试 draft',
    });
    expect(await comment('first-reading')).toMatchObject({
      contact: '13812345678',
      addressHash: 'hash-first-reading',
    });
    const hashes = (await db.db.select().from(schema.participants)).map((p) => p.addressHash);
    expect(hashes).toEqual(['hash-first-reading']);
    expect((await db.db.select().from(schema.seconds)).map((s) => s.addressHash)).toEqual([
      'reader-first-reading',
    ]);
    const [draft] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'draft'));
    expect(draft!.participantCount).toBe(1);
    expect((await listAudit(db.db))[0]).toMatchObject({
      action: 'privacy.purge',
      actorName: expect.any(String),
    });
  });
});
