/**
 * Pandoc's header attributes after a Markdown heading (whthomas/china-laws 企业法人登记管理条例 2019:
 * "## 第一章　总则 {#第一章-总则 .unnumbered}"): markup, not the chapter's title (#16, thirty-first
 * round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result.document;
}

describe('header attributes after a heading', () => {
  it('are left out of the chapter heading', () => {
    const doc = parse(
      [
        '# 中华人民共和国企业法人登记管理条例',
        '## 第一章　总则 {#第一章-总则 .unnumbered}',
        '第一条　为建立企业法人登记管理制度，制定本条例。',
        '## 第二章　登记主管机关 {#第二章-登记主管机关 .unnumbered}',
        '第四条　企业法人登记主管机关是国家市场监督管理总局。',
      ].join('\n\n'),
    );
    expect(doc.nodes.map((n) => [n.eId, n.heading])).toEqual([
      ['chp_1', '总则'],
      ['chp_2', '登记主管机关'],
    ]);
  });

  it('are left out of a heading whose label was lost, continued on the next heading', () => {
    const doc = parse(
      [
        '# 中华人民共和国企业法人登记管理条例',
        '## 第八章　公示和证照管理 {#第八章-公示和证照管理 .unnumbered}',
        '第二十五条　国家推行电子营业执照。',
        '## 事业单位、科技性的社会团体',
        '## 从事经营活动的登记管理 {#从事经营活动的登记管理 .unnumbered}',
        '第二十六条　事业单位设立具备法人条件的企业，由该企业申请登记。',
      ].join('\n\n'),
    );
    expect(doc.nodes[1]!.heading).toBe('事业单位、科技性的社会团体从事经营活动的登记管理');
  });

  it('leave braces that are words of the heading alone', () => {
    const doc = parse(
      ['# 某条例', '## 第一章　总则 {暂行}', '第一条　为了规范管理，制定本条例。'].join('\n\n'),
    );
    expect(doc.nodes[0]!.heading).toBe('总则 {暂行}');
  });
});
