/**
 * Items run on in one line after a colon with the ； before one label missing (哈尔滨 2020 地名
 * 管理条例 第十六条: "……经费来源：（一）市区的街路牌……所需经费由同级财政承担（二）市区的楼牌……；
 * （三）……"): the labels follow in sequence, so the items are split there too, with a warning
 * at the line that the separator is missing (#16, thirteenth round). Before, none was split and
 * nothing was said.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市地名管理条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w) => [w.code, w.line, w.message]),
  };
}

describe('items run on in one line with a separator missing', () => {
  it('are split at labels in sequence, with a warning that the separator is missing', () => {
    const r = parse(
      '第一条 地名标志的设置、管理和经费来源：（一）市区的街路牌，由市民政部门负责设置和管理，所需经费由同级财政承担（二）市区的楼牌、门牌，由区民政部门负责设置和管理；（三）其它地名标志，由使用单位负责设置。',
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '地名标志的设置、管理和经费来源：'],
      [
        'art_1__para_1__point_1',
        '市区的街路牌，由市民政部门负责设置和管理，所需经费由同级财政承担',
      ],
      ['art_1__para_1__point_2', '市区的楼牌、门牌，由区民政部门负责设置和管理；'],
      ['art_1__para_1__point_3', '其它地名标志，由使用单位负责设置。'],
    ]);
    const missing = r.warnings.filter(([code]) => code === 'item-separator-missing');
    expect(missing).toEqual([['item-separator-missing', 3, expect.stringContaining('（二）')]]);
    expect(missing[0]?.[2]).toMatch(/^（二）之前缺少.*The separator/);
  });

  it('warns of no missing separator when every item ends with ；', () => {
    const r = parse('第一条 经费来源：（一）甲承担；（二）乙承担；（三）丙承担。');
    expect(r.nodes.filter(([id]) => id.includes('point'))).toHaveLength(3);
    expect(r.warnings.map(([code]) => code)).not.toContain('item-separator-missing');
  });

  it('keeps a cross-reference as text', () => {
    const r = parse(
      '第一条 有下列情形之一的：（一）违反本条例第二条（二）项规定的，处罚款（二）违反第三条 第（三）项规定的；（三）其他情形。',
    );
    expect(r.nodes.filter(([id]) => id.includes('point'))).toEqual([
      ['art_1__para_1__point_1', '违反本条例第二条（二）项规定的，处罚款'],
      ['art_1__para_1__point_2', '违反第三条 第（三）项规定的；'],
      ['art_1__para_1__point_3', '其他情形。'],
    ]);
  });

  it('are split when every separator is missing in a run of four labels after a colon', () => {
    // 保定 2020 城市公共汽车客运条例 第二十六条 (#16, fourth random sample): "……遵守下列规定：（一）
    // 建立、健全管理制度，执行相关行业标准、规范（二）……（七）……。"; before, it stayed one paragraph.
    const r = parse(
      '第一条 企业应当遵守下列规定：（一）建立制度（二）按照线路运营（三）公布票价（四）培训人员。',
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '企业应当遵守下列规定：'],
      ['art_1__para_1__point_1', '建立制度'],
      ['art_1__para_1__point_2', '按照线路运营'],
      ['art_1__para_1__point_3', '公布票价'],
      ['art_1__para_1__point_4', '培训人员。'],
    ]);
    expect(r.warnings.filter(([code]) => code === 'item-separator-missing')).toHaveLength(3);
  });

  it('leaves a lone （一）, labels out of sequence and labels with no separator at all as text', () => {
    for (const line of [
      '第一条 地名是指：（一）市、区、县的名称。',
      '第一条 经费来源：（一）甲承担（三）乙承担；（四）丙承担。',
      '第一条 经费来源：（一）甲承担（二）乙承担（三）丙承担。',
    ]) {
      const r = parse(line);
      expect(r.nodes.filter(([id]) => id.includes('point'))).toEqual([]);
      expect(r.warnings.map(([code]) => code)).not.toContain('item-separator-missing');
    }
  });
});
