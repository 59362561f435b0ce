/**
 * What a Word hyperlink field leaves inside a sentence (#16, thirteenth round): 天津 2006 预算
 * 审查监督条例 "根据《HYPERLINKjavascript中华人民共和国预算法》", 天津 1991 "对HYPERLINKjavascript、
 * 法律". HYPERLINK with its target (javascript:…, \l "…", a quoted address) is left out with a
 * word-debris warning and its line.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const texts = flatten(result.document.nodes).map((n) => [n.eId, n.text]);
  return { texts, warnings: result.warnings.map((w) => [w.code, w.line, w.params?.['text']]) };
}

describe('a Word hyperlink field inside a sentence', () => {
  it('is left out with a word-debris warning', () => {
    const r = parse(
      [
        '第一条 根据《HYPERLINKjavascript中华人民共和国预算法》，制定本条例。',
        '第二条 依照《HYPERLINK \\l "_Toc123"中华人民共和国宪法》执行。',
        '第三条 参照《HYPERLINK "http://www.example.cn/law"行政处罚法》和《javascript:SLC(1234,0)行政许可法》。',
      ].join('\n\n'),
    );
    expect(r.texts).toEqual([
      ['art_1', '根据《中华人民共和国预算法》，制定本条例。'],
      ['art_2', '依照《中华人民共和国宪法》执行。'],
      ['art_3', '参照《行政处罚法》和《行政许可法》。'],
    ]);
    expect(r.warnings).toEqual([
      ['word-debris', 3, 'HYPERLINKjavascript'],
      ['word-debris', 5, 'HYPERLINK \\l "_Toc123"'],
      ['word-debris', 7, 'HYPERLINK "http://www.example.cn/law"'],
      ['word-debris', 7, 'javascript:SLC(1234,0)'],
    ]);
  });

  it('leaves the word hyperlink of a sentence alone', () => {
    const r = parse('第一条 网站应当标明hyperlink的来源。');
    expect(r.texts).toEqual([['art_1', '网站应当标明hyperlink的来源。']]);
    expect(r.warnings).toEqual([]);
  });
});
