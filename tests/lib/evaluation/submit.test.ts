/** Answering an evaluation questionnaire: stored once, with a receipt; bad input stores nothing. */
import { eq } from 'drizzle-orm';
import { inBoth } from '../../../src/lib/i18n/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/lib/db/index.ts';
import {
  answersOf,
  findQuestionnaire,
  findResponseByReceipt,
  submitQuestionnaire,
} from '../../../src/lib/evaluation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let found: NonNullable<Awaited<ReturnType<typeof findQuestionnaire>>>;
const now = new Date('2026-12-01T00:00:00Z');
const good = {
  'q_sorting-at-home': '有时分',
  q_convenience: '3',
  q_suggestions: '希望增加夜间投放时间',
  idempotencyKey: 'questionnaire-key-0001',
};

beforeAll(async () => {
  db = await seededDatabase();
  found = (await findQuestionnaire(db.db, 'waste-sorting', 'evaluation'))!;
});
afterAll(async () => {
  await db?.cleanup();
});

const submit = (raw: Record<string, string>, at = now, hash = 'addr') =>
  submitQuestionnaire(db.db, {
    raw,
    consultation: found.consultation,
    questions: found.questions,
    now: at,
    addressHash: hash,
    perHour: 3,
  });

describe('the questionnaire of an evaluation consultation', () => {
  it('is synced from the content file', () => {
    expect(found.questions.map((q) => [q.id, q.type])).toEqual([
      ['sorting-at-home', 'choice'],
      ['convenience', 'scale'],
      ['suggestions', 'text'],
    ]);
  });

  it('stores valid answers once and gives the same receipt for a double submission', async () => {
    const first = await submit(good);
    const again = await submit(good);
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toMatchObject({ ok: true, duplicate: true });
    if (!first.ok || !again.ok) return;
    expect(again.receiptCode).toBe(first.receiptCode);
    const stored = await findResponseByReceipt(db.db, first.receiptCode);
    expect(stored?.answers).toEqual({
      'sorting-at-home': '有时分',
      convenience: 3,
      suggestions: '希望增加夜间投放时间',
    });
    expect(await answersOf(db.db, found.consultation.id)).toHaveLength(1);
  });

  it("never answers someone else's key with their receipt when the answers differ", async () => {
    const theirs = await submit(
      { ...good, idempotencyKey: 'questionnaire-key-0009' },
      now,
      'theirs',
    );
    const mine = await submit(
      { ...good, q_suggestions: '别的建议', idempotencyKey: 'questionnaire-key-0009' },
      now,
      'other',
    );
    if (!theirs.ok || !mine.ok) throw new Error('not stored');
    expect(mine.receiptCode).not.toBe(theirs.receiptCode);
    expect((await findResponseByReceipt(db.db, mine.receiptCode))?.answers).toMatchObject({
      suggestions: '别的建议',
    });
  });

  it('stores nothing for bad answers, a filled honeypot or a closed window', async () => {
    const before = (await db.db.select().from(schema.questionnaireResponses)).length;
    const bad = await submit({
      ...good,
      q_convenience: '6',
      idempotencyKey: 'questionnaire-key-0002',
    });
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' });
    if (!bad.ok && bad.reason === 'invalid')
      expect(inBoth(bad.errors[0]!.message).zh).toContain('1 至 5 分');
    expect(
      await submit({ ...good, website: 'x', idempotencyKey: 'questionnaire-key-0003' }),
    ).toEqual({ ok: false, reason: 'spam' });
    expect(
      await submit(
        { ...good, idempotencyKey: 'questionnaire-key-0004' },
        new Date('2100-01-01T00:00:00Z'),
      ),
    ).toEqual({ ok: false, reason: 'closed' });
    expect(await submit({ ...good, idempotencyKey: 'short' })).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect((await db.db.select().from(schema.questionnaireResponses)).length).toBe(before);
  });

  it('limits submissions per address', async () => {
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(
        await submit({ ...good, idempotencyKey: `questionnaire-rate-${i}-0000` }, now, 'busy'),
      );
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'ok',
      'ok',
      'ok',
      'rate-limited',
    ]);
    const rows = await db.db
      .select()
      .from(schema.questionnaireResponses)
      .where(eq(schema.questionnaireResponses.addressHash, 'busy'));
    expect(rows).toHaveLength(3);
  });
});
