/**
 * A list run on after its introduction whose labels were lost up to a later one (循化 2018 城镇
 * 市容和环境卫生管理条例, a random sample of provincial regulations, #16, 第二十五条: "……应当遵守
 * 下列规定：不得在……张贴广告；未经批准，……；……，保持清洁；（七）严禁……其他河道。", and 第五十四条
 * with ten clauses before （十一） and （十二）): where the clauses before the first label （n） that
 * are closed by ； number n-1, each is an item whose label was lost, warned item-label-missing.
 * Before, the whole list was one paragraph with a stray （七） in it, and no warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某县条例\n\n${article}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]),
    missing: result.warnings.filter((w) => w.code === 'item-label-missing').length,
  };
}

describe('a run-on list whose labels were lost before a later one', () => {
  it('reads the clauses before （n） as items 1 to n-1 when they number n-1', () => {
    const r = parse(
      '第二十五条 任何单位和个人，应当遵守下列规定：不得在建筑物上涂写、刻画，张贴广告；未经批准，不得张贴宣传品；不得在临街建筑物的阳台外堆放物品；（四）严禁将生活污水直排河道。',
    );
    expect(r.nodes).toEqual([
      ['art_25', '第二十五条', ''],
      ['art_25__para_1', '', '任何单位和个人，应当遵守下列规定：'],
      ['art_25__para_1__point_1', '', '不得在建筑物上涂写、刻画，张贴广告；'],
      ['art_25__para_1__point_2', '', '未经批准，不得张贴宣传品；'],
      ['art_25__para_1__point_3', '', '不得在临街建筑物的阳台外堆放物品；'],
      ['art_25__para_1__point_4', '（四）', '严禁将生活污水直排河道。'],
    ]);
    expect(r.missing).toBe(3);
  });

  it('goes on with the labels after it', () => {
    const r = parse(
      '第五十四条 有下列行为之一的，处二百元罚款：涂写、刻画的；吊挂物品的；（三）倚门摆摊的；（四）燃放烟花爆竹的。',
    );
    expect(r.nodes.map(([eId, label]) => [eId, label])).toEqual([
      ['art_54', '第五十四条'],
      ['art_54__para_1', ''],
      ['art_54__para_1__point_1', ''],
      ['art_54__para_1__point_2', ''],
      ['art_54__para_1__point_3', '（三）'],
      ['art_54__para_1__point_4', '（四）'],
    ]);
  });

  it('keeps the text as written when the clauses do not number n-1', () => {
    const text =
      '任何单位和个人，应当遵守下列规定：不得涂写、刻画；不得张贴宣传品；（四）严禁将生活污水直排河道。';
    const r = parse(`第二十五条 ${text}`);
    expect(r.nodes).toEqual([['art_25', '第二十五条', text]]);
    expect(r.missing).toBe(0);
  });
});
