/**
 * Tables saved as plain text after the last article, their cells separated by tabs (个人所得税法
 * 2018 as exported from the national database flk.npc.gov.cn, a random sample, #16: after 第二十二条
 * "个人所得税税率表一（综合所得适用）" over rows "1\t不超过36000元的\t3", notes in brackets, then
 * 税率表二 the same way): each table is an annex under its title, its rows kept as lines. Before,
 * both tables were paragraphs of 第二十二条 and the rows were joined as one wrapped sentence, so
 * that the rate of a row ran into the number of the next ("3" + "2" read "32").
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const TABLE_ONE = [
  '级数\t全年应纳税所得额\t税率（%）',
  '1\t不超过36000元的\t3',
  '2\t超过36000元的部分\t10',
];
const TABLE_TWO = ['级数\t全年应纳税所得额\t税率（%）', '1\t不超过30000元的\t5'];

function parse(lines: string[]) {
  const source = ['', '', '中华人民共和国某税法', '', '（2018年8月31日修正）', '', ...lines];
  const result = parseDraft(source.join('\r\n'), { file: 'x.txt' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('tables of tab-separated rows after the last article', () => {
  it('reads each table under its title as an annex, its rows as lines', () => {
    const r = parse([
      '第一条　税率依照本法所附税率表执行。',
      '第二条　本法自公布之日起施行。',
      '',
      '',
      '',
      '某税税率表一（综合所得适用）',
      ...TABLE_ONE,
      '',
      '',
      '（注：本表所称所得额是指应纳税所得额。）',
      '',
      '',
      '',
      '某税税率表二（经营所得适用）',
      ...TABLE_TWO,
    ]);
    expect(r.document.nodes.map((n) => [n.kind, n.heading, n.text])).toEqual([
      ['article', '', '税率依照本法所附税率表执行。'],
      ['article', '', '本法自公布之日起施行。'],
      [
        'annex',
        '某税税率表一（综合所得适用）',
        [...TABLE_ONE, '（注：本表所称所得额是指应纳税所得额。）'].join('\n'),
      ],
      ['annex', '某税税率表二（经营所得适用）', TABLE_TWO.join('\n')],
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['annex', 'annex']);
  });

  it('never joins a row of tab-separated cells to the line before it', () => {
    const r = parse(['第一条　税率如下', ...TABLE_ONE]);
    expect(r.document.nodes[0]?.children.map((p) => p.text)).toEqual(['税率如下', ...TABLE_ONE]);
    expect(r.warnings.map((w) => w.code)).not.toContain('line-joined');
  });
});
