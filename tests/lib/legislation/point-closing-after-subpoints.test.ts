/**
 * The sentences that close a decision's point after the sub-points of its last item (上海 2022
 * 关于修改《上海市公共场所控制吸烟条例》等5件地方性法规和废止《上海市企业名称登记管理规定》的决定:
 * "（五）对《……计量监督管理条例》的修改" / "13.将第三十六条修改为：" / "……罚款。" / "此外，根据决定
 * 对相关法规的条文顺序和部分文字作相应调整。" / "《……》根据本决定作相应修正后，重新公布。" / "二、废止
 * ……"): they concern every law the point amends, so they are the point's, after its items, not
 * text of sub-point 13 (#16, pd round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《甲条例》等2件地方性法规和废止《丙规定》的决定\n\n<!-- INFO END -->\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

describe('closing sentences after the sub-points of a point', () => {
  it('are a paragraph of the point after its items, not text of the last sub-point', () => {
    const nodes = parse(
      [
        '会议决定：',
        '一、修改《甲条例》等2件地方性法规',
        '（一）对《甲条例》的修改',
        '1.删去第二条。',
        '（二）对《乙条例》的修改',
        '2.将第三十六条修改为：',
        '违反本条例第二十六条规定，处五千元以上五万元以下的罚款。',
        '此外，根据决定对相关法规的条文顺序和部分文字作相应调整。',
        '《甲条例》《乙条例》根据本决定作相应修正后，重新公布。',
        '二、废止《丙规定》。',
        '本决定自2022年10月28日起施行。',
      ].join('\n\n'),
    );
    expect(nodes).toEqual([
      ['point_1', '修改《甲条例》等2件地方性法规'],
      ['point_1__point_1', '对《甲条例》的修改'],
      ['point_1__point_1__subpoint_1', '删去第二条。'],
      ['point_1__point_2', '对《乙条例》的修改'],
      [
        'point_1__point_2__subpoint_2',
        '将第三十六条修改为：\n违反本条例第二十六条规定，处五千元以上五万元以下的罚款。',
      ],
      [
        'point_1__para_1',
        '此外，根据决定对相关法规的条文顺序和部分文字作相应调整。\n《甲条例》《乙条例》根据本决定作相应修正后，重新公布。',
      ],
      ['point_2', '废止《丙规定》。'],
      ['para_1', '本决定自2022年10月28日起施行。'],
    ]);
  });

  it('leaves a further sentence of a sub-point its own', () => {
    const nodes = parse(
      [
        '一、修改《甲条例》',
        '（一）对《甲条例》的修改',
        '1.将第二条修改为：',
        '本市加强管理。',
        '二、废止《丙规定》。',
      ].join('\n\n'),
    );
    expect(nodes).toContainEqual([
      'point_1__point_1__subpoint_1',
      '将第二条修改为：\n本市加强管理。',
    ]);
  });
});
