/**
 * Lists of items run on in one paragraph one after another, each after its own introduction
 * (乌鲁木齐 2018 轨道交通管理条例 第三十三条: "……规划线路控制保护区范围：（一）……（三）……内。轨道
 * 交通在建和建成线路控制保护区范围：（一）……（四）……内。特别保护区范围：（一）……"): a new
 * introduction ending with a colon before （一）, after an item's full stop, starts the next
 * paragraph with its own items (paragraph-after-items warning) (#16, third random sample).
 * Before, the second list's （四） was taken as the first list's, with the second introduction
 * and its first three items inside item （三）.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市轨道交通管理条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w) => [w.code, w.line]),
  };
}

describe('a list run on after another list', () => {
  it('starts a new paragraph with items numbered again', () => {
    const r = parse(
      '第一条 规划线路保护区范围：（一）中线每侧三十米内；（二）风道外侧三十五米内。建成线路保护区范围：（一）结构外侧五十米内；（二）轨道外侧三十米内；（三）隧道外侧一百米内。保护区包括地下和地上。',
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '规划线路保护区范围：'],
      ['art_1__para_1__point_1', '中线每侧三十米内；'],
      ['art_1__para_1__point_2', '风道外侧三十五米内。'],
      ['art_1__para_2', '建成线路保护区范围：'],
      ['art_1__para_2__point_1', '结构外侧五十米内；'],
      ['art_1__para_2__point_2', '轨道外侧三十米内；'],
      ['art_1__para_2__point_3', '隧道外侧一百米内。'],
      ['art_1__para_3', '保护区包括地下和地上。'],
    ]);
    expect(r.warnings.filter(([code]) => code === 'paragraph-after-items')).toEqual([
      ['paragraph-after-items', 3],
      ['paragraph-after-items', 3],
    ]);
  });

  it('leaves an item that quotes a list alone', () => {
    const r = parse(
      '第一条 作如下修改：（一）将第二条修改为：“范围：（一）甲；（二）乙。”；（二）删去第三条。',
    );
    expect(r.nodes.map(([id]) => id)).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_1__point_1',
      'art_1__para_1__point_2',
    ]);
  });
});
