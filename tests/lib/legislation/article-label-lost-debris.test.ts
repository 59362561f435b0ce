/**
 * Word debris where an article's label was (前郭 2016 水资源管理条例, a random sample, #16:
 * "……依法给予补偿。芑極芑酵疂芑酵疂……在地下水禁采地区，……" where 第十二条 was, 第十三条 on the next
 * line; the same in 南京 2018 城市绿化条例, 乌海 2019, 吉林 2001, 前郭 1999 and 伊通 2003 of the
 * held-out texts): when the debris stands between a full stop and more text, and the articles
 * before and after it are numbered two apart, the text after it is the article in between, its
 * label lost, warned. Before, it stayed in the article before, with a numbering gap.
 */
import { describe, expect, it } from 'vitest';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const DEBRIS = '佨伀J儀J帀佨伀J儀J漀佨伀J儀J帀';

function parse(lines: string[]) {
  const result = parseDraft(['# 某县条例', '', ...lines].join('\n\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    articles: flatten(result.document.nodes)
      .filter((n) => n.kind === 'article')
      .map((n) => [n.eId, n.label, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('an article label lost to Word debris', () => {
  it('reads the text after the debris as the missing article', () => {
    const r = parse([
      '第十一条 甲应当补偿。',
      `第十二条 乙应当补救。${DEBRIS}在禁采地区，禁止取水。`,
      '第十四条 丙应当检查。',
    ]);
    expect(r.articles).toEqual([
      ['art_11', '第十一条', '甲应当补偿。'],
      ['art_12', '第十二条', '乙应当补救。'],
      ['art_13', '第十三条', '在禁采地区，禁止取水。'],
      ['art_14', '第十四条', '丙应当检查。'],
    ]);
    expect(r.warnings).toContain('article-label-lost');
    expect(r.warnings).not.toContain('numbering-gap');
  });

  it('leaves the text in its article when no number is missing after it', () => {
    const r = parse([
      `第十二条 乙应当补救。${DEBRIS}在禁采地区，禁止取水。`,
      '第十三条 丙应当检查。',
    ]);
    expect(r.articles).toEqual([
      ['art_12', '第十二条', '乙应当补救。在禁采地区，禁止取水。'],
      ['art_13', '第十三条', '丙应当检查。'],
    ]);
    expect(r.warnings).not.toContain('article-label-lost');
  });

  it('leaves debris inside a sentence alone', () => {
    const r = parse([`第十二条 乙应当补救${DEBRIS}在禁采地区禁止取水。`, '第十四条 丙应当检查。']);
    expect(r.articles.map(([id]) => id)).toEqual(['art_12', 'art_14']);
    expect(r.warnings).toContain('numbering-gap');
  });

  it('takes a copy of the run begun and broken off before it with the debris', () => {
    expect(
      dropWordDebris(
        '依法给予补偿。芑極芑酵疂芑酵疂芑酵疂芑酵疂芑酵疂在地下水禁采地区，禁止取水。',
      ),
    ).toEqual({
      text: '依法给予补偿。在地下水禁采地区，禁止取水。',
      debris: ['芑極芑酵疂芑酵疂芑酵疂芑酵疂芑酵疂'],
      tails: ['在地下水禁采地区，禁止取水。'],
    });
  });
});
