/**
 * A decision's point whose caption, the title of the act it amends, runs on into its items with
 * no colon and no space (内蒙古 2022 修改决定: "一、内蒙古自治区动物防疫条例（一）将第一条 修改为：
 * “……。”（二）将第三条 修改为：“……"): the items are the point's when （二） follows in sequence
 * (#16, thirteenth round). Before, they stayed in the text of the point.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《某某条例》等2件地方性法规的决定\n\n<!-- LEGAL_HEADER_END -->\n\n某某市人民代表大会常务委员会决定，对《某某条例》《某某办法》作如下修改：\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return result.document.nodes;
}

describe('items run on after a point caption without a colon', () => {
  it('are split as the point’s items when （二） follows in sequence', () => {
    for (const joined of [false, true]) {
      const points = [
        '一、某某条例（一）将第一条修改为：“为了加强管理，制定本条例。”（二）将第三条 修改为：“县级以上人民政府负责。”',
        '二、某某办法（一）将第二条修改为：“本办法适用于本市。”（二）删去第五条。',
      ];
      const nodes = parse(joined ? points.join('') : points.join('\n\n'));
      expect(nodes.map((n) => [n.label, n.text])).toEqual([
        ['一、', '某某条例'],
        ['二、', '某某办法'],
      ]);
      expect(nodes.map((n) => n.children.map((c) => [c.eId, c.text]))).toEqual([
        [
          ['point_1__point_1', '将第一条修改为：“为了加强管理，制定本条例。”'],
          ['point_1__point_2', '将第三条 修改为：“县级以上人民政府负责。”'],
        ],
        [
          ['point_2__point_1', '将第二条修改为：“本办法适用于本市。”'],
          ['point_2__point_2', '删去第五条。'],
        ],
      ]);
    }
  });

  it('are left in the text when no （二） follows', () => {
    const nodes = parse(
      '一、某某条例（一）将第一条修改为：“甲。”\n\n二、某某办法（一）删去第五条。',
    );
    expect(nodes.map((n) => [n.text, n.children.length])).toEqual([
      ['某某条例（一）将第一条修改为：“甲。”', 0],
      ['某某办法（一）删去第五条。', 0],
    ]);
  });
});
