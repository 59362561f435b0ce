import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  collisions,
  groupTouching,
  minimalEdit,
  spanRedline,
  suggestionEdit,
  touches,
} from '../../../src/lib/amendments/index.ts';

const e = (id: number, start: number, end: number, original = '', replacement = '') => ({
  id,
  start,
  end,
  original,
  replacement,
});

describe('touches', () => {
  it('counts shared characters, not spans that only meet', () => {
    expect(touches(e(1, 0, 4), e(2, 3, 6))).toBe(true);
    expect(touches(e(1, 0, 2), e(2, 2, 4))).toBe(false);
  });
  it('counts two insertions at one point, and an insertion inside a span, but not at its edge', () => {
    expect(touches(e(1, 3, 3), e(2, 3, 3))).toBe(true);
    expect(touches(e(1, 2, 2), e(2, 0, 4))).toBe(true);
    expect(touches(e(1, 4, 4), e(2, 0, 4))).toBe(false);
  });
});

describe('groupTouching', () => {
  it('groups chains of touching edits and keeps the rest apart, in text order', () => {
    const groups = groupTouching([e(4, 20, 22), e(1, 0, 4), e(3, 5, 8), e(2, 3, 6)]);
    expect(groups.map((g) => g.map((x) => x.id))).toEqual([[1, 2, 3], [4]]);
  });
});

describe('collisions', () => {
  it('gives the connected components of "touches", insertions and spans that meet included', () => {
    // The sweep keeps only the reach of the open group; the definition asks every pair.
    const components = (edits: ReturnType<typeof e>[]) => {
      const group = edits.map((_, i) => i);
      const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
      for (let i = 0; i < edits.length; i++)
        for (let j = i + 1; j < edits.length; j++)
          if (touches(edits[i]!, edits[j]!)) group[find(i)] = find(j);
      const byRoot = new Map<number, number[]>();
      edits.forEach((x, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), x.id]));
      return [...byRoot.values()]
        .map((ids) => ids.sort((a, b) => a - b))
        .sort((a, b) => a[0]! - b[0]!);
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 })), {
          maxLength: 12,
        }),
        (spans) => {
          const edits = spans.map(([start, length], i) => e(i, start, start + length));
          const swept = groupTouching(edits)
            .map((g) => g.map((x) => x.id).sort((a, b) => a - b))
            .sort((a, b) => a[0]! - b[0]!);
          expect(swept).toEqual(components(edits));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lists only the pairs that touch within a group', () => {
    expect(collisions([e(1, 0, 4), e(2, 3, 6), e(3, 5, 8)]).map(([a, b]) => [a.id, b.id])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('applyEdits', () => {
  it('applies disjoint edits whatever their order', () => {
    expect(
      applyEdits('甲乙丙丁', [e(2, 3, 4, '丁', ''), e(1, 1, 2, '乙', '二'), e(3, 0, 0, '', '〇')]),
    ).toEqual({ ok: true, text: '〇甲二丙' });
  });
  it('refuses colliding edits and names them', () => {
    expect(applyEdits('甲乙丙丁', [e(1, 0, 2, '甲乙', 'x'), e(2, 1, 3, '乙丙', 'y')])).toEqual({
      ok: false,
      reason: 'collision',
      pairs: [[1, 2]],
    });
  });
  it('refuses an edit whose original is no longer at its span', () => {
    expect(applyEdits('甲乙丙丁', [e(1, 0, 1, '乙', 'x')])).toEqual({
      ok: false,
      reason: 'stale',
      ids: [1],
    });
  });
});

describe('minimalEdit', () => {
  it('narrows a whole new wording to the words it changes', () => {
    expect(minimalEdit('物业服务人应当公开收费。', '物业服务人应当每月公开收费。')).toEqual({
      start: 7,
      end: 7,
      original: '',
      replacement: '每月',
    });
    expect(minimalEdit('甲乙丙', '甲乙丙')).toBeNull();
  });
  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a😀b', 'a😁b')!;
    expect(edit).toEqual({ start: 1, end: 3, original: '😀', replacement: '😁' });
  });
  it('applying the edit gives the new wording', () => {
    const from = 'the owner shall publish fees monthly.';
    const to = 'the owners shall publish all fees quarterly.';
    const edit = minimalEdit(from, to)!;
    expect(applyEdits(from, [{ id: 1, ...edit }])).toEqual({ ok: true, text: to });
  });
});

describe('suggestionEdit', () => {
  const clause = '业主大会应当每年召开一次会议，由业主委员会负责召集。';
  it("reads a short suggestion with a quote as the quote's new wording", () => {
    expect(suggestionEdit(clause, '每半年', { start: 6, end: 8, text: '每年' })).toEqual({
      start: 6,
      end: 8,
      original: '每年',
      replacement: '每半年',
    });
  });
  it('reads a long suggestion as the whole new clause', () => {
    expect(
      suggestionEdit(clause, '业主大会应当每半年召开一次会议，由业主委员会负责召集。', {
        start: 0,
        end: 4,
        text: '业主大会',
      }),
    ).toEqual({ start: 7, end: 7, original: '', replacement: '半' });
  });
  it('gives nothing for a quote that is no longer in the text', () => {
    expect(suggestionEdit(clause, '每半年', { start: 0, end: 2, text: '每年' })).toBeNull();
  });
});

describe('spanRedline', () => {
  it('strikes the span and inserts the replacement, with escaped context cut at the edges', () => {
    expect(
      spanRedline('甲乙<丙>丁戊', { start: 3, end: 4, original: '丙', replacement: '三' }, 2),
    ).toBe('…乙&lt;<del>丙</del><ins>三</ins>&gt;丁…');
  });
  it('shows a pure insertion without an empty <del>', () => {
    expect(spanRedline('甲乙', { start: 1, end: 1, original: '', replacement: '和' })).toBe(
      '甲<ins>和</ins>乙',
    );
  });
});
