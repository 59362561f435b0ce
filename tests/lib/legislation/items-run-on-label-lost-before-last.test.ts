/**
 * Items run on in one line with the label lost just before the last item (南平 2020
 * 市容和环境卫生管理办法 第十五条, a random sample of provincial regulations, #16: "……：（一）……；
 * （二）不得超出门窗……展示商品；牌匾、标识等户外设施的设置符合……技术规范；（四）不得在店外置放……
 * 设施。"): （三） is lost, not the item; the clause after item 2's ； is item 3, its label
 * missing, warned, and （四） is split off. Before, items 3 and 4 stayed inside the text of
 * item （二） without a warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市市容管理办法\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    points: flatten(result.document.nodes)
      .filter((n) => n.kind === 'point')
      .map((n) => [n.label, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a label lost before the last of the items run on in one line', () => {
  it('reads the clause after the item before as the lost item and splits off the last', () => {
    const r = parse(
      '第十五条 经营者应当遵守下列规定：（一）店内应当设置垃圾收容器；（二）不得超出门窗进行店外经营；牌匾等户外设施的设置符合标准；（四）不得在店外置放影响市容的物品。',
    );
    expect(r.points).toEqual([
      ['（一）', '店内应当设置垃圾收容器；'],
      ['（二）', '不得超出门窗进行店外经营；'],
      ['', '牌匾等户外设施的设置符合标准；'],
      ['（四）', '不得在店外置放影响市容的物品。'],
    ]);
    expect(r.warnings).toContain('item-label-missing');
  });

  it('leaves the item whole when the lost item cannot be told apart or the last is not one sentence', () => {
    const one = parse('第一条 禁止下列行为：（一）甲；（二）乙，丙；（四）丁。');
    expect(one.points).toEqual([
      ['（一）', '甲；'],
      ['（二）', '乙，丙；（四）丁。'],
    ]);
    const more = parse('第一条 禁止下列行为：（一）甲；（二）乙；丙；（四）丁。戊。');
    expect(more.points.map(([label]) => label)).toEqual(['（一）', '（二）']);
  });
});
