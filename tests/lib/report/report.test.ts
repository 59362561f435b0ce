import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createStaffUser } from '../../../src/lib/auth/index.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { recordDisposition } from '../../../src/lib/disposition/index.ts';
import { feedbackReport } from '../../../src/lib/report/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  // People: the first and third give the same telephone written two ways (one person); the
  // second gives none (a person of its own). All three share one address, which must not count.
  const entries: [string, string, string, string, string][] = [
    ['support', 'chp_1__art_2', '支持第二条的范围规定。', 'online', '138-0013-8000'],
    ['amend', 'chp_1__art_2', '建议第二条增加城中村。', 'meeting', ''],
    ['oppose', 'chp_1__art_1', '反对第一条的表述。', 'online', '+86 138 0013 8000'],
  ];
  for (const [i, [stance, clause, body, channel, contact]] of entries.entries()) {
    const r = await submitComment(db.db, {
      raw: { stance, body, clause, contact, idempotencyKey: `report-test-key-${i}` },
      version: { id: v!.id },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: 'a0',
      commentsPerHour: 10,
      channel,
    });
    if (!r.ok) throw new Error(r.reason);
  }
  // A comment on article 3 of the draft, which became article 4 of the first reading.
  const [draft] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'draft'));
  const onDraft = await submitComment(db.db, {
    raw: {
      stance: 'amend',
      body: '第三条施行日期宜推迟。',
      clause: 'chp_2__art_3',
      idempotencyKey: 'report-test-key-draft',
    },
    version: { id: draft!.id },
    consultations,
    now: new Date('2026-03-15T00:00:00Z'),
    addressHash: 'a9',
    commentsPerHour: 10,
  });
  if (!onDraft.ok) throw new Error(onDraft.reason);
  // On the 2027 plan: a comment on its item "sample", and a proposal of a new project.
  const [planConsultation] = consultations.filter((c) => c.planId !== null);
  for (const [i, raw] of [
    { stance: 'support', body: '支持列入示范条例。', clause: 'item_sample' },
    {
      stance: 'amend',
      body: '【立法项目建议】\n项目名称：养老助餐条例\n要解决的问题：老年食堂少\n希望规范的事项：助餐补贴',
      clause: '',
    },
  ].entries()) {
    const r = await submitComment(db.db, {
      raw: { ...raw, idempotencyKey: `report-test-plan-${i}` },
      version: null,
      consultations: [{ ...planConsultation!, versionId: null }],
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: 'p0',
      commentsPerHour: 10,
      references: ['item_sample'],
    });
    if (!r.ok) throw new Error(r.reason);
  }
  const created = await createStaffUser(db.db, {
    username: 'adv',
    displayName: '顾问',
    password: 'advisor-password',
    roles: ['advisor'],
  });
  if (!created.ok) throw new Error('user');
  const [amend] = await db.db
    .select()
    .from(schema.comments)
    .where(eq(schema.comments.stance, 'amend'));
  await recordDisposition(
    db.db,
    { id: created.id, username: 'adv', displayName: '顾问', roles: ['advisor'] },
    [amend!.id],
    { disposition: 'adopted', reason: '已增加', reply: '谢谢' },
    new Date(),
  );
});
afterAll(async () => {
  await db?.cleanup();
});

describe('the feedback report', () => {
  it('counts comments, people by contact else receipt (never by address), stances and channels, and goes article by article', async () => {
    const r = await feedbackReport(db.db, 'sample', 'first-reading');
    expect(r!.totals).toEqual({ comments: 3, people: 2, proposals: 0 });
    expect(r!.byStance).toEqual({ support: 1, amend: 1, oppose: 1 });
    expect(r!.byChannel).toEqual({ online: 2, meeting: 1 });
    expect(r!.clauses.map((c) => [c.label, c.count])).toEqual([
      ['第一条', 1],
      ['第二条', 2],
    ]);
    const art2 = r!.clauses.find((c) => c.label === '第二条')!;
    expect(art2.dispositions).toEqual({ adopted: 1 });
    expect(art2.main.map((m) => m.reason)).toEqual(['已增加']);
    expect(await feedbackReport(db.db, 'sample', 'nope')).toBeNull();
  });

  it('reports a plan consultation by item, with proposals counted apart from the stances', async () => {
    const r = (await feedbackReport(db.db, 'plan-2027', 'plan'))!;
    expect(r.owner).toBe('plan');
    expect(r.totals).toEqual({ comments: 2, people: 2, proposals: 1 });
    expect(r.byStance).toEqual({ support: 1 });
    expect(r.clauses.map((c) => [c.eId, c.label, c.count])).toEqual([
      ['item_sample', '临江市示范条例', 1],
      [null, null, 1],
    ]);
  });

  it('gives beside each commented article the article it became in the next reading', async () => {
    const r = (await feedbackReport(db.db, 'sample', 'draft'))!;
    expect(r.nextVersion?.label).toBe('一审稿');
    expect(r.clauses.map((c) => [c.label, c.next])).toEqual([['第三条', ['第四条']]]);
    // The first reading is the last version: no next reading to map to.
    expect((await feedbackReport(db.db, 'sample', 'first-reading'))!.nextVersion).toBeNull();
  });
});
