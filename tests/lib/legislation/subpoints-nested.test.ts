/**
 * Sub-points of the other style under a sub-point that introduces them with a colon (唐山 2025
 * 修改、废止决定: "10.对部分条文中的有关表述作以下修改：" / "（1）在第一条……" … "（9）……"): they
 * are that sub-point's, not sub-points beside 1. to 10. with numbers used twice (#16, tenth round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市关于修改部分地方性法规的决定\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('sub-points under a sub-point of the other style', () => {
  it('nest under the sub-point that introduces them with a colon', () => {
    const result = parse(
      [
        '一、对《临江市地方立法条例》作出修改',
        '1.将第五条修改为：“本市立法应当突出地方特色。”',
        '2.对部分条文中的有关表述作以下修改：',
        '（1）将第二条中的“制定”修改为“制定、修改”。',
        '（2）删去第九条中的“法制”二字。',
        '二、删去《临江市养犬管理条例》第七条。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.label])).toEqual([
      ['point_1', '一、'],
      ['point_1__subpoint_1', '1.'],
      ['point_1__subpoint_2', '2.'],
      ['point_1__subpoint_2__subpoint_1', '（1）'],
      ['point_1__subpoint_2__subpoint_2', '（2）'],
      ['point_2', '二、'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'duplicate-number')).toEqual([]);
  });

  it('stay beside a sub-point that introduces nothing', () => {
    const result = parse(
      ['一、修改《临江市停车场管理办法》', '1.删去第七条。', '（2）删去第八条。'].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => n.eId)).toEqual([
      'point_1',
      'point_1__subpoint_1',
      'point_1__subpoint_2',
    ]);
  });
});
