/**
 * A decision in points that approves a text and prints it after its last point (全国人大常委会
 * 2024 关于实施渐进式延迟法定退休年龄的决定: "四、批准《国务院关于渐进式延迟法定退休年龄的办法》。" …
 * "五、本决定自2025年1月1日起施行。……" / "国务院关于渐进式延迟法定退休年龄的办法" / its preamble
 * "……特制定本办法。" / "第一条　……" … "第九条　……" / "附件：1. ……" / "附件1:" / tables). The
 * line after the last point is the title of the text the decision names as approved, and its
 * articles from 第一条 are that text's, not the decision's (#16, ud sample, row 60 of `其他/`).
 * Before, the title and the preamble of the approved text stayed in point 五's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 全国人民代表大会常务委员会关于实施某项制度的决定\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.heading,
      n.text,
    ]),
    codes: result.warnings.map((w) => w.code),
  };
}

const POINTS = [
  '为了落实某项制度，第十四届全国人民代表大会常务委员会第十一次会议决定：',
  '一、逐步实施某项制度。',
  '二、批准《国务院关于实施某项制度的办法》。国务院根据实际需要，可以对落实本办法进行补充和细化。',
  '三、本决定自2025年1月1日起施行。',
];
const TEXT = [
  '国务院关于实施某项制度的办法',
  '为了做好这项工作，特制定本办法。',
  '第一条　从2025年1月1日起，逐步实施某项制度。',
  '第二条　国家健全相关激励机制。',
];

describe('a text a decision approves, printed after its last point', () => {
  it('is an annex headed by its title, holding its preamble and its articles', () => {
    const { nodes, codes } = parse([...POINTS, ...TEXT].join('\n\n'));
    expect(nodes).toEqual([
      ['point_1', '', '逐步实施某项制度。'],
      ['point_2', '', POINTS[2]!.slice(2)],
      ['point_3', '', '本决定自2025年1月1日起施行。'],
      ['annex_1', '国务院关于实施某项制度的办法', '为了做好这项工作，特制定本办法。'],
      ['annex_1__art_1', '', '从2025年1月1日起，逐步实施某项制度。'],
      ['annex_1__art_2', '', '国家健全相关激励机制。'],
    ]);
    expect(codes).toContain('annex-approved');
    expect(codes).toContain('annex-articles');
  });

  it('holds the approved text’s own attachments in its annex, after its articles', () => {
    const { nodes } = parse(
      [...POINTS, ...TEXT, '附件：1. 甲表', '2. 乙表', '附件1:', '甲表', '附件2:', '乙表'].join(
        '\n\n',
      ),
    );
    expect(nodes.slice(3).map(([eId, heading]) => [eId, heading])).toEqual([
      ['annex_1', '国务院关于实施某项制度的办法'],
      ['annex_1__art_1', ''],
      ['annex_1__art_2', ''],
      ['annex_1__para_1', ''],
      ['annex_1__annex_1', '附件1:'],
      ['annex_1__annex_2', '附件2:'],
    ]);
    expect(nodes.find(([eId]) => eId === 'annex_1__art_2')?.[2]).toBe('国家健全相关激励机制。');
  });

  it('leaves a title the points do not name as approved in the last point', () => {
    const points = [...POINTS];
    points[2] = '二、国务院根据实际需要，可以对落实本决定进行补充和细化。';
    const { nodes, codes } = parse([...points, ...TEXT].join('\n\n'));
    expect(codes).not.toContain('annex-approved');
    expect(nodes.find(([eId]) => eId === 'point_3')?.[2]).toContain('国务院关于实施某项制度的办法');
  });
});
