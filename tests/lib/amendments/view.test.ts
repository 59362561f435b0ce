/**
 * The clause view a page at a time (issue #19): groups are numbered over the whole clause, a
 * group split by the page break keeps its full count, and collisions and the preview cover
 * every amendment, not only the page's.
 */
import { describe, expect, it } from 'vitest';
import { clauseView } from '../../../src/lib/amendments/index.ts';
import type { AmendmentRow } from '../../../src/lib/amendments/repository.ts';

const text = '甲乙丙丁戊己庚辛壬癸';
const row = (id: number, start: number, end: number, status = 'proposed'): AmendmentRow => ({
  id,
  clauseEId: 'art_1',
  start,
  end,
  original: text.slice(start, end),
  replacement: '新',
  decidedReplacement: null,
  origin: 'staff',
  commentId: null,
  status,
  reason: null,
  reply: null,
  seconds: 0,
  name: null,
  body: null,
  receiptCode: null,
});
// Group 1: ids 1-3 on 甲乙; group 2: ids 4-5 on 丁; group 3: id 6 on 庚 (accepted, with id 7).
const rows = [
  row(1, 0, 2),
  row(2, 0, 1),
  row(3, 1, 2),
  row(4, 3, 4),
  row(5, 3, 4),
  row(6, 6, 7, 'accepted'),
  row(7, 6, 7, 'accepted'),
];
const ids = (v: ReturnType<typeof clauseView>) =>
  v.groups.map((g) => ({ n: g.n, count: g.count, ids: g.rows.map((r) => r.id) }));

describe('clauseView, a page at a time', () => {
  it('splits the amendments in group order and numbers groups over the whole clause', () => {
    expect(ids(clauseView(text, rows, 'zh', 1, 4))).toEqual([
      { n: 1, count: 3, ids: [2, 1, 3] },
      { n: 2, count: 2, ids: [4] },
    ]);
    const second = clauseView(text, rows, 'zh', 2, 4);
    expect(ids(second)).toEqual([
      { n: 2, count: 2, ids: [5] },
      { n: 3, count: 2, ids: [6, 7] },
    ]);
    expect([second.page, second.pages, second.total]).toEqual([2, 2, 7]);
  });

  it('finds collisions among all accepted amendments, whatever the page', () => {
    const first = clauseView(text, rows, 'zh', 1, 4);
    expect(first.groups.flatMap((g) => g.rows).some((r) => r.status === 'accepted')).toBe(false);
    expect(first.collisions).toEqual([[6, 7]]);
  });

  it('gives a redline to the rows shown', () => {
    const [group] = clauseView(text, rows, 'zh', 1, 4).groups;
    expect(group!.rows[0]!.redline).toContain('<del>甲</del>');
  });

  it('clamps a page past the end to the last, and a nonsense page to the first', () => {
    expect(clauseView(text, rows, 'zh', 9, 4).page).toBe(2);
    expect(clauseView(text, rows, 'zh', Number.NaN, 4).page).toBe(1);
    expect(clauseView(text, [], 'zh', 3).pages).toBe(1);
  });
});
