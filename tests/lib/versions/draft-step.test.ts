/**
 * One post of the staff's version form (src/lib/versions/draft-step.ts): uploads over their
 * cap or of a refused kind store nothing and say why; a check shows the comparison with the
 * latest version; publishing a text with parser warnings needs the box ticked, and without it
 * the check is shown again with its comparison and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  draftStep,
  findPublishTarget,
  MAX_TEXT_UPLOAD,
  publishedLocation,
  publishedVersion,
  type DraftPost,
} from '../../../src/lib/versions/index.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';

const SECOND = `# 临江市示范条例（草案）

## 第一章 总则

第一条 为了规范和促进示范活动，制定本条例。

第二条 本条例适用于本市行政区域内的示范活动，包括城中村。

第三条 示范活动应当遵循以下原则：

（一）公开透明；

（二）公众参与。

## 第二章 附则

第四条 本条例自2027年7月1日起施行。
`;
/** Article 4 numbered 5: the parser warns of a gap and keeps the text. */
const WITH_GAP = SECOND.replace('第四条', '第五条');

const post = (over: Partial<DraftPost> = {}): DraftPost => ({
  slug: 'second-reading',
  label: '二审稿',
  stage: 'review',
  date: '2026-12-01',
  markdown: SECOND,
  explanation: '根据一审意见修改。',
  action: 'check',
  acknowledge: '',
  file: null,
  ...over,
});
const actor = { id: 0, username: 'committee-step', displayName: '委员会', roles: ['committee'] };

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, actor);
});
afterAll(async () => {
  await db?.cleanup();
});

const target = async () => (await findPublishTarget(db.db, 'sample'))!;
const versionCount = async () => (await target()).versions.length;

describe('a post of the version form', () => {
  it('refuses a text file over its cap without reading it into the form, storing nothing', async () => {
    const before = await versionCount();
    const big = new File([new Uint8Array(MAX_TEXT_UPLOAD + 1).fill(0x41)], 'draft.md');
    const step = await draftStep(
      db.db,
      await target(),
      post({ file: big, action: 'publish' }),
      actor,
    );
    expect(step.tooLarge).toBe(true);
    expect(step.outcome).toBeNull();
    expect(step.input.markdown).toBe(SECOND);
    expect(await versionCount()).toBe(before);
  });

  it('refuses a PDF with the message that names what it takes', async () => {
    const pdf = new File([new TextEncoder().encode('%PDF-1.7\n')], 'draft.pdf');
    const step = await draftStep(db.db, await target(), post({ file: pdf }), actor);
    expect(step.outcome?.ok).toBe(false);
    expect(!step.outcome?.ok && step.outcome?.problems[0]!.message.key).toBe(
      'word.refused.not-docx',
    );
    expect(step.view).toBeNull();
  });

  it('reads an uploaded Markdown file into the form and compares it with the latest version', async () => {
    const file = new File([new TextEncoder().encode(SECOND)], 'second.md');
    const step = await draftStep(db.db, await target(), post({ markdown: '', file }), actor);
    expect(step.input.markdown).toBe(SECOND);
    expect(step.outcome?.ok).toBe(true);
    expect(step.previousLabel).not.toBeNull();
    expect(step.view?.rows.some((r) => r.newLabels.includes('第二条'))).toBe(true);
    expect(step.published).toBeNull();
  });

  it('publishes a text with warnings only once they are acknowledged, showing the comparison until then', async () => {
    const before = await versionCount();
    const unread = await draftStep(
      db.db,
      await target(),
      post({ markdown: WITH_GAP, action: 'publish' }),
      actor,
    );
    expect(unread.outcome?.ok && unread.outcome.version.warnings.length).toBeGreaterThan(0);
    expect(unread.mustAcknowledge).toBe(true);
    expect(unread.view).not.toBeNull();
    expect(unread.published).toBeNull();
    expect(await versionCount()).toBe(before);

    const read = await draftStep(
      db.db,
      await target(),
      post({ markdown: WITH_GAP, action: 'publish', acknowledge: 'yes' }),
      actor,
    );
    expect(read.published).toEqual({ slug: 'second-reading', label: '二审稿' });
    expect(await versionCount()).toBe(before + 1);

    // The page answers with a redirect to a page naming the version, so a reload reads it
    // instead of posting the text again (which was refused as a taken slug, "not published").
    const location = publishedLocation('sample', read.published!.slug);
    expect(location).toBe('/staff/versions/sample?published=second-reading');
    const param = new URL(location, 'http://x').searchParams.get('published');
    expect(publishedVersion((await target()).versions, param)?.label).toBe('二审稿');
    expect(publishedVersion((await target()).versions, 'no-such-version')).toBeNull();
  });
});
