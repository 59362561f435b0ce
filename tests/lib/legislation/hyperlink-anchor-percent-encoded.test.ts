/**
 * A Word hyperlink field whose anchor carries a search keyword in percent-encoded UTF-8, glued
 * inside a sentence (北京市公共文化服务保障条例 2022, 第三十三条: "……应当提高知识产权保护意识，
 * HYPERLINKpkulaw5474a395ed4a9880bdfbkeyword%E5%85%AC%E5%85%B1…%E6%8A%A4listViewDocuments健全知识产权
 * 管理制度……"): the anchor runs on through its %XX bytes and the letters after them to the first
 * character of the sentence, and all of it is left out as Word debris (#16, ra round). Before, only
 * HYPERLINK and the letters and digits up to the first % were left out, and the encoded keyword
 * stayed in the article's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a hyperlink field with a percent-encoded anchor', () => {
  it('is left out whole, up to the sentence it stands in', () => {
    const result = parse(
      '第一条 有关单位应当提高知识产权保护意识，HYPERLINKpkulaw5474a395ed4a9880bdfbkeyword%E5%85%AC%E5%85%B1listViewDocuments健全知识产权管理制度。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '有关单位应当提高知识产权保护意识，健全知识产权管理制度。'],
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
    ).toEqual(['HYPERLINKpkulaw5474a395ed4a9880bdfbkeyword%E5%85%AC%E5%85%B1listViewDocuments']);
  });

  it('keeps a percentage written after the word HYPERLINK', () => {
    const result = parse('第一条 使用HYPERLINK的比例不得超过5%。');
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual(['使用的比例不得超过5%。']);
  });
});
