/**
 * Items （1）（2） written inside a sentence after the colon that introduces them (安置农场管理试行
 * 办法 1980 第十二条: "……必要时给予下列处分：（１）警告；（２）记过；（３）适当的经济制裁。"): the
 * paragraph keeps its text up to the colon and the items become its sub-items (#16, ninth round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某办法\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items inside a sentence after its colon', () => {
  it('become sub-items of the paragraph', () => {
    const result = parse(
      '第一条 必要时给予下列处分：（１）警告；（２）记过；（３）适当的经济制裁。\n\n第二条 本办法自公布之日起施行。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text])).toEqual([
      ['art_1', '第一条', ''],
      ['art_1__para_1', '', '必要时给予下列处分：'],
      ['art_1__para_1__subpoint_1', '（1）', '警告；'],
      ['art_1__para_1__subpoint_2', '（2）', '记过；'],
      ['art_1__para_1__subpoint_3', '（3）', '适当的经济制裁。'],
      ['art_2', '第二条', '本办法自公布之日起施行。'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['subpoints-inline']);
  });

  it('leave a single （1） citing an item as text', () => {
    const result = parse('第一条 依照本市有关规定（1）项确定。');
    expect(result.document.nodes[0]!.text).toBe('依照本市有关规定（1）项确定。');
    expect(result.document.nodes[0]!.children).toEqual([]);
  });

  it('leave a run that is not introduced by a colon as text', () => {
    const result = parse('第一条 给予处分（１）警告；（２）记过。');
    expect(result.document.nodes[0]!.children).toEqual([]);
  });
});
