/**
 * An article glued on after a number that ended the sentence before it, its decimal point and
 * full stop lost (吉林市城市规划管理条例 2003, 第四十七条: "……采光住宅楼的采光系数为1第四十八条
 * 非正向平行布置的住宅楼……", 1.0 once; "……均不得小于2第五十一条 建筑物与医院病房……"): a figure
 * ends a sentence as a character does, so the next article in sequence followed by a space and a
 * sentence begins there as after "……蔓延第二十三条 公民" (#16, ra round). Before, 第四十八条,
 * 第四十九条, 第五十一条 and 第五十二条 stayed inside the article before with only a numbering gap.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { carefulReaderArticles } from '../../helpers/heldout.ts';

function articles(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const nodes = flatten(result.document.nodes).filter((n) => n.kind === 'article');
  return { nodes: nodes.map((n) => [n.num, n.text]), warnings: result.warnings };
}

describe('an article glued on after a number', () => {
  it('is split off as the next article, with a warning on its line', () => {
    const body = [
      '第一条 甲。',
      '第二条 新区的采光系数为1第三条 非正向布置的住宅楼另行确定。',
      '第四条 采光系数不得小于2第五条 建筑位置有高差的，另行确定。',
      '第六条 丁。',
    ].join('\n\n');
    const r = articles(body);
    expect(r.nodes).toEqual([
      [1, '甲。'],
      [2, '新区的采光系数为1'],
      [3, '非正向布置的住宅楼另行确定。'],
      [4, '采光系数不得小于2'],
      [5, '建筑位置有高差的，另行确定。'],
      [6, '丁。'],
    ]);
    const w = r.warnings.filter((x) => x.code === 'article-run-on');
    expect(w.map((x) => [x.line, x.params?.['label']])).toEqual([
      [5, '第三条'],
      [7, '第五条'],
    ]);
    expect(r.warnings.some((x) => x.code === 'numbering-gap')).toBe(false);
    expect(carefulReaderArticles(`# 临江市条例\n\n${body}`)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });

  it('stays text when it is cited or not the next article', () => {
    for (const line of [
      '第二条 依照附表1第三条 的规定执行。',
      '第二条 按照标准2第五条 执行。',
      '第二条 列入目录1第三条规定的范围。',
    ]) {
      const body = ['第一条 甲。', line].join('\n\n');
      expect(articles(body).nodes.map((n) => n[0])).toEqual([1, 2]);
      expect(carefulReaderArticles(`# 临江市条例\n\n${body}`)).toEqual(['1', '2']);
    }
  });
});
