/**
 * The next item of a list written with an Arabic numeral (前郭 2012 城乡规划建设环境卫生管理条例
 * 第四十三条: "（一）……" / "（二）……" / "（3） 建设单位未按规定……罚款。"): （3） reads like a sub-item,
 * but the item before has none and 3 is the number after its own (二), so it is the list's third
 * item, its label kept as written, warned item-label-arabic (#16, qi round, shapes left by earlier
 * rounds). Before, it was a sub-item of （二）, warned as a numbering gap.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某县城乡规划建设管理条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]),
    warnings: result.warnings
      .filter((w) => w.code !== 'starts-late')
      .map((w) => [w.code, w.line, w.params?.['label']]),
  };
}

describe('the next item of a list written with an Arabic numeral', () => {
  it('is the next item, not a sub-item of the item before, warned', () => {
    const r = parse(
      [
        '第四十三条 有下列行为之一的，由自治县建设行政主管部门依法予以处罚：',
        '（一）未经备案从事建筑经营活动的，责令停止经营活动。',
        '（二）建设单位未取得施工许可证擅自施工的，责令停止施工。',
        '（3） 建设单位未按规定办理工程质量监督手续的，责令限期改正。',
        '第四十四条 本条例自2012年8月1日起施行。',
      ].join('\n\n'),
    );
    expect(r.nodes.slice(2, 5)).toEqual([
      ['art_43__para_1__point_1', '（一）', '未经备案从事建筑经营活动的，责令停止经营活动。'],
      ['art_43__para_1__point_2', '（二）', '建设单位未取得施工许可证擅自施工的，责令停止施工。'],
      [
        'art_43__para_1__point_3',
        '（3）',
        '建设单位未按规定办理工程质量监督手续的，责令限期改正。',
      ],
    ]);
    expect(r.warnings).toEqual([['item-label-arabic', 9, '（3）']]);
  });

  it('leaves sub-items from （1） under an item that introduces them', () => {
    const r = parse(
      [
        '第一条 有下列情形之一的，依法处理：',
        '（一）甲。',
        '（二）乙，包括：',
        '（1）丙；',
        '（2）丁。',
      ].join('\n\n'),
    );
    expect(r.nodes.map(([id]) => id)).toContain('art_1__para_1__point_2__subpoint_2');
    expect(r.warnings).toEqual([]);
  });
});
