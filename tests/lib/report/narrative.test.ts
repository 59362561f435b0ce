/** The feedback report's first draft: written in its regulation's language, in the same parts. */
import { describe, expect, it } from 'vitest';
import { firstDraft, nextPlace } from '../../../src/lib/report/narrative.ts';

const computed = (language: string) => ({
  regulation: { title: 'T', language },
  consultation: {
    title:
      language === 'en' ? 'Public consultation on the Consultation Draft' : '一审稿公开征求意见',
  },
  totals: { comments: 46, people: 1 },
  clauses: [
    {
      eId: 'sec_8',
      label: language === 'en' ? 'SEC. 8.' : '第八条',
      count: 3,
      dispositions: { adopted: 2, 'not-adopted': 1 },
      main: [{ reason: 'Reason one.' }, { reason: null }],
      next: [language === 'en' ? 'SEC. 9.' : '第九条'],
    },
    { eId: null, label: null, count: 1, dispositions: {}, main: [] },
  ],
  nextVersion: { label: language === 'en' ? 'Second Reading Draft' : '二审稿' },
});

describe('firstDraft', () => {
  it('drafts an English regulation’s report in English, with no Chinese around its English titles', () => {
    const draft = firstDraft(computed('en'));
    expect(draft.intro).toBe(
      'Public consultation on the Consultation Draft: 46 comments were received, from 1 person (counted by their contact details where they gave them, each receipt as one person where they did not). What was done with them is set out below.',
    );
    expect(draft.sections).toEqual([
      {
        eId: 'sec_8',
        label: 'SEC. 8. (Second Reading Draft SEC. 9.)',
        text: '3 comments in all. Of these: Adopted 2, Not adopted 1.\nReasons:\n1. Reason one.',
      },
      { eId: '', label: 'Whole draft', text: '1 comment in all. Not yet decided.' },
    ]);
    expect(draft.closing).toBe('We thank everyone who took the time to comment on this draft.');
    expect(JSON.stringify(draft)).not.toMatch(/\p{Script=Han}/u);
  });

  it('drafts a Chinese regulation’s report in Chinese, as before', () => {
    const draft = firstDraft(computed('zh'));
    expect(draft.intro).toBe(
      '一审稿公开征求意见期间，共收到意见 46 条，来自 1 人（留有联系方式的按联系方式计，未留的每份回执计一人）。现将意见采纳情况说明如下。',
    );
    expect(draft.sections).toEqual([
      {
        eId: 'sec_8',
        label: '第八条（二审稿第九条）',
        text: '共 3 条意见。其中采纳 2 条，未采纳 1 条。\n处理理由：\n1. Reason one.',
      },
      { eId: '', label: '草案整体', text: '共 1 条意见。尚待处理。' },
    ]);
    expect(draft.closing).toBe('感谢社会各界对本法规草案的关心和支持。');
  });
});

describe('nextPlace', () => {
  it('names where the article went, or that it was deleted, in the report’s language', () => {
    expect(nextPlace('二审稿', ['第十三条', '第十四条'])).toBe('二审稿第十三条、第十四条');
    expect(nextPlace('二审稿', [])).toBe('二审稿已删除');
    expect(nextPlace('Second Reading Draft', ['SEC. 13.'], 'en')).toBe(
      'Second Reading Draft SEC. 13.',
    );
    expect(nextPlace('Second Reading Draft', [], 'en')).toBe('deleted in the Second Reading Draft');
  });
});
