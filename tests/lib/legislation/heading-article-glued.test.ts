/**
 * A division heading with its first article glued on, as the national database exports some
 * texts (拉萨市人民代表大会常务委员会议事规则 2021: "## 第一章 总则第一条 为了……" for every
 * chapter): the heading is the chapter's, the article the first of that chapter (#16, tenth
 * round). Before, the article was read as the chapter's heading text and lost as an article.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市议事规则\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('an article glued to its division heading', () => {
  it('is read as the first article under that heading, in Markdown headings and plain lines', () => {
    const result = parse(
      ['## 第一章 总则第一条 甲。', '第二条 乙。', '第二章 附 则第三条 丙。'].join('\n\n'),
    );
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['chp_1', '总则', ''],
      ['chp_1__art_1', '', '甲。'],
      ['chp_1__art_2', '', '乙。'],
      ['chp_2', '附则', ''],
      ['chp_2__art_3', '', '丙。'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'article-run-in')).toHaveLength(2);
  });

  it('splits off the articles that run on after the glued one (乌鲁木齐 2021, fourth sample)', () => {
    // "## 第一章 总则第一条 ……。 第二条 ……。 第三条 ……": before, 第二条 and 第三条 stayed in
    // the text of 第一条.
    const result = parse(
      ['## 第一章 总则第一条 甲。 第二条 乙。 第三条 丙。', '第四条 丁。'].join('\n\n'),
    );
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['chp_1', '总则', ''],
      ['chp_1__art_1', '', '甲。'],
      ['chp_1__art_2', '', '乙。'],
      ['chp_1__art_3', '', '丙。'],
      ['chp_1__art_4', '', '丁。'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['article-run-in', 3],
      ['article-run-in', 3],
      ['article-run-in', 3],
    ]);
  });

  it('is split off also when the article before it was lost (伊犁 2022, twelfth round)', () => {
    const result = parse(
      ['第一条 甲。', '### 第一节 生物多样性保护第三条 自治州应当加强保护。', '第四条 丁。'].join(
        '\n\n',
      ),
    );
    const nodes = flatten(result.document.nodes);
    expect(nodes.map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['art_1', '', '甲。'],
      ['sec_1', '生物多样性保护', ''],
      ['sec_1__art_3', '', '自治州应当加强保护。'],
      ['sec_1__art_4', '', '丁。'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual(
      expect.arrayContaining([['article-run-in', 5]]),
    );
    expect(result.warnings.some((w) => w.code === 'numbering-gap')).toBe(true);
  });

  it('leaves a heading alone when it cites the article glued to it', () => {
    const result = parse(
      ['第一条 甲。', '## 第二章 第五条 规定的事项', '第二条 乙。'].join('\n\n'),
    );
    const nodes = flatten(result.document.nodes);
    expect(nodes.filter((n) => n.kind === 'article').map((n) => n.num)).toEqual([1, 2]);
  });

  it('leaves a heading alone when the article glued to it is not the next one', () => {
    const result = parse(['第一条 甲。', '## 第二章 第五条的适用', '第二条 乙。'].join('\n\n'));
    const nodes = flatten(result.document.nodes);
    expect(nodes.filter((n) => n.kind === 'article').map((n) => n.num)).toEqual([1, 2]);
  });
});
