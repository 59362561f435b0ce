/**
 * An idempotency key stands for one comment's content: a replay of the same form returns the
 * first receipt, anything else under the same key is a new comment; import keys cannot be
 * taken first from outside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { findByReceipt, submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  findImportTarget,
  importComments,
  importKey,
  type ImportTarget,
} from '../../../src/lib/imports/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
let target: ImportTarget;
const now = new Date('2026-11-28T00:00:00Z');

const post = async (key: string, raw: Record<string, string>, version = versionId) =>
  submitComment(db.db, {
    raw: { stance: 'amend', clause: 'chp_1__art_2', idempotencyKey: key, ...raw },
    version: { id: version },
    consultations: await db.db.select().from(schema.consultations),
    now,
    addressHash: `addr-${Math.random()}`,
    commentsPerHour: 100,
  });

beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  target = (await findImportTarget(db.db, 'sample/first-reading'))!;
});
afterAll(async () => {
  await db?.cleanup();
});

describe('a form key bound to its content', () => {
  it('returns the first receipt for the same form sent again', async () => {
    const first = await post('replay-key-0000000001', { body: '建议增加公示期限。' });
    const again = await post('replay-key-0000000001', { body: '建议增加公示期限。' });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toEqual({
      ok: true,
      receiptCode: (first as { receiptCode: string }).receiptCode,
      duplicate: true,
    });
  });

  it("never answers someone else's key with their receipt when the text differs", async () => {
    const victim = await post('stolen-key-0000000001', {
      body: '我的电话和住址请勿公开，建议删除第二条。',
    });
    const attacker = await post('stolen-key-0000000001', { body: '随便写点什么。' });
    if (!victim.ok || !attacker.ok) throw new Error('not stored');
    expect(attacker.receiptCode).not.toBe(victim.receiptCode);
    expect(attacker.duplicate).toBe(false);
    expect((await findByReceipt(db.db, attacker.receiptCode))!.publicBody).toBe('随便写点什么。');
  });

  it('stores a comment on another clause or stance under the same key as a new one', async () => {
    const a = await post('moved-key-00000000001', { body: '同一段文字。' });
    const b = await post('moved-key-00000000001', { body: '同一段文字。', clause: 'chp_1__art_1' });
    const c = await post('moved-key-00000000001', { body: '同一段文字。', stance: 'oppose' });
    const codes = [a, b, c].map((r) => (r.ok ? r.receiptCode : r.reason));
    expect(new Set(codes).size).toBe(3);
  });
});

describe('import keys', () => {
  it('cannot be taken first by a public post that knows the letter', async () => {
    const cells = ['建议第二条包括城中村。', '第二条', '建议修改', '来信', '2026-11-20'];
    // The key an import of this row used to store, computable by anyone who knows the letter.
    const guessed = importKey(target.id, cells, 1);
    const squat = await post(guessed, { body: cells[0]! });
    expect(squat.ok).toBe(true);
    const csv = `意见内容,条款,态度,渠道,收集日期\n${cells.join(',')}\n`;
    const run = () =>
      importComments(db.db, {
        target,
        bytes: new TextEncoder().encode(csv),
        filename: 'letters.csv',
        defaultChannel: null,
        now: new Date('2026-12-02T04:00:00Z'),
        today: '2026-12-02',
        timeZone: 'Asia/Shanghai',
        actor: null,
        commit: true,
        keySecret: 'server-secret',
      });
    const first = await run();
    expect(first).toMatchObject({ ok: true, committed: true, stored: 1 });
    // Still idempotent: the same file again stores nothing and answers with the same receipt.
    const again = await run();
    expect(again).toMatchObject({ ok: true, committed: true, stored: 0 });
    if (!first.ok || !first.committed || !again.ok || !again.committed)
      throw new Error('not committed');
    expect(again.receipts[0]!.receiptCode).toBe(first.receipts[0]!.receiptCode);
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, first.receipts[0]!.receiptCode));
    expect(row).toMatchObject({ channel: 'letter', body: cells[0] });
  });
});
