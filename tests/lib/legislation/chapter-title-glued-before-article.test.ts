/**
 * A chapter title that lost its 第X章, glued after the last full stop of an article and before
 * the next article in sequence, which runs on without a space before it (伊春 2019 城乡规划条例, a
 * random sample of provincial regulations, #16: "第二十条 ……修改后的城乡规划应当按照原程序报批、
 * 备案。城乡规划的实施第二十一条 城乡建设和发展……", with 第三章 missing between 第二章 and 第四章):
 * the title opens the missing chapter, with a warning. Before, the title was the end of 第二十条
 * and 第二十一条 to 第四十四条 stood in 第二章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某市城乡规划条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a chapter title glued between an article and the next', () => {
  it('opens the missing chapter', () => {
    const result = parse(
      [
        '## 第一章 总则第一条 为了加强城乡规划管理，制定本条例。',
        '## 第二章 城乡规划的制定和修改第二条 市人民政府应当建立城乡规划实施情况评估制度。',
        '第三条 修改后的城乡规划应当按照原程序报批、备案。城乡规划的实施第四条 城乡建设和发展应当优先安排基础设施。',
        '第五条 新建道路应当同步规划、同步验收。',
        '## 第四章 监督检查第六条 市人民政府应当报告城乡规划的实施情况。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['chp_1', '总则', ''],
      ['chp_1__art_1', '', '为了加强城乡规划管理，制定本条例。'],
      ['chp_2', '城乡规划的制定和修改', ''],
      ['chp_2__art_2', '', '市人民政府应当建立城乡规划实施情况评估制度。'],
      ['chp_2__art_3', '', '修改后的城乡规划应当按照原程序报批、备案。'],
      ['chp_3', '城乡规划的实施', ''],
      ['chp_3__art_4', '', '城乡建设和发展应当优先安排基础设施。'],
      ['chp_3__art_5', '', '新建道路应当同步规划、同步验收。'],
      ['chp_4', '监督检查', ''],
      ['chp_4__art_6', '', '市人民政府应当报告城乡规划的实施情况。'],
    ]);
    expect(
      result.warnings
        .filter((w) => ['division-unnumbered', 'numbering-gap'].includes(w.code))
        .map((w) => [w.code, w.line, w.params?.['read']]),
    ).toEqual([['division-unnumbered', 7, '第三章']]);
  });

  it('leaves the words glued on where no chapter is missing', () => {
    const result = parse(
      [
        '## 第一章 总则第一条 为了加强城乡规划管理，制定本条例。',
        '## 第二章 城乡规划的制定和修改第二条 市人民政府应当建立评估制度。',
        '第三条 修改后的城乡规划应当按照原程序报批、备案。城乡规划的实施第四条 城乡建设和发展应当优先安排基础设施。',
        '## 第三章 监督检查第五条 市人民政府应当报告城乡规划的实施情况。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['chp_1', ''],
      ['chp_1__art_1', '为了加强城乡规划管理，制定本条例。'],
      ['chp_2', ''],
      ['chp_2__art_2', '市人民政府应当建立评估制度。'],
      ['chp_2__art_3', '修改后的城乡规划应当按照原程序报批、备案。城乡规划的实施'],
      ['chp_2__art_4', '城乡建设和发展应当优先安排基础设施。'],
      ['chp_3', ''],
      ['chp_3__art_5', '市人民政府应当报告城乡规划的实施情况。'],
    ]);
  });
});
