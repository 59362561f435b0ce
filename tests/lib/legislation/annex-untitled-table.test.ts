/**
 * A table with no title after the article that puts the text in force (固定污染源排污许可分类管理
 * 名录 2019, Theonefkguy/Chinese-Laws: "第十条 本名录自发布之日起施行。……同时废止。", then the
 * 名录's table, its header row over the delimiter row, then its notes 注1. to 5.) is attached to
 * the text: an annex, not paragraphs of that article (#16, thirty-first round). Before, the 112
 * rows and the notes were 171 paragraphs of 第十条, with a numbering gap reported for the notes.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const TABLE = [
  '| 序号 | 行业类别 | 重点管理 | 简化管理 | 登记管理 |',
  '',
  '| --- | --- | --- | --- | --- |',
  '',
  '| 一、畜牧业03 |  |  |  |  |',
  '',
  '| 2 | 其他畜牧业039 | / | / | 设有污水排放口的养殖场、养殖小区 |',
];
const NOTES = [
  '注1.表格中标“﹡”号者，是指在工业建筑中生产的排污单位',
  '',
  '2.本名录中的电镀工序，是指电镀、化学镀、阳极氧化等生产工序',
];

function parse(body: string[]) {
  const source = ['# 固定污染源排污许可分类管理名录（2019年版）', '', ...body];
  const result = parseDraft(source.join('\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('a table with no title after the commencement', () => {
  it('is an annex, with the notes after it', () => {
    const r = parse([
      '第九条 本名录由生态环境部负责解释，并适时修订。',
      '',
      '第十条 本名录自发布之日起施行。《固定污染源排污许可分类管理名录（2017年版）》同时废止。',
      '',
      '<!-- TABLE -->',
      '',
      ...TABLE,
      '',
      '<!-- TABLE END -->',
      '',
      ...NOTES,
    ]);
    expect(r.document.nodes.map((n) => [n.kind, n.label, n.children.length])).toEqual([
      ['article', '第九条', 0],
      ['article', '第十条', 0],
      ['annex', '', 0],
    ]);
    expect(r.document.nodes[1]?.text).toBe(
      '本名录自发布之日起施行。《固定污染源排污许可分类管理名录（2017年版）》同时废止。',
    );
    expect(r.document.nodes[2]?.text).toBe([...TABLE, ...NOTES].filter((l) => l !== '').join('\n'));
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['annex-untitled-table', 9]);
    expect(r.warnings.map((w) => w.code)).not.toContain('numbering-gap');
  });

  it('stays in an article that is not the commencement', () => {
    const r = parse(['第一条 甲。', '', '第二条 业主共同决定下列事项，比例如下。', '', ...TABLE]);
    expect(r.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
  });

  it('stays in the commencement article when an article follows it', () => {
    const r = parse(['第一条 本办法自2025年5月1日起施行。', '', ...TABLE, '', '第二条 乙。']);
    expect(r.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
  });
});
