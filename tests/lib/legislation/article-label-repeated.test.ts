/**
 * An article whose label is written twice (兰州 2019 大气污染防治条例: "第一条 第一条为了防治大气
 * 污染……"): a copying slip, the label repeated at the start of the text. The second label is no
 * text of the article: it is left out, warned article-label-repeated (#16, qi round, shapes left
 * by earlier rounds). Before, the article's text began "第一条为了……", unwarned.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市大气污染防治条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes)
      .filter((n) => n.kind === 'article')
      .map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w) => [w.code, w.line, w.params?.['label']]),
  };
}

describe('an article whose label is written twice', () => {
  it('drops the second label, warned', () => {
    const r = parse(
      '第一条 第一条为了防治大气污染，制定本条例。\n\n第二条 本条例适用于本市行政区域。',
    );
    expect(r.nodes).toEqual([
      ['art_1', '为了防治大气污染，制定本条例。'],
      ['art_2', '本条例适用于本市行政区域。'],
    ]);
    expect(r.warnings).toEqual([['article-label-repeated', 3, '第一条']]);
  });

  it('drops it with a space after it too', () => {
    const r = parse('第一条　第一条　为了防治大气污染，制定本条例。');
    expect(r.nodes).toEqual([['art_1', '为了防治大气污染，制定本条例。']]);
  });

  it('keeps an article that cites itself or another article', () => {
    const r = parse(
      '第一条 为了防治大气污染，制定本条例。\n\n第二条 第二条规定的区域，适用本条例。\n\n第三条 第一条所称大气污染，是指……。',
    );
    expect(r.nodes.map(([, t]) => t)).toEqual([
      '为了防治大气污染，制定本条例。',
      '第二条规定的区域，适用本条例。',
      '第一条所称大气污染，是指……。',
    ]);
    expect(r.warnings).toEqual([]);
  });
});
