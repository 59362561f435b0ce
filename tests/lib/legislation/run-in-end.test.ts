/**
 * The end of a text run on in the line of its last article or point (民航总局 2007 规范性文件制定
 * 程序规定: "第二十六条 本规定自发布之日起30日后施行。……废止。附件一：……"; 民航总局 2004 修改决定:
 * "六、……。”2001年8月31日……重新公布。本决定自2004年8月12日起实施。附件：……的决定"): the
 * attachment is split off as an annex, and in a decision the closing sentences before it stand
 * apart from the last point, as when written on lines of their own (#16, third sample).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某规定\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('an attachment run on in the last article', () => {
  it('is split off as an annex', () => {
    const result = parse(
      '第一条 为了规范工作，制定本规定。\n\n第二条 本规定自发布之日起施行。附件一：代码一览表名称代码办公厅GO附件二：封面版式',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['art_1', '', '为了规范工作，制定本规定。'],
      ['art_2', '', '本规定自发布之日起施行。'],
      ['annex_1', '附件一：', '代码一览表名称代码办公厅GO附件二：封面版式'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['annex-run-in', 5],
      ['annex', 5],
    ]);
  });

  it('is left alone inside a quotation', () => {
    const result = parse('第一条 将第五条修改为：“本规定自发布之日起施行。附件：名录');
    expect(result.warnings.map((w) => w.code)).not.toContain('annex-run-in');
  });
});

describe('the closing sentences run on in the last point of a decision', () => {
  it('stand apart from that point, before the attachment', () => {
    const result = parse(
      '决定作如下修改：\n\n一、第一条修改为：“甲。”二、第二条修改为：“乙。”《临江市某某规定》根据本决定作相应修改，重新公布。本决定自2004年8月12日起实施。附件：修改决定',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['point_1', '', '第一条修改为：“甲。”'],
      ['point_2', '', '第二条修改为：“乙。”'],
      ['para_1', '', '《临江市某某规定》根据本决定作相应修改，重新公布。'],
      ['para_2', '', '本决定自2004年8月12日起实施。'],
      ['annex_1', '附件：', '修改决定'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'point-run-in',
      'annex-run-in',
      'closing-run-in',
      'annex-after-points',
    ]);
  });

  it('are left in a point when more than closing sentences follow', () => {
    const result = parse(
      '决定作如下修改：\n\n一、第一条修改为：“甲。”二、第二条修改为：“乙。”本决定自公布之日起施行。另有规定的除外。',
    );
    expect(result.warnings.map((w) => w.code)).not.toContain('closing-run-in');
  });
});
