import { describe, expect, it } from 'vitest';
import {
  clausePlainText,
  clauseTextOf,
  piecesByEId,
  suggestionRedline,
} from '../../../src/lib/comments/suggestion.ts';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { readCorpus } from '../../helpers/corpus.ts';

const rows = [
  { eId: 'art_1', label: '第一条', text: '' },
  { eId: 'art_1__para_1', label: '', text: '业主应当按时交纳物业费。' },
  { eId: 'art_10', label: '第十条', text: '另一条。' },
];

describe('suggested wording against the clause', () => {
  it('takes the clause and only its own descendants', () => {
    expect(clauseTextOf(rows, 'art_1')).toBe('业主应当按时交纳物业费。');
  });
  it('marks what the suggestion deletes and inserts, escaping the text', () => {
    const html = suggestionRedline('业主应当按时交纳物业费。', '业主应当按月交纳物业费<b>。', 'zh');
    expect(html).toContain('<del>');
    expect(html).toContain('<ins>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});

describe('the plain text that quotes are anchored in', () => {
  const article = [
    { eId: 'art_3', label: '第三条', text: '' },
    { eId: 'art_3__para_1', label: '', text: '示范活动应当遵循以下原则：' },
    { eId: 'art_3__para_1__point_1', label: '（一）', text: '公开透明；' },
    { eId: 'art_3__para_1__point_2', label: '（二）', text: '公众参与。' },
    { eId: 'art_30', label: '第三十条', text: '别的条文。' },
  ];

  it('puts each clause on its own line with its label, the article label left out', () => {
    expect(clauseTextOf(article, 'art_3')).toBe(
      '示范活动应当遵循以下原则：\n（一）公开透明；\n（二）公众参与。',
    );
  });

  it('gives each clause text its offset, and the text before it, so the page can rebuild the plain text', () => {
    const { text, segments } = clausePlainText(article, 'art_3');
    expect(segments.map((s) => s.eId)).toEqual([
      'art_3__para_1',
      'art_3__para_1__point_1',
      'art_3__para_1__point_2',
    ]);
    for (const s of segments)
      expect(text.slice(s.at)).toMatch(
        new RegExp(`^${article.find((r) => r.eId === s.eId)!.text}`),
      );
    const rows = new Map(article.map((r) => [r.eId, r.text]));
    expect(segments.map((s) => s.pre + rows.get(s.eId)).join('')).toBe(text);
    expect(segments[1]!.pre).toBe('\n（一）');
  });

  it("keeps an article's own text first, then its paragraphs", () => {
    const rows = [
      { eId: 'sec_2', label: 'SEC. 2.', text: 'Definitions.' },
      { eId: 'sec_2__para_a', label: '(a)', text: 'Data means records.' },
    ];
    const { text, segments } = clausePlainText(rows, 'sec_2');
    expect(text).toBe('Definitions.\n(a)Data means records.');
    expect(segments.map((s) => [s.at, s.pre])).toEqual([
      [0, ''],
      [16, '\n(a)'],
    ]);
  });
});

describe("a version's clause rows by eId", () => {
  it('lists each row under its own eId and every ancestor, in document order', () => {
    const article = [
      { eId: 'chp_1', label: '第一章', text: '' },
      { eId: 'chp_1__art_3', label: '第三条', text: '' },
      { eId: 'chp_1__art_3__para_1', label: '', text: '原则：' },
      { eId: 'chp_1__art_30', label: '第三十条', text: '别的条文。' },
    ];
    const pieces = piecesByEId(article);
    expect(pieces.get('chp_1__art_3')!.map((r) => r.eId)).toEqual([
      'chp_1__art_3',
      'chp_1__art_3__para_1',
    ]);
    expect(pieces.get('chp_1')!.map((r) => r.eId)).toEqual(article.map((r) => r.eId));
    expect(pieces.get('chp_1__art_30')!.map((r) => r.eId)).toEqual(['chp_1__art_30']);
  });

  it('gives every clause of real laws and bills the same text as filtering the whole version', () => {
    for (const name of [
      'lifa-fa--2023.md',
      'beijing-zhiding-difangxing-fagui-tiaoli--2023.md',
      'us-hr2157-116--enr.md',
    ]) {
      const parsed = parseDraft(readCorpus(name), { file: name });
      if (!parsed.ok) throw new Error(`${name} does not parse`);
      const rows = flatten(parsed.document.nodes).map((n) => ({
        eId: n.eId,
        label: n.label,
        text: n.text,
      }));
      const pieces = piecesByEId(rows);
      expect(rows.length, name).toBeGreaterThan(50);
      for (const { eId } of rows)
        expect(clauseTextOf(pieces.get(eId) ?? [], eId), `${name} ${eId}`).toBe(
          clauseTextOf(rows, eId),
        );
    }
  });
});
