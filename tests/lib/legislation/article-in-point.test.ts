/**
 * In a decision of points 一、二、 with no article of its own, a line 第X条 inside a point that
 * amends that article of the regulation the point names (云南 2020 修改部分地方性法规的决定, point
 * 八: "第十六条 增加一款，作为第三款“……”", then "将第二十条……") stays the point's text, with a
 * warning; it begins no article (#16, second pi sample). A text's own articles still begin at
 * 第一条, or go on in sequence.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市人大常委会关于修改部分地方性法规的决定\n\n${body}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('an article amended inside a decision point', () => {
  it('stays text of the point, with a warning', () => {
    const result = parse(
      [
        '一、将《临江市养犬条例》第三条中的“三年”修改为“五年”。',
        '二、将《临江市消防条例》第九条中的“公安”修改为“应急管理”。',
        '第十六条 增加一款，作为第三款“建筑物的使用人应当设置标志”。',
        '将第二十条修改为“审查结果应当提供给住房城乡建设部门”。',
        '本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => [n.eId, n.kind])).toEqual([
      ['point_1', 'point'],
      ['point_2', 'point'],
      ['para_1', 'paragraph'],
    ]);
    expect(nodes[1]!.text.split('\n')).toEqual([
      '将《临江市消防条例》第九条中的“公安”修改为“应急管理”。',
      '第十六条 增加一款，作为第三款“建筑物的使用人应当设置标志”。',
      '将第二十条修改为“审查结果应当提供给住房城乡建设部门”。',
    ]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['article-in-point', 7]]);
  });

  it('begins articles after the points when they start at 第一条 or go on in sequence', () => {
    const result = parse(
      [
        '一、将《临江市养犬条例》第三条中的“三年”修改为“五年”。',
        '第五条 本条例自公布之日起施行。',
        '第六条 本条例由市人民政府负责解释。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'article')
        .map((n) => n.label),
    ).toEqual(['第五条', '第六条']);
  });
});
