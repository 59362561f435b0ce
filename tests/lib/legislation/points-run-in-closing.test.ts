/**
 * A decision's points run on in one paragraph with its closing sentences run on after the last
 * point (乌鲁木齐 2022 修改决定: "……八、删去第四十三条 。同时，对个别文字作了修改。本决定自公布之日起
 * 施行。《……》根据本决定作相应修改……，重新公布。"): the closing sentences stand apart from the last
 * point, as they do when written on lines of their own (#16, third random sample). Before, they
 * were the text of point 八、. A note on wording may list its changes after a colon (合肥 2021:
 * "此外，还对一些文字表述作了修改：“建设行政主管部门”修改为“城乡建设行政主管部门”；……。").
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市人民代表大会常务委员会关于修改《某市条例》的决定\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w) => [w.code, w.line]),
  };
}

describe('closing sentences run on after the last of run-in points', () => {
  it('stand apart from the last point', () => {
    const r = parse(
      '会议决定，对《某市条例》作如下修改：一、删去第三条 ；二、删去第四条 。同时，对个别文字作了修改。本决定自公布之日起施行。《某市条例》根据本决定作相应修改，重新公布。',
    );
    expect(r.nodes).toEqual([
      ['point_1', '删去第三条 ；'],
      ['point_2', '删去第四条 。'],
      ['para_1', '同时，对个别文字作了修改。'],
      ['para_2', '本决定自公布之日起施行。'],
      ['para_3', '《某市条例》根据本决定作相应修改，重新公布。'],
    ]);
    expect(r.warnings).toEqual([
      ['point-run-in', 3],
      ['point-run-in', 3],
    ]);
  });

  it('include a note on wording that lists the changes after a colon', () => {
    const r = parse(
      '会议决定，作如下修改：一、删去第三条 ；二、删去第四条 。此外，还对一些文字表述作了修改：“市节水办”修改为“市节约用水办公室”；“深入开展”修改为“开展”。本决定自2021年7月1日起施行。',
    );
    expect(r.nodes).toEqual([
      ['point_1', '删去第三条 ；'],
      ['point_2', '删去第四条 。'],
      [
        'para_1',
        '此外，还对一些文字表述作了修改：“市节水办”修改为“市节约用水办公室”；“深入开展”修改为“开展”。',
      ],
      ['para_2', '本决定自2021年7月1日起施行。'],
    ]);
  });

  it('leave a point whose last sentence is no closing one alone', () => {
    const r = parse(
      '会议决定，对《某市条例》作如下修改：一、删去第三条 ；二、删去第四条 。本决定自公布之日起施行。另行公布细则。',
    );
    expect(r.nodes.at(-1)).toEqual([
      'point_2',
      '删去第四条 。本决定自公布之日起施行。另行公布细则。',
    ]);
  });

  it('keep an item and a quotation with the point', () => {
    const r = parse(
      '会议决定，作如下修改：一、删去第三条 ；二、将第四条 修改为：“不得超过10万元。”（一）条文顺序作相应调整。本决定自公布之日起施行。',
    );
    expect(r.nodes).toEqual([
      ['point_1', '删去第三条 ；'],
      ['point_2', '将第四条 修改为：“不得超过10万元。”（一）条文顺序作相应调整。'],
      ['para_1', '本决定自公布之日起施行。'],
    ]);
  });
});
