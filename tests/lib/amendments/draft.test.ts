import { describe, expect, it } from 'vitest';
import { bodyOf, draftFromDecisions } from '../../../src/lib/amendments/index.ts';
import { clauseTextOf } from '../../../src/lib/comments/suggestion.ts';

const SOURCE =
  '---\nslug: draft\nlabel: "征求意见稿"\nstage: drafting\ndate: 2026-01-01\n---\n# 条例\n\n第一条 为了规范示范活动，制定本条例。\n\n第二条 示范活动应当遵循以下原则：\n\n（一）公开透明；\n\n（二）公众参与。\n\n第三条 为了规范示范活动，另行规定。\n';
const ROWS = [
  { eId: 'art_1', label: '第一条', text: '' },
  { eId: 'art_1__para_1', label: '', text: '为了规范示范活动，制定本条例。' },
  { eId: 'art_2', label: '第二条', text: '' },
  { eId: 'art_2__para_1', label: '', text: '示范活动应当遵循以下原则：' },
  { eId: 'art_2__para_1__point_1', label: '（一）', text: '公开透明；' },
  { eId: 'art_2__para_1__point_2', label: '（二）', text: '公众参与。' },
  { eId: 'art_3', label: '第三条', text: '' },
  { eId: 'art_3__para_1', label: '', text: '为了规范示范活动，另行规定。' },
];
const edit = (id: number, eId: string, original: string, replacement: string, occurrence = 0) => {
  const text = clauseTextOf(ROWS, eId);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(original, start + 1);
  return { id, start, end: start + original.length, original, replacement };
};

describe('draftFromDecisions', () => {
  it('strips the front matter: the publish form writes it again', () => {
    expect(bodyOf(SOURCE).startsWith('# 条例')).toBe(true);
  });

  it('writes accepted edits into the article they belong to, not into an equal text elsewhere', () => {
    const draft = draftFromDecisions(
      SOURCE,
      ROWS,
      new Map([['art_3', [edit(1, 'art_3', '规范', '促进')]]]),
    );
    expect(draft.problems).toEqual([]);
    expect(draft.changed).toEqual(['art_3']);
    expect(draft.markdown).toContain('第一条 为了规范示范活动，制定本条例。');
    expect(draft.markdown).toContain('第三条 为了促进示范活动，另行规定。');
  });

  it('edits items by the offsets of the article text, labels included', () => {
    const draft = draftFromDecisions(
      SOURCE,
      ROWS,
      new Map([
        [
          'art_2',
          [edit(1, 'art_2', '公众参与', '公众广泛参与'), edit(2, 'art_2', '公开', '依法公开')],
        ],
      ]),
    );
    expect(draft.markdown).toContain('（一）依法公开透明；\n\n（二）公众广泛参与。');
    expect(draft.changed).toEqual(['art_2']);
  });

  it('places an edit across two items when the source holds its quoted words between its ends (#19)', () => {
    const text = clauseTextOf(ROWS, 'art_2');
    const start = text.indexOf('透明；');
    const end = text.indexOf('公众') + 2;
    const draft = draftFromDecisions(
      SOURCE,
      ROWS,
      new Map([
        [
          'art_2',
          [{ id: 7, start, end, original: text.slice(start, end), replacement: '透明、公众' }],
        ],
      ]),
    );
    expect(draft.problems).toEqual([]);
    expect(draft.changed).toEqual(['art_2']);
    expect(draft.markdown).toContain(
      '第二条 示范活动应当遵循以下原则：\n\n（一）公开透明、公众参与。\n\n第三条',
    );
  });

  it('places an edit across three clause texts beside an edit inside one, and turns a line break of its wording into a paragraph', () => {
    const text = clauseTextOf(ROWS, 'art_2');
    const start = text.indexOf('以下原则');
    const end = text.indexOf('公众参与');
    const across = {
      id: 8,
      start,
      end,
      original: text.slice(start, end),
      replacement: '下列原则：\n（一）公开；\n（二）',
    };
    const draft = draftFromDecisions(
      SOURCE,
      ROWS,
      new Map([['art_2', [across, edit(9, 'art_2', '参与', '广泛参与')]]]),
    );
    expect(draft.problems).toEqual([]);
    expect(draft.markdown).toContain(
      '第二条 示范活动应当遵循下列原则：\n\n（一）公开；\n\n（二）公众广泛参与。\n\n第三条 为了规范示范活动，另行规定。',
    );
  });

  it('reports an edit across items where the source writes the words between otherwise, and one that starts inside a label', () => {
    // A note between the items: the quoted span does not stand in the source as quoted.
    const marked = SOURCE.replace('（一）公开透明；\n\n', '（一）公开透明；\n\n<!-- 待定 -->\n\n');
    const text = clauseTextOf(ROWS, 'art_2');
    const start = text.indexOf('透明；');
    const end = text.indexOf('公众') + 2;
    const across = {
      id: 7,
      start,
      end,
      original: text.slice(start, end),
      replacement: '透明、公众',
    };
    const draft = draftFromDecisions(marked, ROWS, new Map([['art_2', [across]]]));
    expect(draft.problems).toEqual([{ eId: 'art_2', code: 'crosses-clauses', amendmentIds: [7] }]);
    expect(draft.markdown).toBe(bodyOf(marked));
    const inLabel = text.indexOf('（二）') + 1;
    const labelEdit = {
      id: 10,
      start: inLabel,
      end: inLabel + 1,
      original: '二',
      replacement: '三',
    };
    expect(draftFromDecisions(SOURCE, ROWS, new Map([['art_2', [labelEdit]]])).problems).toEqual([
      { eId: 'art_2', code: 'crosses-clauses', amendmentIds: [10] },
    ]);
  });

  it('reports collisions that were not resolved', () => {
    const draft = draftFromDecisions(
      SOURCE,
      ROWS,
      new Map([['art_1', [edit(1, 'art_1', '规范示范', 'x'), edit(2, 'art_1', '示范活动', 'y')]]]),
    );
    expect(draft.problems).toEqual([{ eId: 'art_1', code: 'collision', amendmentIds: [1, 2] }]);
    expect(draft.changed).toEqual([]);
  });
});
