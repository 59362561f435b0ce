/**
 * The article's next paragraph run on after the full stop of its last item, where the sentence
 * names the list as 前款 after a word that applies it (乌鲁木齐 2012 城市绿化管理条例, a random sample
 * (qj), 第十三条: "（四）新建、扩建、改建居住区和单位的绿地率不得低于百分之三十五。按前款第（四）项扩建、
 * 改建的建设项目……由市城市绿化行政主管部门统一组织易地绿化。"). 按前款 / 依照前款 / 根据前款 refer back
 * as 前款 alone does, so the sentence is the article's next paragraph, warned paragraph-after-items.
 * Before, it stayed in item （四）.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(`# 某市条例\n\n${lines.join('\n\n')}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    codes: result.warnings.map((w) => w.code),
  };
}

describe('a sentence citing the list as 前款 after a verb, run on after the last item', () => {
  it('becomes the article’s next paragraph with a warning', () => {
    const r = parse([
      '第十三条　下列建设项目的绿地指标应当达到如下标准：',
      '（一）公园绿地中的绿化用地面积不得低于用地总面积的百分之七十；',
      '（二）新建、扩建、改建居住区和单位的绿地率不得低于百分之三十五。按前款第（二）项扩建、改建的建设项目绿地率达不到规定标准但确需建设的，须经批准。',
      '第十四条　本条例自公布之日起施行。',
    ]);
    expect(r.nodes).toEqual([
      ['art_13', ''],
      ['art_13__para_1', '下列建设项目的绿地指标应当达到如下标准：'],
      ['art_13__para_1__point_1', '公园绿地中的绿化用地面积不得低于用地总面积的百分之七十；'],
      ['art_13__para_1__point_2', '新建、扩建、改建居住区和单位的绿地率不得低于百分之三十五。'],
      [
        'art_13__para_2',
        '按前款第（二）项扩建、改建的建设项目绿地率达不到规定标准但确需建设的，须经批准。',
      ],
      ['art_14', '本条例自公布之日起施行。'],
    ]);
    expect(r.codes).toContain('paragraph-after-items');
  });

  it('does so after 依照 and 根据 too', () => {
    for (const verb of ['依照', '根据']) {
      const r = parse([
        '第一条　有下列情形之一的，应当报告：',
        '（一）发生安全事故的；',
        `（二）发生质量事故的。${verb}前款规定报告的，应当及时通报。`,
      ]);
      expect(r.nodes.at(-1)).toEqual(['art_1__para_2', `${verb}前款规定报告的，应当及时通报。`]);
    }
  });

  it('keeps in the item a sentence that names no 前款', () => {
    const r = parse([
      '第一条　有下列情形之一的，应当报告：',
      '（一）发生安全事故的；',
      '（二）发生质量事故的。按规定报告的，应当及时通报。',
    ]);
    expect(r.nodes.at(-1)).toEqual([
      'art_1__para_1__point_2',
      '发生质量事故的。按规定报告的，应当及时通报。',
    ]);
    expect(r.codes).not.toContain('paragraph-after-items');
  });
});
