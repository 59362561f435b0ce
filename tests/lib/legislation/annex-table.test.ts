/**
 * A table attached after a text under its own title (2020 海南自贸区 授权决定: "授权国务院在中国
 * (海南)自由贸易试验区暂时调整适用有关法律规定目录" over the table of the provisions adjusted) is
 * an annex, as one headed 附件 or 附表 is (#16, twelfth round). Before, the title and the table
 * stayed in the decision's one clause.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const TABLE = [
  '| 序号 | 法律规定 | 调整内容 |',
  '|-----|-----|-----|',
  '| 1 | 第三十五条 | 暂时调整 |',
];

function parse(body: string[]) {
  const source = [
    '# 关于授权的决定',
    '',
    '2020年4月29日通过',
    '',
    '<!-- INFO END -->',
    '',
    ...body,
  ];
  const result = parseDraft(source.join('\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('a table attached under its title', () => {
  it('is an annex after a body without numbers', () => {
    const r = parse([
      '决定：授权国务院暂时调整适用有关法律规定。',
      '',
      '本决定自公布之日起施行。',
      '',
      '有关法律规定目录',
      '',
      ...TABLE,
    ]);
    expect(r.document.nodes.map((n) => [n.kind, n.heading, n.text])).toEqual([
      ['point', '', '决定：授权国务院暂时调整适用有关法律规定。'],
      ['paragraph', '', '本决定自公布之日起施行。'],
      ['annex', '有关法律规定目录', TABLE.join('\n')],
    ]);
    expect(r.warnings.map((w) => [w.code, w.line])).toContainEqual(['annex', 11]);
  });

  it('is an annex after the last article', () => {
    const r = parse(['第一条 甲。', '', '第二条 乙。', '', '收费项目一览表', '', ...TABLE]);
    expect(r.document.nodes.map((n) => n.kind)).toEqual(['article', 'article', 'annex']);
    expect(r.document.nodes[1]?.text).toBe('乙。');
  });

  it('is no annex without a title over it, or when the line is a sentence', () => {
    const r = parse(['第一条 下列费用按本表收取。', '', ...TABLE]);
    expect(r.document.nodes.map((n) => n.kind)).toEqual(['article']);
  });
});
