/** Submitting comments against a real database: receipts only for stored comments, exact counts. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import {
  submitComment,
  findByReceipt,
  isWellFormedReceipt,
} from '../../../src/lib/comments/index.ts';
import { LEASED_FROM, leaseSize } from '../../../src/lib/intake/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { freshDatabase, seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let version: { id: number };
let consultations: (typeof schema.consultations.$inferSelect)[];
const now = new Date('2026-11-28T10:00:00Z');
let keySeq = 0;
const key = () => `test-key-${String(++keySeq).padStart(8, '0')}`;

beforeAll(async () => {
  db = await seededDatabase();
  const rows = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  version = { id: rows[0]!.id };
  consultations = await db.db.select().from(schema.consultations);
});
afterAll(async () => {
  await db?.cleanup();
});

const input = (
  raw: Record<string, string>,
  extra: Partial<Parameters<typeof submitComment>[1]> = {},
) => ({
  raw: {
    stance: 'amend',
    body: '建议明确公开的方式。',
    idempotencyKey: key(),
    clause: 'chp_1__art_3',
    ...raw,
  },
  version,
  consultations,
  now,
  addressHash: 'addr-1',
  commentsPerHour: 100,
  ...extra,
});

const clauseCount = async (eId: string) =>
  (await db.db.select().from(schema.clauses).where(eq(schema.clauses.eId, eId))).find(
    (c) => c.versionId === version.id,
  )!.commentCount;

describe('submitting a comment', () => {
  it('stores it, masks personal data for the public, and counts it on the clause and consultation', async () => {
    const before = await clauseCount('chp_1__art_3');
    const outcome = await submitComment(
      db.db,
      input({ body: '我的手机13912345678，建议公开听证。', contact: 'a@b.cn' }),
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(isWellFormedReceipt(outcome.receiptCode)).toBe(true);
    const stored = await findByReceipt(db.db, outcome.receiptCode);
    expect(stored?.publicBody).toBe('我的手机139****5678，建议公开听证。');
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, outcome.receiptCode));
    expect(row!.body).toContain('13912345678');
    expect(row!.contact).toBe('a@b.cn');
    expect(await clauseCount('chp_1__art_3')).toBe(before + 1);
  });

  it('stores a double submission once and answers with the same receipt', async () => {
    const k = key();
    const count = async () =>
      (await db.db.select({ n: sql<number>`count(*)::int` }).from(schema.comments))[0]!.n;
    const before = await count();
    const [a, b] = await Promise.all([
      submitComment(db.db, input({ idempotencyKey: k })),
      submitComment(db.db, input({ idempotencyKey: k })),
    ]);
    if (!a.ok || !b.ok) throw new Error('expected receipts');
    expect(a.receiptCode).toBe(b.receiptCode);
    expect((await count()) - before).toBe(1);
  });

  it('counts people and stances on the consultation', async () => {
    const consultation = async () =>
      (
        await db.db
          .select()
          .from(schema.consultations)
          .where(eq(schema.consultations.slug, 'first-reading'))
      )[0]!;
    const before = await consultation();
    expect(
      (await submitComment(db.db, input({ stance: 'oppose' }, { addressHash: 'person-x' }))).ok,
    ).toBe(true);
    expect(
      (await submitComment(db.db, input({ stance: 'question' }, { addressHash: 'person-x' }))).ok,
    ).toBe(true);
    expect(
      (await submitComment(db.db, input({ stance: 'oppose' }, { addressHash: 'person-y' }))).ok,
    ).toBe(true);
    const after = await consultation();
    expect(after.participantCount - before.participantCount).toBe(2);
    expect(after.opposeCount - before.opposeCount).toBe(2);
    expect(after.questionCount - before.questionCount).toBe(1);
    expect(after.commentCount - before.commentCount).toBe(3);
  });

  it('keeps counts exact under concurrent submissions', async () => {
    const before = await clauseCount('chp_1__art_1');
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () => submitComment(db.db, input({ clause: 'chp_1__art_1' }))),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await clauseCount('chp_1__art_1')).toBe(before + 40);
    const total = await db.db.select().from(schema.comments);
    const [c] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'first-reading'));
    expect(c!.commentCount).toBe(total.length);
  });

  it('refuses closed windows, unknown clauses, spam and invalid input, storing nothing', async () => {
    const count = async () => (await db.db.select().from(schema.comments)).length;
    const before = await count();
    expect(
      await submitComment(db.db, input({}, { now: new Date('2100-01-01T00:00:00Z') })),
    ).toEqual({ ok: false, reason: 'closed' });
    expect(await submitComment(db.db, input({ clause: 'chp_9__art_99' }))).toEqual({
      ok: false,
      reason: 'unknown-clause',
    });
    expect(await submitComment(db.db, input({ website: 'x' }))).toEqual({
      ok: false,
      reason: 'spam',
    });
    expect(await submitComment(db.db, input({ body: '' }))).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(await count()).toBe(before);
  });

  it('refuses, storing nothing, when a cached window says open but the database says closed', async () => {
    const count = async () => (await db.db.select().from(schema.comments)).length;
    const before = await count();
    const [open] = consultations.filter(
      (c) => c.versionId === version.id && c.opensAt <= now && now < c.closesAt,
    );
    const afterClose = new Date(open!.closesAt.getTime() + 60_000);
    const stale = consultations.map((c) =>
      c.id === open!.id ? { ...c, closesAt: new Date(afterClose.getTime() + 3600_000) } : c,
    );
    expect(
      await submitComment(db.db, input({}, { consultations: stale, now: afterClose })),
    ).toEqual({ ok: false, reason: 'closed' });
    expect(await count()).toBe(before);
  });

  it('rate-limits an address across calls (the counter lives in the database)', async () => {
    const limited = { addressHash: 'addr-busy', commentsPerHour: 3 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await submitComment(db.db, input({}, limited)));
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'ok',
      'ok',
      'ok',
      'rate-limited',
      'rate-limited',
    ]);
    const nextHour = await submitComment(
      db.db,
      input({}, { ...limited, now: new Date(now.getTime() + 3600_000) }),
    );
    expect(nextHour.ok).toBe(true);
  });

  it('holds an ordinary limit exactly under a burst of concurrent submissions', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        submitComment(db.db, input({}, { addressHash: 'addr-burst', commentsPerHour: 5 })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === 'rate-limited')).toHaveLength(7);
  });

  describe('a high limit, claimed in blocks', () => {
    const windowStart = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
    const counter = async (bucket: string) =>
      (await db.db.select().from(schema.rateLimits).where(eq(schema.rateLimits.bucket, bucket)))[0]
        ?.count;
    const block = leaseSize(LEASED_FROM);

    it('touches the shared counter once per block', async () => {
      expect(block).toBeGreaterThan(1);
      const limited = { addressHash: 'addr-leased', commentsPerHour: LEASED_FROM };
      for (let i = 0; i < block * 2 + 1; i++)
        expect((await submitComment(db.db, input({}, limited))).ok).toBe(true);
      expect(await counter('comment:addr-leased')).toBe(block * 3);
    });

    it('grants only what is left of the limit, then refuses', async () => {
      await db.db
        .insert(schema.rateLimits)
        .values({ bucket: 'comment:addr-nearly', windowStart, count: LEASED_FROM - 3 });
      const limited = { addressHash: 'addr-nearly', commentsPerHour: LEASED_FROM };
      const results = [];
      for (let i = 0; i < 6; i++) results.push(await submitComment(db.db, input({}, limited)));
      expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
        'ok',
        'ok',
        'ok',
        'rate-limited',
        'rate-limited',
        'rate-limited',
      ]);
    });

    it('never passes the limit under a concurrent burst, and spends the claimed block afterwards', async () => {
      await db.db
        .insert(schema.rateLimits)
        .values({ bucket: 'comment:addr-crowd', windowStart, count: LEASED_FROM - block });
      const limited = { addressHash: 'addr-crowd', commentsPerHour: LEASED_FROM };
      const burst = await Promise.all(
        Array.from({ length: 30 }, () => submitComment(db.db, input({}, limited))),
      );
      const first = burst.filter((r) => r.ok).length;
      expect(first).toBeGreaterThanOrEqual(1);
      const after = [];
      for (let i = 0; i < block + 2; i++)
        after.push(await submitComment(db.db, input({}, limited)));
      expect(first + after.filter((r) => r.ok).length).toBe(block);
    });
  });

  it('keeps evaluation rating sums on the clause', async () => {
    const rated = async (c: string, e: string, f: string) =>
      submitComment(
        db.db,
        input({
          clause: 'chp_2__art_4',
          rating_clarity: c,
          rating_enforceability: e,
          rating_effect: f,
        }),
      );
    expect((await rated('5', '4', '3')).ok).toBe(true);
    expect((await rated('3', '2', '1')).ok).toBe(true);
    const clause = (
      await db.db.select().from(schema.clauses).where(eq(schema.clauses.eId, 'chp_2__art_4'))
    ).find((c) => c.versionId === version.id)!;
    expect(clause).toMatchObject({
      ratingCount: 2,
      claritySum: 8,
      enforceabilitySum: 6,
      effectSum: 4,
    });
    expect(await rated('5', '', '')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('answers "unavailable" without a receipt when the database fails', async () => {
    const broken = await freshDatabase();
    await broken.cleanup();
    const outcome = await submitComment(broken.db, input({}));
    expect(outcome).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('lets a failure that is not an outage go on up, to be answered as an internal error', async () => {
    const bug = new TypeError('a broken invariant');
    const broken = new Proxy(
      {},
      {
        get: () => {
          throw bug;
        },
      },
    ) as typeof db.db;
    await expect(submitComment(broken, input({}))).rejects.toBe(bug);
  });
});
