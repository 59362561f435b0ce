/**
 * A quoted paragraph after the items of an amendment's point (刑法修正案 1999 六、: "将刑法第一百八十二条
 * 修改为："有下列情形之一，……罚金：" / "（一）……" … "（四）以其他方法操纵证券、期货交易价格的。" /
 * ""单位犯前款罪的，……拘役。""): the point's text leaves its quotation open, so the items are the
 * quoted article's and the line opening a quotation again is that article's next paragraph, the
 * point's after its items (#16, qp round). Before, it was joined to the last item's text. A change
 * whose items quote their own text (将第X条修改为：“……”) keeps a quoted line as that item's.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某法修正案\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n) => [n.eId, n.text]);
}

describe('a quoted paragraph after the items of a point', () => {
  it('is the point’s paragraph after its items, ASCII quotes', () => {
    const nodes = parse(
      [
        '一、将刑法第一百八十二条修改为："有下列情形之一，操纵交易价格的，处五年以下有期徒刑：',
        '（一）单独或者合谋，操纵交易价格的；',
        '（二）以其他方法操纵交易价格的。',
        '"单位犯前款罪的，对单位判处罚金。"',
        '二、本修正案自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(nodes).toEqual([
      [
        'point_1',
        '将刑法第一百八十二条修改为："有下列情形之一，操纵交易价格的，处五年以下有期徒刑：',
      ],
      ['point_1__point_1', '单独或者合谋，操纵交易价格的；'],
      ['point_1__point_2', '以其他方法操纵交易价格的。'],
      ['point_1__para_1', '"单位犯前款罪的，对单位判处罚金。"'],
      ['point_2', '本修正案自公布之日起施行。'],
    ]);
  });

  it('is the point’s paragraph after its items, full-width quotes', () => {
    const nodes = parse(
      [
        '一、将第十条修改为：“有下列情形之一的，责令改正：',
        '（一）未登记的；',
        '（二）未备案的。',
        '“有前款行为的，并处罚款。”',
        '二、本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(nodes.map((n) => n[0])).toEqual([
      'point_1',
      'point_1__point_1',
      'point_1__point_2',
      'point_1__para_1',
      'point_2',
    ]);
  });

  it('stays the last item’s when the items quote their own text', () => {
    const nodes = parse(
      [
        '一、对《某市条例》作如下修改：',
        '（一）将第三条修改为：“本条例适用于本市。',
        '“市人民政府负责实施。”',
        '二、本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(nodes.map((n) => n[0])).toEqual(['point_1', 'point_1__point_1', 'point_2']);
  });
});
