import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  feedbackReport,
  firstDraft,
  publishReport,
  readContent,
  reportRevisions,
  saveReportDraft,
} from '../../../src/lib/report/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
const actor = { id: 0, username: 'committee-test', displayName: '委员会', roles: ['committee'] };
const now = new Date('2026-12-02T04:00:00Z');

beforeAll(async () => {
  db = await seededDatabase();
  const [user] = await db.db
    .insert(schema.staffUsers)
    .values({
      username: 'committee-test',
      displayName: '委员会',
      passwordHash: 'x',
      roles: ['committee'],
    })
    .returning();
  actor.id = user!.id;
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  consultationId = consultations.find((c) => c.slug === 'first-reading')!.id;
  const r = await submitComment(db.db, {
    raw: {
      stance: 'amend',
      body: '我是张三，电话 13800138000，建议第二条增加城中村。',
      clause: 'chp_1__art_2',
      idempotencyKey: 'report-revision-key-1',
    },
    version: { id: v!.id },
    consultations,
    now,
    addressHash: 'r1',
    commentsPerHour: 10,
  });
  if (!r.ok) throw new Error(r.reason);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('the edited feedback report', () => {
  it('starts from the computed report without any commenter’s words', async () => {
    const computed = (await feedbackReport(db.db, 'sample', 'first-reading'))!;
    const draft = firstDraft(computed);
    expect(draft.intro).toContain('共收到意见 1 条');
    expect(draft.sections).toEqual([
      { eId: 'chp_1__art_2', label: '第二条', text: '共 1 条意见。尚待处理。' },
    ]);
    expect(JSON.stringify(draft)).not.toContain('张三');
  });

  it('saves drafts into one revision, publishes the committee’s text as written, and starts a new revision for later edits', async () => {
    const sections = [{ eId: 'chp_1__art_2', label: '第二条' }];
    const form = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const first = readContent(
      form({
        intro: '共收到意见 1 条。',
        'section:chp_1__art_2': '有意见建议增加城中村。如有疑问请致电法工委 0571-87001234。',
        closing: '',
      }),
      sections,
    );
    if (!first.ok) throw new Error('content');
    expect(await saveReportDraft(db.db, consultationId, first.content, actor, now)).toBe(1);
    expect(
      await saveReportDraft(
        db.db,
        consultationId,
        { ...first.content, closing: '谢谢。' },
        actor,
        now,
      ),
    ).toBe(1);
    expect((await reportRevisions(db.db, consultationId)).published).toBeNull();

    expect(await publishReport(db.db, consultationId, actor, now)).toBe(1);
    const { published } = await reportRevisions(db.db, consultationId);
    expect(published!.content.closing).toBe('谢谢。');
    // The committee's own contact line is not masked (masking is for citizens' text, masked where stored).
    expect(published!.content.sections[0]!.text).toContain('0571-87001234');
    expect(await publishReport(db.db, consultationId, actor, now)).toBeNull();

    expect(
      await saveReportDraft(
        db.db,
        consultationId,
        { ...first.content, intro: '修订后的说明。' },
        actor,
        now,
      ),
    ).toBe(2);
    const after = await reportRevisions(db.db, consultationId);
    expect([after.latest!.revision, after.latest!.publishedAt, after.published!.revision]).toEqual([
      2,
      null,
      1,
    ]);
    expect(after.published!.content.intro).toBe('共收到意见 1 条。');
    const audit = await db.db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents);
    expect(audit.map((a) => a.action)).toEqual([
      'report.save-draft',
      'report.save-draft',
      'report.publish',
      'report.save-draft',
    ]);
  });

  it('refuses an empty introduction or an overlong part', () => {
    expect(readContent(() => '', []).ok).toBe(false);
    expect(readContent((n) => (n === 'intro' ? '好'.repeat(20001) : ''), []).ok).toBe(false);
  });
});
