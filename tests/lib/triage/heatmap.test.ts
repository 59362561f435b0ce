import { describe, expect, it } from 'vitest';
import { buildHeatMap, type HeatClause } from '../../../src/lib/triage/heatmap.ts';

const c = (eId: string, kind: string, position: number, label = ''): HeatClause => ({
  eId,
  kind,
  position,
  label,
  heading: '',
  parentEId: eId.includes('__') ? eId.slice(0, eId.lastIndexOf('__')) : null,
});
const tree = [
  c('chp_1', 'chapter', 0, '第一章'),
  c('chp_1__art_1', 'article', 1, '第一条'),
  c('chp_1__art_2', 'article', 2, '第二条'),
  c('chp_1__art_2__para_1', 'paragraph', 3),
  c('chp_1__art_2__para_1__point_1', 'point', 4, '（一）'),
];

describe('the heat map', () => {
  it('rolls paragraph and item counts up to their article, by stance', () => {
    const { rows } = buildHeatMap(tree, [
      { clauseEId: 'chp_1__art_2', stance: 'oppose', count: 2 },
      { clauseEId: 'chp_1__art_2__para_1__point_1', stance: 'oppose', count: 3 },
      { clauseEId: 'chp_1__art_2__para_1', stance: 'amend', count: 1 },
    ]);
    expect(rows.find((r) => r.eId === 'chp_1__art_2')).toMatchObject({
      counts: { support: 0, oppose: 5, amend: 1, question: 0 },
      total: 6,
    });
  });

  it('lists every article in document order, with zeros, after the whole-draft row', () => {
    const { rows, max } = buildHeatMap(tree, [{ clauseEId: '', stance: 'support', count: 4 }]);
    expect(rows.map((r) => r.eId)).toEqual(['', 'chp_1__art_1', 'chp_1__art_2']);
    expect(rows[0]!.total).toBe(4);
    expect(rows[1]!.total).toBe(0);
    expect(max).toBe(4);
  });

  it('keeps a row for a chapter commented on directly, and counts unknown clauses as whole-draft', () => {
    const { rows } = buildHeatMap(tree, [
      { clauseEId: 'chp_1', stance: 'question', count: 1 },
      { clauseEId: 'chp_9__art_99', stance: 'support', count: 2 },
    ]);
    expect(rows.map((r) => r.eId)).toEqual(['', 'chp_1', 'chp_1__art_1', 'chp_1__art_2']);
    expect(rows[0]!.counts.support).toBe(2);
  });

  it('uses sections as the unit of an English bill without articles', () => {
    const bill = [
      c('sec_1', 'section', 0, 'SEC. 1.'),
      c('sec_1__subsec_a', 'subsection', 1, '(a)'),
      c('sec_2', 'section', 2, 'SEC. 2.'),
    ];
    const { rows } = buildHeatMap(bill, [
      { clauseEId: 'sec_1__subsec_a', stance: 'amend', count: 1 },
    ]);
    expect(rows.map((r) => [r.eId, r.total])).toEqual([
      ['', 0],
      ['sec_1', 1],
      ['sec_2', 0],
    ]);
  });
});
