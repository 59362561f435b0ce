/**
 * A decision's closing sentences after its last numbered point (合肥 2021 节约用水条例修改决定:
 * "十一、……" / "本决定自2021年7月1日起施行。" / "《合肥市城市节约用水管理条例》根据本决定作相应修改，
 * 重新公布。"): the commencement, the republication and the note on renumbering are the whole
 * decision's, no point's, so they stand apart after the points, an unnumbered paragraph of the
 * body (#16, qi round, shapes left by earlier rounds). Before, they were a paragraph of the last
 * point (`point_11__para_1`), as if that point's.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市人民代表大会常务委员会关于修改《某市条例》的决定\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

const POINTS = [
  '某市第十六届人民代表大会常务委员会第二十七次会议决定对《某市条例》作如下修改：',
  '一、将第一条修改为：“为了加强管理，制定本条例。”',
  '二、删除第二十二条。',
];
const COMMENCEMENT = '本决定自2021年7月1日起施行。';
const REPUBLISHED = '《某市条例》根据本决定作相应修改，重新公布。';

describe("a decision's closing sentences", () => {
  it('stand apart after the last point, not in it', () => {
    const nodes = parse([...POINTS, COMMENCEMENT, REPUBLISHED].join('\n\n'));
    expect(nodes).toEqual([
      ['point_1', '将第一条修改为：“为了加强管理，制定本条例。”'],
      ['point_2', '删除第二十二条。'],
      ['para_1', COMMENCEMENT],
      ['para_2', REPUBLISHED],
    ]);
  });

  it('stand apart when on one line, and after the items of the last point', () => {
    const nodes = parse(
      [
        ...POINTS.slice(0, 2),
        '二、对第五条作如下修改：',
        '（一）删去第一项。',
        '（二）删去第二项。',
        '此外，对相关法规中的条文序号作相应调整。',
        `${COMMENCEMENT}${REPUBLISHED}`,
      ].join('\n\n'),
    );
    expect(nodes.slice(2)).toEqual([
      ['point_2__point_1', '删去第一项。'],
      ['point_2__point_2', '删去第二项。'],
      ['para_1', '此外，对相关法规中的条文序号作相应调整。'],
      ['para_2', `${COMMENCEMENT}${REPUBLISHED}`],
    ]);
  });

  it('leave a sentence that is no closing one in the last point', () => {
    const nodes = parse([...POINTS, `${COMMENCEMENT}其他条文不变。`].join('\n\n'));
    expect(nodes.at(-1)?.[0]).toBe('point_2');
  });
});
