/**
 * Items （一）（二） run on in one line after an introduction that names the list with 下列, goes on
 * past a comma with a second clause, and lost its colon, a space standing where it was (宜春 2020
 * 文明行为促进条例 第二十五条, a random sample of local regulations (#16): "……应当科学规划、合理布局下列
 * 公共服务设施，保障文明行为促进工作的实施 （一）道路、桥梁……等市政、交通设施； （二）……；（三）……"):
 * split off as items of the paragraph, warned items-on-one-line, as after "下列规定（一）". Before,
 * the article was one paragraph with its seven items inside.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on after a 下列 introduction with a second clause and no colon', () => {
  it('become items when a space stands where the colon was', () => {
    const result = parse(
      '第一条 市人民政府应当合理布局下列公共服务设施，保障文明行为促进工作的实施 （一）道路、桥梁等市政设施； （二）公共厕所等环卫设施；（三）其他有关设施。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '市人民政府应当合理布局下列公共服务设施，保障文明行为促进工作的实施'],
      ['art_1__para_1__point_1', '道路、桥梁等市政设施；'],
      ['art_1__para_1__point_2', '公共厕所等环卫设施；'],
      ['art_1__para_1__point_3', '其他有关设施。'],
    ]);
    expect(result.warnings.some((w) => w.code === 'items-on-one-line')).toBe(true);
  });

  it('stay text when the label after the space is cited, or nothing follows in sequence', () => {
    const result = parse(
      '第一条 违反下列规定的，依照本条例第八条 （一）项处罚；（二）项另行规定。\n\n第二条 市人民政府应当建设下列设施，保障实施 （一）号工程已经完成。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '违反下列规定的，依照本条例第八条 （一）项处罚；（二）项另行规定。'],
      ['art_2', '市人民政府应当建设下列设施，保障实施 （一）号工程已经完成。'],
    ]);
  });
});
