/**
 * An article's label that lost its 第 (公安部 2004 外国人签证和居留许可工作规范, a random sample,
 * #16: "第四十二条 本规范由……负责解释。" / "四十三条 本规范自2004年4月1日起执行，……"): a line that
 * begins with a numeral, 条 and a space, numbered next after the article before, is that
 * article, warned article-prefix-lost. Before, the commencement stayed a paragraph of 第四十二条.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { carefulReaderArticles } from '../../helpers/heldout.ts';

function parse(lines: string[]) {
  const source = ['# 某规范', '', ...lines].join('\n\n');
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    source,
    articles: flatten(result.document.nodes)
      .filter((n) => n.kind === 'article')
      .map((n) => ({ label: n.label, children: n.children.length, text: n.text })),
    codes: result.warnings.map((w) => w.code),
  };
}

describe('an article label without its 第', () => {
  it('reads the next article in sequence, warned', () => {
    const r = parse([
      '第四十一条 本规范所称“以上”、“以内”，皆包含本数。',
      '第四十二条 本规范由公安部出入境管理局负责解释。',
      '四十三条 本规范自2004年4月1日起执行。',
    ]);
    expect(r.articles.map((a) => a.label)).toEqual(['第四十一条', '第四十二条', '第四十三条']);
    expect(r.articles[1]!.children).toBe(0);
    expect(r.articles[2]!.text).toBe('本规范自2004年4月1日起执行。');
    expect(r.codes).toContain('article-prefix-lost');
    expect(carefulReaderArticles(r.source)).toEqual(['41', '42', '43']);
  });

  it('leaves a sentence or a number out of sequence in the article before', () => {
    const r = parse([
      '第一条 为了……，制定本规范。',
      '第二条 本规范适用于下列情形。',
      '三条规定的期限内，应当办理。',
      '五条 本规范自公布之日起施行。',
    ]);
    expect(r.articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
    expect(r.codes).not.toContain('article-prefix-lost');
  });
});
