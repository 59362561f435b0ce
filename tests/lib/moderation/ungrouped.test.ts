/** The campaigns page's question: may a consultation hold comments a regroup would place? */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/lib/db/index.ts';
import { settleIntake, storeComment } from '../../../src/lib/intake/index.ts';
import {
  countUngrouped,
  groupUngrouped,
  mayHoldUngrouped,
} from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { firstReading, newComment } from '../../helpers/comments.ts';

const LETTER =
  '我们坚决反对第十二条关于物业费调整的规定，业主大会应当有权否决任何未经公示的收费项目，请修改。';

let db: TestDb;
let consultationId: number;

beforeAll(async () => {
  db = await seededDatabase();
  const target = await firstReading(db);
  consultationId = target.consultationId;
  // The fourth is too short to sign: never in a group.
  for (let i = 0; i < 4; i++) {
    const stored = await storeComment(
      db.db,
      newComment({
        ...target,
        receiptCode: `UG${String(i).padStart(6, '0')}`,
        idempotencyKey: `ungrouped-test-${i}-key`,
        body: i < 3 ? `${LETTER}（第${i + 1}封）` : '同意。',
        addressHash: `u${i}`,
      }),
    );
    if (!stored.ok) throw new Error(stored.reason);
  }
  await settleIntake(db.db);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('mayHoldUngrouped', () => {
  it('says no when the fold has grouped every comment it could sign', async () => {
    expect(await countUngrouped(db.db, consultationId)).toBe(1);
    expect(await mayHoldUngrouped(db.db, consultationId)).toBe(false);
  });

  it('says no after a regroup that left only comments too short to sign, as seeding does', async () => {
    await db.db
      .update(schema.consultations)
      .set({ unplaceableCount: 0 })
      .where(eq(schema.consultations.id, consultationId));
    expect(await mayHoldUngrouped(db.db, consultationId)).toBe(true);
    expect(await groupUngrouped(db.db, consultationId)).toBe(0);
    expect(await mayHoldUngrouped(db.db, consultationId)).toBe(false);
  });

  it('says yes when a comment has no group (stored before grouping existed), and no once it is grouped', async () => {
    const [first] = await db.db
      .select({ id: schema.commentGroups.commentId })
      .from(schema.commentGroups)
      .where(eq(schema.commentGroups.consultationId, consultationId))
      .limit(1);
    await db.db.delete(schema.commentGroups).where(eq(schema.commentGroups.commentId, first!.id));
    await db.db.delete(schema.commentBands).where(eq(schema.commentBands.commentId, first!.id));
    expect(await mayHoldUngrouped(db.db, consultationId)).toBe(true);
    expect(await groupUngrouped(db.db, consultationId)).toBe(1);
    expect(await mayHoldUngrouped(db.db, consultationId)).toBe(false);
  });
});
