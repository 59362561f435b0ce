/**
 * A decision's closing lines after its last point (上海 2022 人民代表大会议事规则修改决定): a note on
 * its wording and renumbering that calls the order of the articles 条序 ("此外，对部分文字作了修改，
 * 条序也作了相应调整。"), then the commencement and the republication on one line ("本决定自2022年1月
 * 23日起施行。《上海市人民代表大会议事规则》根据本决定作相应修正后重新公布。"). Both are the whole
 * decision's, so they stand apart from the last point (#16, pa sample, row 20 of 上海). Before, neither
 * line was read as closing, and both stayed in point 三十六、's own text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 上海市人民代表大会关于修改《上海市人民代表大会议事规则》的决定\n\n${body}`,
    {
      file: 'x.md',
    },
  );
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

const POINTS = [
  '上海市第十五届人民代表大会第六次会议决定对《上海市人民代表大会议事规则》作如下修改：',
  '三十五、其他修改：',
  '在第十二条第二款的“市人民法院”前增加“市监察委员会”的表述。',
  '三十六、删去第二条第二款、删去第九条第一款中“县”的表述、删去第三十四条、删去第六十七条。',
];
const NOTE = '此外，对部分文字作了修改，条序也作了相应调整。';
const CLOSING =
  '本决定自2022年1月23日起施行。《上海市人民代表大会议事规则》根据本决定作相应修正后重新公布。';

describe('closing lines of a decision', () => {
  it('stand apart from the last point: a note on 条序 and two closing sentences on one line', () => {
    const nodes = parse([...POINTS, NOTE, CLOSING].join('\n\n'));
    expect(nodes.at(-3)).toEqual([
      'point_36',
      '删去第二条第二款、删去第九条第一款中“县”的表述、删去第三十四条、删去第六十七条。',
    ]);
    expect(nodes.slice(-2)).toEqual([
      ['para_1', NOTE],
      ['para_2', CLOSING],
    ]);
  });

  it('stand apart from the last point: two closing sentences on one line alone', () => {
    const nodes = parse([...POINTS, CLOSING].join('\n\n'));
    expect(nodes.at(-1)).toEqual(['para_1', CLOSING]);
  });

  it('leave a sentence that is no closing one in the last point', () => {
    const nodes = parse([...POINTS, `${CLOSING}其他条文不变。`].join('\n\n'));
    expect(nodes.at(-1)?.[0]).toBe('point_36');
  });
});
