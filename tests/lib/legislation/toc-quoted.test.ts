/**
 * A 目录 whose entries the converter set as a `>` quotation (宁夏 2020 人口与计划生育条例, a random
 * sample of local regulations, rc round: "目 录" / "> 第一章 总则" / ">" / "> 第二章 保障措施" … "> 第八章
 * 附则", then the body's "第一章 总则" and, where 第二章 to 第八章 stood, "2.  保障措施" …
 * "8.    附则"): the quotation is the 目录's entries, one a line, as a 目录 written plainly is
 * (#16). Before, the eight entries were one paragraph of the preamble, no 目录 was seen, and the
 * body's "2.  保障措施" to "8.    附则" were read as sub-points of the articles before them, with
 * numbering gaps, every article standing in 第一章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某自治区人口条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const QUOTED_TOC = ['目 录', '> 第一章 总则\n>\n> 第二章 保障措施\n>\n> 第三章 附则'];

describe('a 目录 set as a quotation', () => {
  it('is a 目录, and the chapters whose 第X章 became a list number open as it lists them', () => {
    const result = parse(
      [
        ...QUOTED_TOC,
        '第一章 总则',
        '第一条\n为了促进人口发展，制定本条例。',
        '2.  保障措施',
        '第二条\n县级以上人民政府应当编制人口发展规划。',
        '3.    附则',
        '第三条 本条例自2010年1月1日起施行。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind !== 'paragraph')
        .map((n) => [n.eId, n.label, n.heading]),
    ).toEqual([
      ['chp_1', '第一章', '总则'],
      ['chp_1__art_1', '第一条', ''],
      ['chp_2', '', '保障措施'],
      ['chp_2__art_2', '第二条', ''],
      ['chp_3', '', '附则'],
      ['chp_3__art_3', '第三条', ''],
    ]);
    expect(result.document.preamble).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['table-of-contents', 3],
      ['chapter-list-numbered', 16],
      ['chapter-list-numbered', 21],
    ]);
  });

  it('keeps a quotation after 目录 that is not a list of divisions as it was', () => {
    const result = parse(
      ['目 录', '> 本条例分为三章。', '第一章 总则', '第一条 为了促进人口发展，制定本条例。'].join(
        '\n\n',
      ),
    );
    expect(result.document.preamble).toEqual(['本条例分为三章。']);
    expect(result.warnings.some((w) => w.code === 'table-of-contents')).toBe(false);
  });
});
