/**
 * Articles quoted inside a decision's point (上海 2024 修改《上海市制定地方性法规条例》等3件地方性法规的
 * 决定: "1.增加一章，……内容如下：" / "“第六章　长三角区域协同立法" / "第六十一条　……" … "第六十五条
 * ……地方性法规。”", the quoted articles without quotation marks of their own; and "4.将第六条改为
 * 三条，……：" / "“第五条　……：" / "（一）……" / "……予以公布。”"): the amended law's new text, the
 * quoting item's own. Before, 第六十一条 began an article of the decision and the rest of the text,
 * points 二、 and 三、 with it, became paragraphs of 第六十五条 (#16, pg round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

const SOURCE = [
  '# 上海市人民代表大会常务委员会关于修改《上海市制定地方性法规条例》等3件地方性法规的决定',
  '上海市第十六届人民代表大会常务委员会第十八次会议决定：',
  '一、对《上海市制定地方性法规条例》的修改',
  '1.增加一章，作为第六章“长三角区域协同立法”；增加五条，分别作为第六十一条至第六十五条。内容如下：',
  '“第六章　长三角区域协同立法',
  '第六十一条　市人民代表大会及其常务委员会可以协同制定地方性法规。',
  '第六十二条　长三角区域协同立法可以采取下列方式：',
  '（一）各方就法规草案文本的全部内容协商一致；',
  '（二）各方就法规草案文本的部分内容协商一致。',
  '第六十三条　市人民代表大会及其常务委员会根据需要可以协同制定地方性法规。”',
  '2.删去第六十四条。',
  '二、对《上海市人民代表大会常务委员会主任会议议事规则》的修改',
  '1.将第六条改为两条，作为第五条、第六条：',
  '“第五条　主任会议研究处理下列准备事项：',
  '（一）拟订会议议程草案；',
  '（二）讨论或者确定其他准备事项。',
  '遇有特殊情况，决定提前或者推迟召开市人民代表大会并予以公布。”',
  '“第六条　主任会议研究处理常务委员会会议有关事项。”',
  '2.将第四条改为第九条：“主任会议根据需要不定期召开。”',
  '三、对《上海市浦东新区深化“一业一证”改革规定》的修改',
  '本决定自2025年1月1日起施行。',
].join('\n\n');

function outline(nodes: ClauseNode[]): string[] {
  return nodes.flatMap((n) => [`${n.eId} ${n.text.split('\n').length}`, ...outline(n.children)]);
}

describe('articles quoted inside a decision’s point', () => {
  it('stay the quoting item’s text until the quotation closes', () => {
    const result = parseDraft(SOURCE, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__subpoint_1 7',
      'point_1__subpoint_2 1',
      'point_2 1',
      'point_2__subpoint_1 6',
      'point_2__subpoint_2 1',
      'point_3 1',
      'para_1 1',
    ]);
    expect(
      result.document.nodes
        .flatMap((n) => n.children)[0]
        ?.text.split('\n')
        .at(-1),
    ).toBe('第六十三条　市人民代表大会及其常务委员会根据需要可以协同制定地方性法规。”');
  });

  it('leaves items quoted without an article to the item they amend', () => {
    const result = parseDraft(
      [
        '# 某市人民代表大会常务委员会关于修改《某市制定地方性法规条例》的决定',
        '一、将第十六条修改为：“下列事项由市人民代表大会制定地方性法规：',
        '（一）规定立法程序的；',
        '（二）其他必须由市人民代表大会制定地方性法规的。”',
        '二、本决定自公布之日起施行。',
      ].join('\n\n'),
      { file: 'x.md' },
    );
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__point_1 1',
      'point_1__point_2 1',
      'point_2 1',
    ]);
  });
});
