/**
 * A decision's point 一、 that introduces a list of items （一）（二） with a colon, followed by
 * further paragraphs (云南 2020 资源税决定: "三、有下列情形之一的，减征或者免征资源税：" / （一）
 * to （五） / "纳税人按照前款规定……" / "暂不计征……"): the paragraphs after the last item are the
 * point's, after its items, not the last item's text (#16, ninth round). So is a commencement
 * after the items of the last point (人民银行 2024 修改决定: "（二）将第五十五条修改为：……" /
 * "本决定自2025年1月1日起施行。"): it is no change of that item. The same after the sub-points 1.
 * of the last point (唐山 2025 修改、废止决定: "六、废止下列四部地方性法规：" / "1.《……》（……）" …
 * "4.《……》（……）" / "本决定自公布之日起施行。"), #16, tenth round. And the closing paragraphs
 * after a last point without items (大同 2025: "十五、删除第三十七条。" / "本决定自公布之日起施行。" /
 * "《……》……重新公布。") or after its last item, opening with a renumbering (岳阳 2025: "（二）……。" /
 * "此外，对相关法规中的条文序号作相应调整。"): they are the whole decision's, #16, eleventh round.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const decide = (body: string) => {
  const result = parseDraft(`# 临江市某某决定\n\n为了规范管理，决定如下：\n\n${body}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('not parsed');
  return result.document.nodes;
};

describe('paragraphs after the items of a point', () => {
  it('stand after the items as paragraphs of the point', () => {
    const [first] = decide(
      '一、有下列情形之一的，免征管理费：\n\n（一）导盲犬。\n\n（二）扶助犬。\n\n饲养人按照前款规定自行申报。\n\n已缴纳的不予退还。\n\n二、本决定自公布之日起施行。',
    );
    expect(first!.children.map((c) => [c.eId, c.text])).toEqual([
      ['point_1__point_1', '导盲犬。'],
      ['point_1__point_2', '扶助犬。'],
      ['point_1__para_1', '饲养人按照前款规定自行申报。'],
      ['point_1__para_2', '已缴纳的不予退还。'],
    ]);
  });

  it('leave a paragraph between two items with the item before it', () => {
    const [first] = decide(
      '一、再明确以下几条：\n\n（一）按照实际售价计算。\n\n自销的产品，按照出厂价计算。\n\n（二）按照调拨价计算。\n\n二、本决定自公布之日起施行。',
    );
    expect(first!.children.map((c) => c.text)).toEqual([
      '按照实际售价计算。\n自销的产品，按照出厂价计算。',
      '按照调拨价计算。',
    ]);
  });

  it('leave the further lines of a change under a caption with that change', () => {
    const [first] = decide(
      '一、对《临江市养犬条例》作出修改\n\n（一）将第三条修改为：“犬只应当登记。”\n\n删去第二款。\n\n二、本决定自公布之日起施行。',
    );
    expect(first!.children.map((c) => c.text)).toEqual([
      '将第三条修改为：“犬只应当登记。”\n删去第二款。',
    ]);
  });

  it('stand a commencement after the last item apart from that item', () => {
    const nodes = decide(
      '一、修改《临江市停车场管理办法》\n\n（一）将第四条修改为：“停车场应当公示收费标准。”\n\n（二）删去第七条。\n\n本决定自2027年1月1日起施行。\n\n《临江市停车场管理办法》根据本决定作相应修改，重新公布。',
    );
    expect(nodes[0]!.children.map((c) => [c.eId, c.text])).toEqual([
      ['point_1__point_1', '将第四条修改为：“停车场应当公示收费标准。”'],
      ['point_1__point_2', '删去第七条。'],
    ]);
    expect(nodes.slice(1).map((c) => [c.eId, c.text])).toEqual([
      ['para_1', '本决定自2027年1月1日起施行。'],
      ['para_2', '《临江市停车场管理办法》根据本决定作相应修改，重新公布。'],
    ]);
  });

  it('stand a commencement after the sub-points of the last point apart from them', () => {
    const nodes = decide(
      '一、废止下列地方性法规：\n\n1.《临江市档案工作管理条例》（1998年8月20日通过）\n\n2.《临江市全民健身条例》（2005年10月21日通过）\n\n本决定自公布之日起施行。\n\n《临江市地方立法条例》根据本决定作相应修改，重新公布。',
    );
    expect(nodes[0]!.children.map((c) => [c.eId, c.text])).toEqual([
      ['point_1__subpoint_1', '《临江市档案工作管理条例》（1998年8月20日通过）'],
      ['point_1__subpoint_2', '《临江市全民健身条例》（2005年10月21日通过）'],
    ]);
    expect(nodes.slice(1).map((c) => [c.eId, c.text])).toEqual([
      ['para_1', '本决定自公布之日起施行。'],
      ['para_2', '《临江市地方立法条例》根据本决定作相应修改，重新公布。'],
    ]);
  });

  it('stand the closing paragraphs after a last point without items apart from its text', () => {
    const nodes = decide(
      '一、将第四条修改为：“停车场应当公示收费标准。”\n\n二、删除第九条。\n\n本决定自公布之日起施行。\n\n《临江市停车场管理办法》根据本决定作相应修改，重新公布。',
    );
    expect(nodes.map((n) => n.eId)).toEqual(['point_1', 'point_2', 'para_1', 'para_2']);
    expect(nodes[1]!.text).toBe('删除第九条。');
    expect(nodes[1]!.children).toEqual([]);
    expect(nodes.slice(2).map((c) => c.text)).toEqual([
      '本决定自公布之日起施行。',
      '《临江市停车场管理办法》根据本决定作相应修改，重新公布。',
    ]);
  });

  it('stand a renumbering before the commencement apart from the last item', () => {
    const nodes = decide(
      '一、对《临江市停车场管理办法》作出修改\n\n（一）删除第五条。\n\n（二）删除第九条。\n\n此外，对相关法规中的条文序号作相应调整。\n\n本决定自公布之日起施行。',
    );
    expect(nodes[0]!.children.map((c) => [c.eId, c.text])).toEqual([
      ['point_1__point_1', '删除第五条。'],
      ['point_1__point_2', '删除第九条。'],
    ]);
    expect(nodes.slice(1).map((c) => [c.eId, c.text])).toEqual([
      ['para_1', '此外，对相关法规中的条文序号作相应调整。'],
      ['para_2', '本决定自公布之日起施行。'],
    ]);
  });

  it('leave a closing sentence followed by text of the point with the point', () => {
    const nodes = decide(
      '一、删除第九条。\n\n此外，对条文序号作相应调整。\n\n第十条中的“管理处”修改为“管理中心”。',
    );
    expect(nodes[0]!.text).toBe(
      '删除第九条。\n此外，对条文序号作相应调整。\n第十条中的“管理处”修改为“管理中心”。',
    );
    expect(nodes[0]!.children).toEqual([]);
  });
});
