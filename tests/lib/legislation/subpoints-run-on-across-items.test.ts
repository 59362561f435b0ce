/**
 * A decision amending several laws numbers its changes 1. 2. 3. straight through the items （一）
 * （二） that name each law (上海 2022 关于修改《上海市公共场所控制吸烟条例》等5件地方性法规和废止
 * 《上海市企业名称登记管理规定》的决定: 1. to 3. under （一）, 4. under （二）, 5. to 9. under （三）):
 * the sub-points run on from one item to the next, as written, with no numbering gap reported
 * (#16, pd round). Before, each item after the first warned "expected 1., found 4.".
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《某某条例》等3件地方性法规的决定\n\n<!-- INFO END -->\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('sub-points numbered straight through the items of a point', () => {
  it('run on from one item to the next without a numbering gap', () => {
    const r = parse(
      [
        '会议决定：',
        '一、修改《某某条例》等3件地方性法规',
        '（一）对《某某条例》的修改',
        '1.删去第二条。',
        '2.删去第三条。',
        '（二）对《某某办法》的修改',
        '3.删去第四条。',
        '（三）对《某某规定》的修改',
        '4.删去第五条。',
        '5.删去第六条。',
        '二、本决定自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(
      flatten(r.document.nodes)
        .filter((n) => n.kind === 'subpoint')
        .map((n) => n.eId),
    ).toEqual([
      'point_1__point_1__subpoint_1',
      'point_1__point_1__subpoint_2',
      'point_1__point_2__subpoint_3',
      'point_1__point_3__subpoint_4',
      'point_1__point_3__subpoint_5',
    ]);
    expect(r.warnings.filter((w) => w.code === 'numbering-gap')).toEqual([]);
  });

  it('still reports a gap in the run', () => {
    const r = parse(
      [
        '一、修改《某某条例》等2件地方性法规',
        '（一）对《某某条例》的修改',
        '1.删去第二条。',
        '2.删去第三条。',
        '（二）对《某某办法》的修改',
        '4.删去第四条。',
      ].join('\n\n'),
    );
    expect(r.warnings.filter((w) => w.code === 'numbering-gap').map((w) => w.line)).toEqual([15]);
  });
});
