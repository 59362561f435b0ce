/**
 * Items run on after an introduction with the first item's label lost (吕梁 2022 停车条例 第十九条:
 * "……可以采用下列方式支持……：依法给予税费减免、土地供应等优惠措施；（二）允许……；（三）……"): the
 * text up to the separator before （二） is item 1, with an item-label-missing warning, and the
 * items after it are split in sequence (#16, third random sample). Before, no item was split.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市停车条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.text,
    ]),
    warnings: result.warnings.map((w) => [w.code, w.line]),
  };
}

describe('items run on with the first label lost', () => {
  it('are split, the first one warned of as lacking its label', () => {
    const r = parse(
      '第一条 可以采用下列方式支持停车设施建设：依法给予税费减免；（二）允许利用专项债券资金；（三）允许配建附属商业设施。具体办法由市人民政府制定。',
    );
    expect(r.nodes).toEqual([
      ['art_1', '第一条', ''],
      ['art_1__para_1', '', '可以采用下列方式支持停车设施建设：'],
      ['art_1__para_1__point_1', '', '依法给予税费减免；'],
      ['art_1__para_1__point_2', '（二）', '允许利用专项债券资金；'],
      ['art_1__para_1__point_3', '（三）', '允许配建附属商业设施。'],
      ['art_1__para_2', '', '具体办法由市人民政府制定。'],
    ]);
    expect(r.warnings).toEqual([
      ['item-label-missing', 3],
      ['items-on-one-line', 3],
      ['items-on-one-line', 3],
      ['paragraph-after-items', 3],
    ]);
  });

  it('leaves a sentence that names no list alone', () => {
    const r = parse('第一条 本条例所称停车设施：供车辆停放的场所；（二）项所列场所除外。');
    expect(r.nodes).toEqual([
      ['art_1', '第一条', '本条例所称停车设施：供车辆停放的场所；（二）项所列场所除外。'],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('leaves items whose first label is there to the usual split', () => {
    const r = parse('第一条 不得有下列行为：（一）甲；（二）乙。');
    expect(r.nodes.map(([id, label]) => [id, label])).toEqual([
      ['art_1', '第一条'],
      ['art_1__para_1', ''],
      ['art_1__para_1__point_1', '（一）'],
      ['art_1__para_1__point_2', '（二）'],
    ]);
  });
});
