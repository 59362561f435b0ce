/**
 * Staff corrections of the correspondence (src/lib/comparison/corrections.ts): what staff type,
 * and the rows a comparison shows once corrected, on a real revision the alignment gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments, type Change } from '../../../src/lib/comparison/index.ts';
import { readCorrection, readLabels } from '../../../src/lib/comparison/corrections.ts';
import { readingPaths } from '../../../src/lib/comparison/paths.ts';
import { buildComparisonView } from '../../../src/lib/comparison/view.ts';
import { articlesOf, type ParsedDocument } from '../../../src/lib/legislation/index.ts';
import { readCorpus } from '../../helpers/corpus.ts';
import { doc, zhDraft } from '../../helpers/drafts.ts';

const old1996 = doc(readCorpus('zhiye-jiaoyu-fa--1996.md'));
const new2022 = doc(readCorpus('zhiye-jiaoyu-fa--2022.md'));
const eIdOf = (d: ParsedDocument, label: string) =>
  articlesOf(d).find((a) => a.label === label)!.eId;
const o = (label: string) => eIdOf(old1996, label);
const n = (label: string) => eIdOf(new2022, label);
const rowOf = (changes: Change[], side: 'from' | 'to', eId: string) =>
  changes.find((c) => c[side].includes(eId))!;
const key = (c: Change) => `${c.from.join('+')}>${c.to.join('+')}`;

function expectEveryArticleOnce(changes: Change[], a: ParsedDocument, b: ParsedDocument) {
  expect(changes.flatMap((c) => c.from).sort()).toEqual(
    articlesOf(a)
      .map((x) => x.eId)
      .sort(),
  );
  expect(changes.flatMap((c) => c.to).sort()).toEqual(
    articlesOf(b)
      .map((x) => x.eId)
      .sort(),
  );
}

describe('corrections on 职业教育法 1996 → 2022 (a held-out revision)', () => {
  const plain = compareDocuments(old1996, new2022);

  it('joins the new article the alignment missed to the old article whose paragraph it took', () => {
    // Hand-read: old 第二十条's second paragraph (企业可以单独举办或者联合举办职业学校、职业培训
    // 机构…) is the new 第二十五条; the alignment keeps only 第二十条 → 第二十四条.
    expect(key(rowOf(plain.changes, 'from', o('第二十条')))).toBe(
      `${o('第二十条')}>${n('第二十四条')}`,
    );
    expect(rowOf(plain.changes, 'to', n('第二十五条')).type).toBe('inserted');

    const fixed = compareDocuments(old1996, new2022, [
      { from: [o('第二十条')], to: [n('第二十四条'), n('第二十五条')] },
    ]);
    const row = rowOf(fixed.changes, 'from', o('第二十条'));
    expect(row).toMatchObject({
      type: 'split',
      from: [o('第二十条')],
      to: [n('第二十四条'), n('第二十五条')],
    });
    expect(row.corrected).toBe(true);
    // The paragraphs inside the corrected row are aligned as in any split.
    expect(row.children?.some((p) => p.to.some((e) => e.startsWith(n('第二十五条'))))).toBe(true);
    expectEveryArticleOnce(fixed.changes, old1996, new2022);
    expect(fixed.summary.inserted).toBe(plain.summary.inserted - 1);
    expect(fixed.staleCorrections).toEqual([]);
  });

  it('leaves every row the correction does not touch as the alignment made it', () => {
    const fixed = compareDocuments(old1996, new2022, [
      { from: [o('第二十条')], to: [n('第二十四条'), n('第二十五条')] },
    ]);
    const touched = (c: Change) =>
      c.from.includes(o('第二十条')) ||
      c.to.includes(n('第二十四条')) ||
      c.to.includes(n('第二十五条'));
    const strip = (cs: Change[]) =>
      cs.filter((c) => !touched(c)).map((c) => ({ ...c, corrected: undefined }));
    expect(strip(fixed.changes)).toEqual(strip(plain.changes));
    expect(fixed.changes.filter((c) => c.corrected)).toHaveLength(1);
  });

  it('takes articles out of a wrong row: what is left of it stays a row, the rest is deleted or new', () => {
    // A row of the alignment with one old and two new articles, if any; else any modified pair.
    const split =
      plain.changes.find((c) => c.type === 'split') ??
      plain.changes.find((c) => c.type === 'modified')!;
    const [first, ...rest] = split.to;
    const fixed = compareDocuments(old1996, new2022, [{ from: split.from, to: [] }]);
    for (const e of split.from)
      expect(rowOf(fixed.changes, 'from', e)).toMatchObject({ type: 'deleted', corrected: true });
    for (const e of [first!, ...rest])
      expect(rowOf(fixed.changes, 'to', e)).toMatchObject({ type: 'inserted', from: [] });
    expectEveryArticleOnce(fixed.changes, old1996, new2022);
  });

  it('applies corrections in order, a later one overriding an earlier one', () => {
    const fixed = compareDocuments(old1996, new2022, [
      { from: [o('第二十条')], to: [n('第二十四条'), n('第二十五条')] },
      { from: [], to: [n('第二十五条')] },
    ]);
    expect(rowOf(fixed.changes, 'from', o('第二十条'))).toMatchObject({
      type: 'modified',
      to: [n('第二十四条')],
    });
    expect(rowOf(fixed.changes, 'to', n('第二十五条'))).toMatchObject({
      type: 'inserted',
      corrected: true,
    });
  });

  it('ignores and reports a correction naming an article the versions do not have', () => {
    const gone = { from: ['chp_9__art_99'], to: [n('第二十五条')] };
    const fixed = compareDocuments(old1996, new2022, [
      gone,
      { from: [o('第二十条')], to: [n('第二十四条'), n('第二十五条')] },
    ]);
    expect(fixed.staleCorrections).toEqual([gone]);
    expect(rowOf(fixed.changes, 'from', o('第二十条')).type).toBe('split');
  });

  it('shows the corrected row in the comparison view, with its correspondence sentence', () => {
    const view = buildComparisonView(old1996, new2022, [
      { from: [o('第二十条')], to: [n('第二十四条'), n('第二十五条')] },
    ]);
    const row = view.rows.find((r) => r.change.from.includes(o('第二十条')))!;
    expect(row.oldLabels).toEqual(['第二十条']);
    expect(row.newLabels).toEqual(['第二十四条', '第二十五条']);
    expect(row.correspondence).toMatchObject({
      kind: 'splitInto',
      newLabels: ['第二十四条', '第二十五条'],
    });
    expect(row.newText).toContain('利用资本、技术、知识');
  });
});

describe('corrections across three readings', () => {
  it('carries a correction between two readings into the table of article paths', () => {
    const A = '本市行政区域内的物业管理活动，适用本条例，法律、行政法规另有规定的除外。';
    const B =
      '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
    const C = '电梯加装应当经本栋或者本单元专有部分面积占比三分之二以上的业主参与表决。';
    const first = doc(zhDraft([A, B]));
    const second = doc(zhDraft([A, B, C]));
    const third = doc(zhDraft([A, B, C]));
    const plain = readingPaths([first, second, third]);
    expect(plain.find((r) => r.cells[1]!.includes('art_3'))!.cells[0]).toEqual([]);
    const fixed = readingPaths(
      [first, second, third],
      [[{ from: ['art_2'], to: ['art_2', 'art_3'] }], []],
    );
    const row = fixed.find((r) => r.cells[1]!.includes('art_3'))!;
    expect(row.cells).toEqual([['art_2'], ['art_2', 'art_3'], ['art_2', 'art_3']]);
    expect(row.steps[0]).toBe('split');
  });
});

describe('reading what staff type', () => {
  const articles = [
    { eId: 'art_6', label: '第六条' },
    { eId: 'art_9', label: '第九条' },
    { eId: 'art_10', label: '第十条' },
    { eId: 'art_10_1', label: '第十条之一' },
    { eId: 'art_112', label: '第一百一十二条' },
  ];
  it.each([
    ['第六条、第九条', ['art_6', 'art_9']],
    ['6, 9', ['art_6', 'art_9']],
    ['六，九', ['art_6', 'art_9']],
    ['第6条 第９条', ['art_6', 'art_9']],
    ['第十条之一；第十条', ['art_10_1', 'art_10']],
    ['10之一', ['art_10_1']],
    ['112', ['art_112']],
    ['', []],
  ])('reads %j as the articles it names', (typed, eIds) => {
    expect(readLabels(typed, articles)).toEqual({ ok: true, eIds });
  });

  it('reads English section numbers with or without the designation', () => {
    const sections = [
      { eId: 'sec_4', label: 'SEC. 4.' },
      { eId: 'sec_14', label: 'SEC. 14.' },
    ];
    expect(readLabels('Sec. 4, 14', sections)).toEqual({ ok: true, eIds: ['sec_4', 'sec_14'] });
    expect(readLabels('section 14', sections)).toEqual({ ok: true, eIds: ['sec_14'] });
  });

  it('names the first article it cannot find, or the one named twice', () => {
    expect(readLabels('第六条、第七条', articles)).toEqual({
      ok: false,
      problem: 'unknown',
      label: '第七条',
    });
    expect(readLabels('第六条、6', articles)).toEqual({
      ok: false,
      problem: 'repeated',
      label: '6',
    });
    expect(readLabels('<script>', articles)).toEqual({
      ok: false,
      problem: 'unknown',
      label: '<script>',
    });
  });

  it('refuses a correction that names nothing, or an article a version lacks, by field', () => {
    expect(readCorrection({ from: ' ', to: '' }, articles, articles)).toMatchObject({
      ok: false,
      errors: [{ field: 'from', message: { key: 'staffCompare.correctionEmpty' } }],
    });
    expect(readCorrection({ from: '第六条', to: '第八条' }, articles, articles)).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'to',
          message: { key: 'staffCompare.correctionUnknownNew', vars: { label: '第八条' } },
        },
      ],
    });
    expect(readCorrection({ from: '第六条', to: '' }, articles, articles)).toEqual({
      ok: true,
      value: { from: ['art_6'], to: [] },
    });
  });
});
