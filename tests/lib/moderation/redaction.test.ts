import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { redact, redactComment, redactionsOf } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

describe('redacting a passage', () => {
  it('replaces every occurrence of the passage in the public text', () => {
    expect(redact('张三收了钱。张三必须下台！', '张三', 'personal-data')).toEqual({
      ok: true,
      text: '[已删节]收了钱。[已删节]必须下台！',
      occurrences: 2,
      passage: '张三',
      reason: 'personal-data',
    });
  });
  it('refuses a passage that is not in the text, an empty one, and an unknown reason', () => {
    expect(redact('物业费太高', '李四', 'abuse')).toEqual({ ok: false, reason: 'not-found' });
    expect(redact('物业费太高', '  ', 'abuse')).toEqual({ ok: false, reason: 'empty' });
    expect(redact('物业费太高', '物业', 'boring')).toEqual({ ok: false, reason: 'bad-reason' });
  });
  it('never cuts into an earlier redaction marker', () => {
    expect(redact('[已删节]删除此条', '删', 'abuse')).toMatchObject({
      ok: true,
      text: '[已删节][已删节]除此条',
      occurrences: 1,
    });
  });
});

describe('redacting a stored comment', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await seededDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('changes only the public text, keeps the original for staff, records the reason and audits it', async () => {
    const [v] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'first-reading'));
    const consultations = await db.db.select().from(schema.consultations);
    const body = '第二条执行不力，王五主任就是个废物，电话13812345678。';
    const r = await submitComment(db.db, {
      raw: { stance: 'oppose', body, idempotencyKey: 'redaction-key-0000', consentPublish: 'on' },
      version: { id: v!.id },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: 'r1',
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, r.receiptCode));
    await createStaffUser(db.db, {
      username: 'mod',
      displayName: '审核员',
      password: 'moderator-password',
      roles: ['moderator'],
    });
    const [user] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'mod'));
    const actor = { id: user!.id, username: 'mod', displayName: '审核员', roles: ['moderator'] };

    expect(await redactComment(db.db, actor, row!.id, '王五主任就是个废物', 'abuse')).toMatchObject(
      { ok: true, occurrences: 1 },
    );
    const [after] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, row!.id));
    expect(after!.publicBody).toBe('第二条执行不力，[已删节]，电话138****5678。');
    expect(after!.body).toBe(body);
    expect(await redactionsOf(db.db, row!.id)).toMatchObject([
      { passage: '王五主任就是个废物', reason: 'abuse', redactedByName: '审核员' },
    ]);
    expect((await listAudit(db.db))[0]).toMatchObject({
      action: 'moderation.redact',
      targetId: String(row!.id),
      detail: { reason: 'abuse', occurrences: 1 },
    });

    expect(await redactComment(db.db, actor, row!.id, '王五', 'abuse')).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await redactComment(db.db, actor, 999_999, '王五', 'abuse')).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});
