/**
 * A 目录 of chapters whose headings the body lost (日喀则 2018 人民代表大会议事规则, a random sample
 * of provincial regulations: "## 第一章 总则" … "## 第九章 附则第一条 为了……", then "……藏语言
 * 文字。会议的准备和举行第五条 ……"): the chapter lines numbered from 第一章 in sequence before
 * 第一条 are skipped as a 目录; 第一章 begins at 第一条, and a later chapter where its title ends
 * the text before the next article, the title taken off that text (#16). Before, the 目录's
 * chapters were read as empty chapters and every article fell in the last of them.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某规则\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a 目录 whose chapters the body lost', () => {
  it('gives the chapters, opened at 第一条 and where their titles run on', () => {
    const result = parse(
      [
        '## 第一章 总则',
        '## 第二章 会议的准备和举行',
        '## 第三章 附则第一条 为了规范议事程序，制定本规则。',
        '第二条 会议应当同时使用两种语言文字。会议的准备和举行第三条 会议由常务委员会召集。',
        '第四条 会议每年至少举行一次。',
        '## 第三章 附则第五条 本规则自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.label, n.heading, n.text])).toEqual([
      ['chp_1', '', '总则', ''],
      ['chp_1__art_1', '第一条', '', '为了规范议事程序，制定本规则。'],
      ['chp_1__art_2', '第二条', '', '会议应当同时使用两种语言文字。'],
      ['chp_2', '', '会议的准备和举行', ''],
      ['chp_2__art_3', '第三条', '', '会议由常务委员会召集。'],
      ['chp_2__art_4', '第四条', '', '会议每年至少举行一次。'],
      ['chp_3', '第三章', '附则', ''],
      ['chp_3__art_5', '第五条', '', '本规则自公布之日起施行。'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'chapter-from-toc').map((w) => w.line)).toEqual(
      [7, 9],
    );
  });

  it('leaves two chapter lines before 第一条 as the chapters they are', () => {
    const result = parse(
      ['## 第一章 总则', '## 第二章 附则第一条 为了规范议事程序，制定本规则。'].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'chapter')
        .map((n) => n.label),
    ).toEqual(['第一章', '第二章']);
  });
});
