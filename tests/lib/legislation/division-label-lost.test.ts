/**
 * A chapter heading that lost its label and its ## (嘉兴 2021 住宅物业管理条例: "## 第二章 业主和
 * 业主组织" … "第二十三条 ……履行业主委员会职责。" / "物业管理服务" / "第二十四条 ……" … "## 第四章
 * 法律责任"): the bare line between 第二章 and 第四章 is the heading of 第三章, its number lost, and
 * the articles after it up to 第四章 are that chapter's, with a warning (#16, sixth random
 * sample). Before, the line was the second paragraph of 第二十三条 and 第二十四条 to 第三十二条 stood
 * in 第二章, with only a numbering-gap warning at 第四章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市住宅物业管理条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string, string] => [
      n.eId,
      n.label,
      n.heading,
      n.text,
    ]),
    // The fragment starts at 第二章 and 第二十二条: the warnings about its start are not looked at.
    warnings: result.warnings
      .filter((w) => w.line > 3 && w.code !== 'starts-late')
      .map((w) => [w.code, w.line, w.message]),
  };
}

const JIAXING = [
  '## 第二章  业主和业主组织',
  '第二十二条 业主委员会未按期组织换届选举的，居（村）民委员会应当指导业主召开业主大会会议进行选举。',
  '第二十三条 未成立业主委员会的，居（村）民委员会应当在街道办事处的指导监督下履行业主委员会职责。',
  '物业管理服务',
  '第二十四条 建设单位通过招投标方式选聘物业服务人的，应当通知居（村）民委员会派员参加评标。',
  '第二十五条 物业服务人承接物业时，应当对业主共有部分、共用设施进行查验。',
  '## 第四章  法律责任',
  '第二十六条 违反本条例规定的行为，法律、行政法规已有法律责任规定的，从其规定。',
].join('\n\n');

describe('a division heading that lost its label', () => {
  it('is read as the missing chapter between its neighbours, holding the articles after it', () => {
    const r = parse(JIAXING);
    expect(r.nodes.map(([eId, label, heading]) => [eId, label, heading])).toEqual([
      ['chp_2', '第二章', '业主和业主组织'],
      ['chp_2__art_22', '第二十二条', ''],
      ['chp_2__art_23', '第二十三条', ''],
      ['chp_3', '', '物业管理服务'],
      ['chp_3__art_24', '第二十四条', ''],
      ['chp_3__art_25', '第二十五条', ''],
      ['chp_4', '第四章', '法律责任'],
      ['chp_4__art_26', '第二十六条', ''],
    ]);
    expect(r.nodes[2]?.[3]).toBe(
      '未成立业主委员会的，居（村）民委员会应当在街道办事处的指导监督下履行业主委员会职责。',
    );
    // Read while the tree is built, as a bare chapter title between articles is (三门峡 2019).
    expect(r.warnings).toEqual([['division-unnumbered', 9, expect.stringContaining('第三章')]]);
  });

  it('stays a paragraph when no division is missing', () => {
    const r = parse(JIAXING.replace('## 第四章', '## 第三章'));
    expect(r.nodes.map(([eId]) => eId)).toContain('chp_2__art_23__para_2');
    expect(r.nodes.map(([eId]) => eId)).toContain('chp_2__art_24');
    expect(r.warnings.map(([code]) => code)).not.toContain('division-label-lost');
    expect(r.warnings.map(([code]) => code)).not.toContain('division-unnumbered');
  });

  it('is read as the missing section between two sections, after the tree is built', () => {
    const sections = JIAXING.replace(
      '## 第二章  业主和业主组织',
      '## 第二章  业主和业主组织\n\n### 第一节  业主组织',
    ).replace('## 第四章  法律责任', '### 第三节  监督管理');
    const r = parse(sections);
    expect(r.nodes.map(([eId, label, heading]) => [eId, label, heading])).toContainEqual([
      'chp_2__sec_2',
      '',
      '物业管理服务',
    ]);
    expect(r.nodes.map(([eId]) => eId)).toContain('chp_2__sec_2__art_24');
    expect(r.warnings).toEqual([['division-label-lost', 11, expect.stringContaining('第二节')]]);
  });

  it('stays a paragraph when the line is a sentence', () => {
    const r = parse(JIAXING.replace('物业管理服务', '物业管理服务另行规定。'));
    expect(r.nodes.map(([eId]) => eId)).toContain('chp_2__art_23__para_2');
    expect(r.warnings.map(([code]) => code)).toEqual(['numbering-gap']);
  });
});
