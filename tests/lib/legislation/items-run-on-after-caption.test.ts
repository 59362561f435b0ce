/**
 * A decision whose points 一、 二、 and items （一）（二） run on in paragraphs after 决定：, each
 * point's caption ending its line with the label of its first item and that item's text beginning
 * the next line with 第二条 (海西 2021: "……决定：一、对《……条例》作出修改（一）" / "第二条 增加一款
 * ……。”（二）将……。二、对《……》作出修改（一）"): two points over items, not articles 第二条 and
 * points in the front matter (#16, eleventh round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市关于修改两部条例的决定\n\n<!-- INFO END -->\n\n${body}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('not parsed');
  return result.document;
};

describe('points and items run on after a caption', () => {
  it('read the label at the end of a caption as the first item of the next line', () => {
    const doc = parse(
      '临江市人民代表大会决定：一、对《临江市甲条例》作出修改（一）\n\n第二条 增加一款作为第二款：“从其规定。”（二）删去第九条 。二、对《临江市乙条例》作出修改（一）\n\n第三条 中的“必须”修改为“应当”。（二）删去第十条 。本决定自公布之日起施行。',
    );
    expect(doc.preamble).toEqual(['临江市人民代表大会决定：']);
    expect(doc.nodes.map((n) => [n.eId, n.text, n.children.map((c) => [c.eId, c.text])])).toEqual([
      [
        'point_1',
        '对《临江市甲条例》作出修改',
        [
          ['point_1__point_1', '第二条 增加一款作为第二款：“从其规定。”'],
          ['point_1__point_2', '删去第九条 。'],
        ],
      ],
      [
        'point_2',
        '对《临江市乙条例》作出修改',
        [
          ['point_2__point_1', '第三条 中的“必须”修改为“应当”。'],
          ['point_2__point_2', '删去第十条 。'],
        ],
      ],
      ['para_1', '本决定自公布之日起施行。', []],
    ]);
  });

  it('leave items out of sequence inside a line as its text', () => {
    const doc = parse('一、甲。\n\n（一）删去第二条。（三）删去第四条。\n\n二、乙。');
    expect(doc.nodes[0]!.children.map((c) => c.text)).toEqual(['删去第二条。（三）删去第四条。']);
  });
});
