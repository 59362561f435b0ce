/**
 * Items （一）（二） run on in one line after words that introduce them but no colon (南京 2018 城市
 * 绿化条例 第十一条: "……其绿地率应当符合下列规定（一）城市新建居住区不得低于百分之三十；（二）……"):
 * split off as items of the paragraph, as after "：（一）" (#16, twelfth round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on after an introduction without its colon', () => {
  it('become items of the paragraph', () => {
    const result = parse(
      '第一条 绿地率应当符合下列规定（一）居住区不得低于百分之三十；（二）公园不得低于百分之七十。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '绿地率应当符合下列规定'],
      ['art_1__para_1__point_1', '居住区不得低于百分之三十；'],
      ['art_1__para_1__point_2', '公园不得低于百分之七十。'],
    ]);
  });

  it('become items after a longer introduction (保定 2020, fourth random sample)', () => {
    // 第十九条: "禁止下列危害城市公共汽车客运服务设施的行为（一）……；（二）……"; before, one paragraph.
    const result = parse(
      '第一条 禁止下列危害城市公共汽车客运服务设施的行为（一）破坏设施；（二）擅自拆除设施。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '禁止下列危害城市公共汽车客运服务设施的行为'],
      ['art_1__para_1__point_1', '破坏设施；'],
      ['art_1__para_1__point_2', '擅自拆除设施。'],
    ]);
  });

  it('stay text after words that introduce no list, or without a second item in sequence', () => {
    const result = parse(
      '第一条 违反本条例第二条（一）项规定的，责令改正；（二）项另行规定。\n\n第二条 应当提交下列材料（一）申请书。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '违反本条例第二条（一）项规定的，责令改正；（二）项另行规定。'],
      ['art_2', '应当提交下列材料（一）申请书。'],
    ]);
  });
});
