/**
 * One chapter heading whose 第X章 became a list number in a body that writes its other headings
 * 第X章 as its 目录 does (中山 2019 停车场条例, a random sample of local regulations, qh round:
 * 目录 第一章 总则 … 第六章 附则, the body's 第一章 to 第五章 as written, then "6.  附则"): the
 * heading opens the 目录's next chapter, with the chapter-list-numbered warning (#16). Before,
 * "6.  附则" was read as a sub-point 6. of the last paragraph of 第四十条, with a numbering gap,
 * and 第四十一条 and 第四十二条 stood in 第五章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某市停车场条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const TOC = ['目 录', '第一章 总则', '第二章 法律责任', '第三章 附则'];

describe('one chapter heading whose 第X章 became a list number', () => {
  it('opens the 目录 chapter of that number when it is the next chapter', () => {
    const result = parse(
      [
        ...TOC,
        '第一章 总则',
        '第一条 为了加强停车场管理，制定本条例。',
        '第二章 法律责任',
        '第二条 违反本条例规定的，依法处理。',
        '违反本条例第一条规定的，依法处罚。',
        '3.  附则',
        '第三条 本条例自2020年1月1日施行。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind !== 'paragraph')
        .map((n) => [n.eId, n.label, n.heading]),
    ).toEqual([
      ['chp_1', '第一章', '总则'],
      ['chp_1__art_1', '第一条', ''],
      ['chp_2', '第二章', '法律责任'],
      ['chp_2__art_2', '第二条', ''],
      ['chp_3', '', '附则'],
      ['chp_3__art_3', '第三条', ''],
    ]);
    expect(
      result.warnings.map((w) => [w.code, w.line, w.params?.['label'], w.params?.['text']]),
    ).toEqual([
      ['table-of-contents', 3, undefined, undefined],
      ['chapter-list-numbered', 21, '第三章', '3.附则'],
    ]);
  });

  it('reads a list number that is not the next chapter, or another title, as before', () => {
    for (const line of ['2.  附则', '3.  其他规定']) {
      const result = parse(
        [
          ...TOC,
          '第一章 总则',
          '第一条 为了加强停车场管理，制定本条例。',
          '第二章 法律责任',
          '第二条 违反本条例规定的，依法处理：',
          '1. 擅自改变用途；',
          line,
          '第三条 本条例自2020年1月1日施行。',
        ].join('\n\n'),
      );
      expect(result.warnings.some((w) => w.code === 'chapter-list-numbered')).toBe(false);
      const chapters = flatten(result.document.nodes).filter((n) => n.kind === 'chapter');
      expect(chapters.map((c) => c.label)).toEqual(['第一章', '第二章']);
    }
  });
});
