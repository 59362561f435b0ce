/**
 * Items （一）（二） run on in one line after an introduction with no colon whose 下列 stands far
 * before （一）, or that ends with 包括 (五峰 2018 农村公路条例, a random sample of provincial regulations:
 * 第二十三条 "进行下列涉路施工活动建设单位应当报经自治县交通运输行政主管部门同意（一）修建铁路……
 * 改线（二）跨越……"; 第三十六条 "……资金来源主要包括（一）上级的专项资金和财政转移支付资金；（二）……"):
 * split off as items of the paragraph, as after "下列规定（一）" (#16). Before, each article was
 * one paragraph with its items inside.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on after an introduction far from （一） or ending with 包括', () => {
  it('become items when 下列 stands more than twenty characters before （一）', () => {
    const result = parse(
      '第一条 进行下列涉路施工活动建设单位应当报经自治县交通运输行政主管部门同意（一）修建铁路需要占用农村公路（二）跨越农村公路修建桥梁；（三）其他涉路施工行为。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '进行下列涉路施工活动建设单位应当报经自治县交通运输行政主管部门同意'],
      ['art_1__para_1__point_1', '修建铁路需要占用农村公路'],
      ['art_1__para_1__point_2', '跨越农村公路修建桥梁；'],
      ['art_1__para_1__point_3', '其他涉路施工行为。'],
    ]);
  });

  it('become items after 包括', () => {
    const result = parse(
      '第一条 农村公路资金来源主要包括（一）上级的专项资金；（二）地方政府债券及政府融资（三）其他方式筹集的资金。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '农村公路资金来源主要包括'],
      ['art_1__para_1__point_1', '上级的专项资金；'],
      ['art_1__para_1__point_2', '地方政府债券及政府融资'],
      ['art_1__para_1__point_3', '其他方式筹集的资金。'],
    ]);
  });

  it('stay text when 包括 or 下列 is followed by a citation, not by items in sequence', () => {
    const result = parse(
      '第一条 前款所称费用包括（一）项所列的费用。\n\n第二条 违反下列规定的，依照本条例第八条（一）项处罚；（二）项另行规定。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '前款所称费用包括（一）项所列的费用。'],
      ['art_2', '违反下列规定的，依照本条例第八条（一）项处罚；（二）项另行规定。'],
    ]);
  });
});
