/**
 * A list whose first item follows its introduction on one line and whose other items lost their
 * labels (吉安 2020 文明行为促进条例 第十八条, a random sample of provincial regulations, #16:
 * "文明经营，诚实守信，遵守下列规定： （一）提供商品和服务应当明码标价；" / "公交车……拒载；" / "不得欺诈……
 * 消费；" / "不得以次充好……商品。"): the label （一） shows the list was labelled, so the lines after
 * it are items 2 to 4, their labels missing, warned. Before, item （一） stayed inside the
 * introduction and the other items were paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市文明行为促进条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('labels lost after the first item of a list', () => {
  it('reads the lines after the first item as the next items', () => {
    const r = parse(
      [
        '第十八条 文明经营，诚实守信，遵守下列规定： （一）提供商品和服务应当明码标价；',
        '客运服务提供者应当文明待客；',
        '不得欺诈消费者；',
        '不得销售假冒伪劣商品。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['art_18', '第十八条', ''],
      ['art_18__para_1', '', '文明经营，诚实守信，遵守下列规定：'],
      ['art_18__para_1__point_1', '（一）', '提供商品和服务应当明码标价；'],
      ['art_18__para_1__point_2', '', '客运服务提供者应当文明待客；'],
      ['art_18__para_1__point_3', '', '不得欺诈消费者；'],
      ['art_18__para_1__point_4', '', '不得销售假冒伪劣商品。'],
    ]);
    expect(r.warnings.filter((c) => c === 'item-label-missing')).toHaveLength(3);
  });

  it('leaves the paragraphs as written when the lines are not a list ending the article', () => {
    const r = parse(
      [
        '第十八条 文明经营，遵守下列规定： （一）提供商品和服务应当明码标价；',
        '客运服务提供者应当文明待客。',
        '违反前款规定的，依法处理；情节严重的，吊销执照。',
      ].join('\n\n'),
    );
    expect(r.nodes.filter(([id]) => String(id).includes('point'))).toEqual([]);
  });
});
