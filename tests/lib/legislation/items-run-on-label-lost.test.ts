/**
 * Items run on in one line with one label lost in the middle (彭水 2019 饮用水水源保护条例 第二十四条:
 * "……禁止下列行为：（一）……；（二）……；（三）停靠、行驶、作业船舶；放养畜禽或从事网箱养殖；（五）旅游……；
 * （六）开发旅游景区；（七）……。"): （四） is lost, not the item, so the items after it are split on,
 * and the one clause after item 3's ； is item 4 with its label missing, warned (#16, sixth random
 * sample). Before, （五）（六）（七） stayed inside the text of item （三）.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某县饮用水水源保护条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.text,
    ]),
    warnings: result.warnings.map((w) => [w.code, w.line, w.message]),
  };
}

describe('items run on in one line with a label lost in the middle', () => {
  it('are split after the gap, the clause after the last ； read as the lost item', () => {
    const r = parse(
      '第二十四条 在饮用水水源一级保护区内，还禁止下列行为：（一）新建与供水设施无关的建设项目；（二）使用化肥、含磷洗涤剂；（三）停靠、行驶、作业船舶；放养畜禽或从事网箱养殖；（五）旅游、游泳、垂钓；（六）开发旅游景区；（七）法律、法规规定的其他活动。饮用水水源一级保护区内已建成的建设项目，由自治县人民政府责令拆除或者关闭。',
    );
    expect(r.nodes.filter(([id]) => id.includes('point'))).toEqual([
      ['art_24__para_1__point_1', '（一）', '新建与供水设施无关的建设项目；'],
      ['art_24__para_1__point_2', '（二）', '使用化肥、含磷洗涤剂；'],
      ['art_24__para_1__point_3', '（三）', '停靠、行驶、作业船舶；'],
      ['art_24__para_1__point_4', '', '放养畜禽或从事网箱养殖；'],
      ['art_24__para_1__point_5', '（五）', '旅游、游泳、垂钓；'],
      ['art_24__para_1__point_6', '（六）', '开发旅游景区；'],
      ['art_24__para_1__point_7', '（七）', '法律、法规规定的其他活动。'],
    ]);
    expect(r.nodes.at(-1)).toEqual([
      'art_24__para_2',
      '',
      '饮用水水源一级保护区内已建成的建设项目，由自治县人民政府责令拆除或者关闭。',
    ]);
    const lost = r.warnings.filter(([code]) => code === 'item-label-missing');
    expect(lost).toEqual([['item-label-missing', 3, expect.stringContaining('放养畜禽')]]);
  });

  it('split after the gap with a numbering-gap warning when the lost item cannot be told apart', () => {
    const r = parse('第一条 禁止下列行为：（一）甲；（二）乙，丙。（四）丁；（五）戊；（六）己。');
    expect(
      r.nodes.filter(([id]) => id.includes('point')).map(([, label, text]) => [label, text]),
    ).toEqual([
      ['（一）', '甲；'],
      ['（二）', '乙，丙。'],
      ['（四）', '丁；'],
      ['（五）', '戊；'],
      ['（六）', '己。'],
    ]);
    expect(r.warnings.map(([code]) => code)).toContain('numbering-gap');
  });

  it('keeps a lone later label as text when no label follows it', () => {
    const r = parse('第一条 禁止下列行为：（一）甲；（二）乙；（四）丁。');
    expect(r.nodes.filter(([id]) => id.includes('point')).map(([, , text]) => text)).toEqual([
      '甲；',
      '乙；（四）丁。',
    ]);
  });
});
