/**
 * Sub-points 1. 2. 3. run on after an item's caption that ends with its colon (中国民用航空气象工作
 * 规则 2016 第一百五十七条: "（一）机场气象台、机场气象站向机场管制塔台提供的气象情报应包括：1.……；
 * 2.……；3.……；4.……。"): the item keeps the caption, colon included, and the run becomes its
 * sub-points, with a warning (#16, pn random sample). Before, the whole run stayed the item's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(item: string) {
  const result = parseDraft(
    `# 某某规则\n\n第一条 机场气象台应当向有关部门提供如下气象情报：\n\n${item}\n\n第二条 本规则自公布之日起施行。`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.text,
    ]),
    codes: result.warnings.map((w) => w.code),
  };
}

describe('sub-points run on after an item caption ending with a colon', () => {
  it('are the sub-points of the item, which keeps its caption', () => {
    const r = parse(
      '（一）向机场管制塔台提供的气象情报应包括：1.机场天气报告、趋势预报；2.重要气象情报、机场警报；3.收到的火山灰云的情报。',
    );
    expect(r.nodes.slice(2, 6)).toEqual([
      ['art_1__para_1__point_1', '（一）', '向机场管制塔台提供的气象情报应包括：'],
      ['art_1__para_1__point_1__subpoint_1', '1.', '机场天气报告、趋势预报；'],
      ['art_1__para_1__point_1__subpoint_2', '2.', '重要气象情报、机场警报；'],
      ['art_1__para_1__point_1__subpoint_3', '3.', '收到的火山灰云的情报。'],
    ]);
    expect(r.codes).toContain('subpoints-after-caption');
  });

  it('stay the item’s text when no 2. follows the 1.', () => {
    const r = parse('（一）向机场管制塔台提供的气象情报应包括：1.5米以上的跑道视程数据。');
    expect(r.nodes[2]).toEqual([
      'art_1__para_1__point_1',
      '（一）',
      '向机场管制塔台提供的气象情报应包括：1.5米以上的跑道视程数据。',
    ]);
    expect(r.codes).not.toContain('subpoints-after-caption');
  });
});
