/**
 * A consultation's record kept as a file (feedback/<consultation>.yaml): checked against the
 * window and the version, loaded once with its counts and report, never rewritten from the file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { feedbackNote, loadContent, syncContent } from '../../../src/lib/content/index.ts';
import { readFeedback } from '../../../src/lib/content/feedback.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import { feedbackReport } from '../../../src/lib/report/index.ts';
import { keptCountMismatches } from '../../../src/lib/seed/index.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';

const fixture = path.resolve(import.meta.dirname, '../../fixtures/content/basic');

const RECORD = `comments:
  - date: 2026-03-02T20:15:00+08:00
    article: 第一条
    stance: amend
    name: 陈女士
    district: 江北区
    body: 建议在立法目的中写明“促进”示范活动。联系电话13912345678。
    wording: 为了规范和促进示范活动，制定本条例。
    disposition: adopted
    reason: 已在一审稿第一条采纳。
    reply: 感谢您的意见，一审稿第一条已写明“促进”。
  - date: 2026-03-20T10:00:00+08:00
    stance: question
    channel: meeting
    place: 江北区滨江街道基层立法联系点
    participants: 12
    category: organisation
    body: 座谈会上，多名居民问条例何时施行。
    disposition: not-adopted
    reason: 施行日期由常委会表决时确定。
  - date: 2026-03-31T23:00:00+08:00
    article: 第三条
    stance: support
    body: 支持。
report:
  published: 2026-04-20T10:00:00+08:00
  intro: |-
    征求意见期间，本平台共收到意见3条。
    现将采纳情况说明如下。
  sections:
    - article: 第一条
      text: 有意见建议写明“促进”，已采纳。
    - text: 对草案整体的意见已转起草单位研究。
  closing: 感谢社会各界的关心和支持。
`;

function withRecord(record: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-feedback-'));
  fs.cpSync(fixture, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'regulations/sample/feedback'));
  fs.writeFileSync(path.join(dir, 'regulations/sample/feedback/draft.yaml'), record);
  return dir;
}

const draftSource = fs.readFileSync(path.join(fixture, 'regulations/sample/versions/01-draft.md'), 'utf8');
const parsed = parseDraft(draftSource, { file: null, language: 'zh' });
if (!parsed.ok) throw new Error('fixture draft does not parse');
const target = {
  consultation: 'draft',
  opensAt: new Date('2026-03-01T09:00:00+08:00'),
  closesAt: new Date('2026-04-01T18:00:00+08:00'),
  document: parsed.document,
  wholeDraftLabel: '草案整体',
};

describe('reading a feedback file', () => {
  it('names each article by its eId in the consultation’s version, and the whole draft by none', () => {
    const read = readFeedback(
      { comments: [{ date: '2026-03-02T20:15:00+08:00', article: '第三条', stance: 'support', body: '支持。' }, { date: '2026-03-03T08:00:00+08:00', stance: 'oppose', body: '反对。' }] },
      'f.yaml',
      target,
    );
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.value.comments.map((c) => [c.n, c.eId, c.label, c.channel, c.category])).toEqual([
      [1, 'chp_2__art_3', '第三条', 'online', 'individual'],
      [2, null, null, 'online', 'individual'],
    ]);
  });

  it('refuses, in Chinese then English, what the site could not show truthfully', () => {
    const read = readFeedback(
      {
        comments: [
          { date: '2026-04-02T09:00:00+08:00', article: '第三条', stance: 'support', body: '窗口关闭后。' },
          { date: '2026-03-02T09:00:00+08:00', article: '第九十九条', stance: 'support', body: '没有这一条。' },
          { date: '2026-03-02T09:00:00+08:00', stance: 'agree', body: '立场无效。' },
          { date: '2026-03-02T09:00:00+08:00', stance: 'amend', body: '有处理无理由。', disposition: 'adopted' },
          { date: '2026-03-02T09:00:00+08:00', stance: 'amend', body: '座谈会无地点。', channel: 'meeting' },
          { date: '2026-03-02 09:00', stance: 'amend', body: '时间无时区。' },
          { date: '2026-03-02T09:00:00+08:00', stance: 'amend' },
        ],
        report: { published: '2026-03-20T10:00:00+08:00', intro: '早于截止。' },
      },
      'regulations/sample/feedback/draft.yaml',
      target,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const messages = read.problems.map((p) => p.message);
    expect(read.problems.every((p) => p.file === 'regulations/sample/feedback/draft.yaml')).toBe(true);
    expect(messages).toEqual([
      expect.stringMatching(/^comments\[0\] 的时间不在征求意见期内。.*outside the consultation's window/),
      expect.stringMatching(/^comments\[1\]「article」"第九十九条" 不是.*not an article/),
      expect.stringMatching(/^comments\[2\]「stance」的值 "agree" 无效.*must be one of support, oppose, amend, question/),
      expect.stringMatching(/^comments\[3\]缺少「reason」/),
      expect.stringMatching(/^comments\[4\]缺少「place」/),
      expect.stringMatching(/^comments\[5\]「date」应为带时区的时间/),
      expect.stringMatching(/^comments\[6\]缺少「body」/),
      expect.stringMatching(/^report 的发布时间早于征求意见截止时间。/),
    ]);
  });

  it('refuses a file named after no consultation of the regulation, saying which', () => {
    const dir = withRecord(RECORD);
    fs.renameSync(path.join(dir, 'regulations/sample/feedback/draft.yaml'), path.join(dir, 'regulations/sample/feedback/second-reading.yaml'));
    const result = loadContent(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('\n')).toContain('There is no consultation "second-reading"');
  });
});

describe('loading a feedback file', () => {
  let db: TestDb;
  let dir: string;
  beforeAll(async () => {
    db = await freshDatabase();
    dir = withRecord(RECORD);
  });
  afterAll(async () => {
    await db?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const load = () => {
    const result = loadContent(dir);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.content;
  };

  it('stores its comments published and answered, with the counts and the report the public reads', async () => {
    const report = await syncContent(db.db, load());
    expect(report.feedbackComments).toBe(3);
    expect(feedbackNote(report)).toContain('载入 3 条意见');
    const [consultation] = await db.db.select().from(schema.consultations).where(eq(schema.consultations.slug, 'draft'));
    expect(consultation).toMatchObject({ commentCount: 3, participantCount: 3, supportCount: 1, amendCount: 1, questionCount: 1 });
    const stored = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, consultation!.id))
      .orderBy(schema.comments.createdAt);
    expect(stored.map((c) => [c.idempotencyKey, c.status, c.consentPublish, c.clauseEId, c.disposition])).toEqual([
      ['content:sample/draft/1', 'published', true, 'chp_1__art_1', 'adopted'],
      ['content:sample/draft/2', 'published', true, null, 'not-adopted'],
      ['content:sample/draft/3', 'published', true, 'chp_2__art_3', null],
    ]);
    // The public text masks the telephone number the commenter wrote; the file keeps none of it public.
    expect(stored[0]!.publicBody).not.toContain('13912345678');
    expect(stored[0]!.reply).toBe('感谢您的意见，一审稿第一条已写明“促进”。');
    expect(stored[0]!.repliedAt?.toISOString()).toBe(new Date('2026-04-20T10:00:00+08:00').toISOString());
    expect(stored[1]!.source).toEqual({ date: '2026-03-20', place: '江北区滨江街道基层立法联系点', participants: 12 });
    expect(stored[2]!.repliedAt).toBeNull();
    const [article1] = await db.db
      .select({ n: schema.clauses.commentCount })
      .from(schema.clauses)
      .where(and(eq(schema.clauses.versionId, consultation!.versionId!), eq(schema.clauses.eId, 'chp_1__art_1')));
    expect(article1!.n).toBe(1);
    const [published] = await db.db.select().from(schema.feedbackReports).where(eq(schema.feedbackReports.consultationId, consultation!.id));
    expect(published).toMatchObject({ revision: 1, publishedAt: new Date('2026-04-20T10:00:00+08:00') });
    expect(published!.content.sections).toEqual([
      { eId: 'chp_1__art_1', label: '第一条', text: '有意见建议写明“促进”，已采纳。' },
      { eId: '', label: '草案整体', text: '对草案整体的意见已转起草单位研究。' },
    ]);
    const computed = await feedbackReport(db.db, 'sample', 'draft');
    expect(computed?.totals).toMatchObject({ comments: 3, people: 3 });
    // Every kept count (tallies, what waits for staff, dispositions) agrees with the rows.
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('loads nothing again on the next sync, even from an edited file: comments once received are records', async () => {
    fs.writeFileSync(
      path.join(dir, 'regulations/sample/feedback/draft.yaml'),
      RECORD.replace('body: 支持。', 'body: 改写后的意见。').replace('本平台共收到意见3条', '改写'),
    );
    const report = await syncContent(db.db, load());
    expect(report.feedbackComments).toBe(0);
    expect(feedbackNote(report)).toBe('');
    const stored = await db.db.select().from(schema.comments).where(like(schema.comments.idempotencyKey, 'content:%'));
    expect(stored).toHaveLength(3);
    expect(stored.map((c) => c.body)).toContain('支持。');
    const reports = await db.db.select().from(schema.feedbackReports);
    expect(reports).toHaveLength(1);
    expect(reports[0]!.content.intro).toContain('本平台共收到意见3条');
  });
});

describe('the shipped sample’s records', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('load with every kept count agreeing with the comments, each ended reading with its report', async () => {
    const result = loadContent(path.resolve(import.meta.dirname, '../../../content'));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const report = await syncContent(db.db, result.content, { now: new Date('2026-12-04T12:00:00+08:00'), timeZone: 'Asia/Shanghai' });
    const files = result.content.regulations.flatMap((r) => r.feedback);
    expect(report.feedbackComments).toBe(files.reduce((n, f) => n + f.comments.length, 0));
    expect(await keptCountMismatches(db.db)).toEqual([]);
    const reports = await db.db.select().from(schema.feedbackReports);
    expect(reports.length).toBe(files.filter((f) => f.report).length);
  });
});
