/**
 * The intake queue: a stored comment is counted exactly once, by whichever fold takes it, and
 * one left uncounted (its process died after the insert) is counted by the sweep.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  foldPendingComments,
  hasPendingComments,
  settleIntake,
  startIntakeSweep,
  storeComment,
  vacuumQueue,
  type NewComment,
} from '../../../src/lib/intake/index.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { boundKey } from '../../../src/lib/comments/idempotency.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { keptCountMismatches } from '../../../src/lib/seed/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { until } from '../../helpers/patience.ts';

let db: TestDb;
let versionId: number;
let consultationId: number;
let comment: ReturnType<typeof commentMaker>;

beforeAll(async () => {
  db = await seededDatabase();
  ({ versionId, consultationId } = await firstReading(db));
  comment = commentMaker(
    { versionId, consultationId },
    'fold',
    (n) => `关于第三条的意见，第${n}号：建议写明公开的期限和方式，并明确逾期不答复的责任。`,
  );
});
afterAll(async () => {
  await db?.cleanup();
});

const counts = async () => {
  const [clause] = await db.db
    .select()
    .from(schema.clauses)
    .where(eq(schema.clauses.eId, 'chp_1__art_3'))
    .then((rows) => rows.filter((r) => r.versionId === versionId));
  const [consultation] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.id, consultationId));
  return {
    clause: clause!.commentCount,
    consultation: consultation!.commentCount,
    people: consultation!.participantCount,
  };
};

describe('folding stored comments into the kept counts', () => {
  it('counts a comment stored without settling only when the queue is folded', async () => {
    const before = await counts();
    for (let i = 0; i < 5; i++)
      expect((await storeComment(db.db, comment(), { settle: 'none' })).ok).toBe(true);
    expect(await counts()).toEqual(before);
    expect(await hasPendingComments(db.db)).toBe(true);
    expect(await foldPendingComments(db.db)).toBe(5);
    expect(await counts()).toEqual({
      clause: before.clause + 5,
      consultation: before.consultation + 5,
      people: before.people + 5,
    });
    expect(await hasPendingComments(db.db)).toBe(false);
  });

  it('counts every comment once when folds run at the same time', async () => {
    const before = await counts();
    await Promise.all(
      Array.from({ length: 30 }, () =>
        storeComment(db.db, comment({ addressHash: 'fold-same-person' }), { settle: 'none' }),
      ),
    );
    await Promise.all([
      foldPendingComments(db.db),
      foldPendingComments(db.db),
      settleIntake(db.db),
      settleIntake(db.db),
      foldPendingComments(db.db),
    ]);
    expect(await counts()).toEqual({
      clause: before.clause + 30,
      consultation: before.consultation + 30,
      people: before.people + 1,
    });
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('has counted a submission by the time storeComment answers', async () => {
    const before = await counts();
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => storeComment(db.db, comment())),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect((await counts()).clause).toBe(before.clause + 12);
  });

  it('does not count a double submission twice', async () => {
    const before = await counts();
    const first = comment();
    await storeComment(db.db, first, { settle: 'none' });
    await storeComment(db.db, { ...first, receiptCode: 'FOLDDUPLICATE' });
    expect((await counts()).clause).toBe(before.clause + 1);
  });

  it('counts comments left to the background fold within a moment, folding a burst together', async () => {
    const before = await counts();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => storeComment(db.db, comment(), { settle: 'background' })),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    // The fold runs 50 ms after the first of them.
    await until(
      'the burst counted',
      async () => (await counts()).clause >= before.clause + 20,
      1000,
      20,
    ).catch(() => {});
    expect((await counts()).clause).toBe(before.clause + 20);
    expect(await hasPendingComments(db.db)).toBe(false);
  });

  it('sweeps up comments whose process stopped before folding them', async () => {
    const before = await counts();
    await storeComment(db.db, comment(), { settle: 'none' });
    const stop = startIntakeSweep(db.db, 50);
    try {
      // The sweep runs every 50 ms here.
      await until(
        'the sweep folded the queue',
        async () => !(await hasPendingComments(db.db)),
        1000,
      ).catch(() => {});
    } finally {
      stop();
    }
    expect((await counts()).clause).toBe(before.clause + 1);
  });
});

describe('the intake queue table', () => {
  it('gives back the space of folded rows when vacuumed', async () => {
    const pages = async () =>
      rowsOf<{ n: number }>(
        await db.db.execute(sql`select pg_relation_size('comment_intake_queue')::int / 8192 as n`),
      )[0]!.n;
    for (let i = 0; i < 300; i++) await storeComment(db.db, comment(), { settle: 'none' });
    await foldPendingComments(db.db);
    expect(await hasPendingComments(db.db)).toBe(false);
    expect(await pages()).toBeGreaterThan(0);
    await vacuumQueue(db.db);
    expect(await pages()).toBe(0);
  });
});

describe('references checked by the intake statement (comments have no foreign keys on them)', () => {
  const stored = async (c: NewComment) =>
    (
      await db.db
        .select({ id: schema.comments.id })
        .from(schema.comments)
        .where(eq(schema.comments.idempotencyKey, boundKey(c)))
    ).length;

  it('refuses a consultation that does not exist and stores nothing', async () => {
    const bad = comment({ consultationId: 987_654 });
    await expect(storeComment(db.db, bad, { settle: 'none' })).rejects.toThrow(
      /consultation \(987654\)/,
    );
    expect(await stored(bad)).toBe(0);
    expect(await hasPendingComments(db.db)).toBe(false);
  });

  it('refuses a version that does not exist and stores nothing', async () => {
    const bad = comment({ versionId: 987_654, clauseEId: null });
    await expect(storeComment(db.db, bad, { settle: 'none' })).rejects.toThrow(
      /version \(987654\)/,
    );
    expect(await stored(bad)).toBe(0);
  });

  it('refuses a clause that is not in the version', async () => {
    const bad = comment({ clauseEId: 'chp_99__art_999' });
    expect(await storeComment(db.db, bad, { settle: 'none' })).toEqual({
      ok: false,
      reason: 'unknown-clause',
    });
    expect(await stored(bad)).toBe(0);
  });
});
