/**
 * A 目录 whose body writes each chapter heading with a list number where 第X章 stood (商洛
 * 2016 制定地方性法规条例, a random sample of local regulations, qb round: 目录 第一章 总则 …
 * 第八章 附则, then "1.  总 则", "2.  市人民代表大会立法程序", …, "第六章　……", "7.  其他规定"):
 * the 目录 is one, and each such heading opens the 目录's chapter of that number, with a warning
 * (#16). Before, the 目录's eight entries were read as eight empty chapters, "1. 总则" ran on
 * into the title of 第八章, every article to 第四十三条 stood in that chapter, and the other
 * headings were read as sub-points of the last article before them.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某市制定地方性法规条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('chapter headings whose 第X章 became a list number', () => {
  it('open the chapters the 目录 lists', () => {
    const result = parse(
      [
        '目 录',
        '第一章 总则',
        '第二章 立法程序',
        '第三章 附则',
        '1.  总 则',
        '第一条 为了规范立法活动，制定本条例。',
        '第二条 本条例适用于本市。',
        '2.  立法程序',
        '第三条 法规案由主任会议提出。',
        '第三章　附则',
        '第四条 本条例自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.label, n.heading])).toEqual([
      ['chp_1', '', '总则'],
      ['chp_1__art_1', '第一条', ''],
      ['chp_1__art_2', '第二条', ''],
      ['chp_2', '', '立法程序'],
      ['chp_2__art_3', '第三条', ''],
      ['chp_3', '第三章', '附则'],
      ['chp_3__art_4', '第四条', ''],
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'chapter-list-numbered' || w.code === 'table-of-contents')
        .map((w) => [w.code, w.line]),
    ).toEqual([
      ['table-of-contents', 3],
      ['chapter-list-numbered', 11],
      ['chapter-list-numbered', 17],
    ]);
  });

  it('leaves a numbered list whose first title is not the 目录 first chapter as it was', () => {
    const result = parse(
      [
        '目 录',
        '第一章 总则',
        '第二章 附则',
        '1.  其他',
        '第一条 为了规范立法活动，制定本条例。',
      ].join('\n\n'),
    );
    expect(result.warnings.some((w) => w.code === 'chapter-list-numbered')).toBe(false);
  });
});
