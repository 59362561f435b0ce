/**
 * Comments submitted at the same moment share intake statements on PostgreSQL
 * (src/lib/intake/statement.ts); each must still be decided as if it were sent alone.
 * On PGlite the same assertions hold with one statement per comment.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settleIntake, storeComment } from '../../../src/lib/intake/index.ts';
import { boundKey } from '../../../src/lib/comments/idempotency.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { keptCountMismatches } from '../../../src/lib/seed/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';

let db: TestDb;
let versionId: number;
let consultationId: number;
let comment: ReturnType<typeof commentMaker>;

beforeAll(async () => {
  db = await seededDatabase();
  ({ versionId, consultationId } = await firstReading(db));
  comment = commentMaker(
    { versionId, consultationId },
    'batch',
    (n) => `批量提交的第${n}条意见：建议本条写明办理期限，并公开办理结果。`,
  );
});
afterAll(async () => {
  await db?.cleanup();
});

const consultation = async () =>
  (
    await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.id, consultationId))
  )[0]!;

describe('comments submitted at the same moment', () => {
  it('store each one with its own receipt, and count them all', async () => {
    const before = await consultation();
    const sent = Array.from({ length: 40 }, () => comment());
    const outcomes = await Promise.all(sent.map((c) => storeComment(db.db, c, { settle: 'none' })));
    expect(outcomes.map((o) => (o.ok ? o.receiptCode : o.reason))).toEqual(
      sent.map((c) => c.receiptCode),
    );
    const stored = await db.db
      .select({ key: schema.comments.idempotencyKey })
      .from(schema.comments)
      .where(
        inArray(
          schema.comments.idempotencyKey,
          sent.map((c) => boundKey(c)),
        ),
      );
    expect(stored).toHaveLength(40);
    await settleIntake(db.db);
    const after = await consultation();
    expect(after.commentCount - before.commentCount).toBe(40);
    expect(after.participantCount - before.participantCount).toBe(40);
  });

  it('count a new participant once however many of their comments arrive together', async () => {
    const before = await consultation();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        storeComment(db.db, comment({ addressHash: 'batch-one-person' }), { settle: 'none' }),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    await settleIntake(db.db);
    const after = await consultation();
    expect(after.commentCount - before.commentCount).toBe(12);
    expect(after.participantCount - before.participantCount).toBe(1);
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('answer the same form sent several times at once with one receipt, storing it once', async () => {
    const form = comment();
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        storeComment(db.db, { ...form, receiptCode: `BATCHDUP${i}` }, { settle: 'none' }),
      ),
    );
    const receipts = new Set(outcomes.map((o) => (o.ok ? o.receiptCode : o.reason)));
    expect(receipts.size).toBe(1);
    expect(outcomes.filter((o) => o.ok && !o.duplicate)).toHaveLength(1);
    expect(
      await db.db
        .select()
        .from(schema.comments)
        .where(eq(schema.comments.idempotencyKey, boundKey(form))),
    ).toHaveLength(1);
  });

  it('fail only the comment that cannot be stored, not the others sent with it', async () => {
    const [taken] = await db.db
      .select({ receiptCode: schema.comments.receiptCode })
      .from(schema.comments)
      .limit(1);
    const good = Array.from({ length: 10 }, () => comment());
    const clash = comment({ receiptCode: taken!.receiptCode });
    const unknown = comment({ clauseEId: 'chp_99__art_999' });
    const results = await Promise.allSettled(
      [...good, clash, unknown].map((c) => storeComment(db.db, c, { settle: 'none' })),
    );
    expect(results.slice(0, 10).map((r) => r.status === 'fulfilled' && r.value.ok)).toEqual(
      Array(10).fill(true),
    );
    expect(results[10]!.status).toBe('rejected');
    expect(results[11]).toEqual({
      status: 'fulfilled',
      value: { ok: false, reason: 'unknown-clause' },
    });
    expect(
      await db.db
        .select()
        .from(schema.comments)
        .where(eq(schema.comments.idempotencyKey, boundKey(clash))),
    ).toHaveLength(0);
    await settleIntake(db.db);
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });
});
