/**
 * Items quoted under a change 1. that stands right under a decision's point 一、, with no item
 * （一） between (上海 2025 修改《上海市浦东新区建立高水平知识产权保护制度若干规定》等2件决定:
 * "一、对《……若干规定》的修改" / "1.增加一款，……" / "2.将第七条第一款修改为：“单位和个人不得实施
 * 下列……行为：" / "（一）……；" … "（八）伪造地理标志专用标志。”" / "3.增加一条，作为第十条：……"):
 * the items are the amended law's new text that change 2. quotes, its own text. Before, they
 * became items of the point 一、 beside its changes, and the changes 3. to 5. sub-points of the
 * last item (8), numbered 3. after nothing (#16, sc round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

function outline(nodes: ClauseNode[]): string[] {
  return nodes.flatMap((n) => [`${n.eId} ${n.text.split('\n').length}`, ...outline(n.children)]);
}

const SOURCE = [
  '# 某市人民代表大会常务委员会关于修改《某市甲规定》等2件地方性法规的决定',
  '某市人民代表大会常务委员会决定：',
  '一、对《某市甲规定》的修改',
  '1.增加一款，作为第三条第三款：“区知识产权部门提供服务。”',
  '2.将第七条第一款修改为：“单位和个人不得实施下列行为：',
  '（一）在产品上冒用专用标志；',
  '（二）销售上述产品；',
  '（三）伪造专用标志。”',
  '3.增加一条，作为第十条：“发生侵权纠纷的，可以申请行政裁决。',
  '“当事人也可以直接向人民法院提起诉讼。”',
  '此外，对条款顺序和部分文字作相应调整。',
  '二、对《某市乙条例》的修改',
  '1.将第二条第一款修改为：“本市坚持最有利于未成年人的原则。”',
  '本决定自2025年11月27日起施行。',
].join('\n\n');

describe('items quoted under a change right under a decision’s point', () => {
  it('are the change’s text, and the changes after them stay the point’s', () => {
    const result = parseDraft(SOURCE, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__subpoint_1 1',
      'point_1__subpoint_2 4',
      'point_1__subpoint_3 2',
      'point_1__para_1 1',
      'point_2 1',
      'point_2__subpoint_1 1',
      'para_1 1',
    ]);
    const change = result.document.nodes[0]?.children[1];
    expect(change?.text.split('\n').at(-1)).toBe('（三）伪造专用标志。”');
    const codes = result.warnings.map((w) => w.code);
    expect(codes).not.toContain('numbering-gap');
    expect(codes).toContain('items-quoted-in-change');
  });

  it('leave the items of a point without changes its own', () => {
    const source = [
      '# 某市人民代表大会常务委员会关于修改《某市甲条例》的决定',
      '某市人民代表大会常务委员会决定：',
      '一、将第七条第一款修改为：“单位和个人不得实施下列行为：',
      '（一）甲；',
      '（二）乙。”',
      '二、将第八条修改为：“丙。”',
    ].join('\n\n');
    const result = parseDraft(source, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__point_1 1',
      'point_1__point_2 1',
      'point_2 1',
    ]);
  });

  it('leave an item after a change that introduces nothing the point’s', () => {
    const source = [
      '# 某市人民代表大会常务委员会关于修改《某市甲条例》的决定',
      '某市人民代表大会常务委员会决定：',
      '一、对《某市甲条例》作如下修改',
      '1.删去第五条。',
      '（一）甲。',
    ].join('\n\n');
    const result = parseDraft(source, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__subpoint_1 1',
      'point_1__point_1 1',
    ]);
  });
});
