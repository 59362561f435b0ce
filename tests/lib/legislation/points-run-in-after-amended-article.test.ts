/**
 * A decision whose points run on in one paragraph, broken by a stray paragraph break before an
 * amended article's label inside a point (南宁 2021 修改十六件法规决定: "……（七）" / "第三十四条 增加一款
 * ……。 九、对《……》作出修改 ……"): the line led by 第三十四条 is the point's text, and the points run
 * on after it are points (#16, pm sample). Before, the label was taken as the text's article
 * count, so points 九、 to 十六、 stayed in the text of 八、.
 */
import { describe, expect, it } from 'vitest';
import { articlesOf, parseDraft, plainText } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某市人民代表大会常务委员会关于修改《甲条例》等三件地方性法规的决定\n\n${body}`,
    {
      file: 'x.md',
    },
  );
  if (!result.ok) throw new Error('parse failed');
  return {
    units: articlesOf(result.document).map((n): [string, string] => [n.eId, plainText(n)]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('points run on after an amended article that begins a line of a point', () => {
  it('are read as the next points, the line itself as the point text', () => {
    const r = parse(
      [
        '会议决定对《甲条例》等三件地方性法规作如下修改： 一、对《甲条例》作出修改 删去第三条 。 二、对《乙条例》作出修改 （一）删去第五条 。 （二）',
        '第六条 增加一款，作为第二款：“违反规定的，处一千元罚款。” 三、对《丙条例》作出修改 删去第七条 。',
      ].join('\n\n'),
    );
    expect(r.units.map(([eId]) => eId)).toEqual(['point_1', 'point_2', 'point_3']);
    expect(r.units[1]?.[1]).toContain('第六条 增加一款');
    expect(r.units[2]?.[1]).toBe('对《丙条例》作出修改 删去第七条 。');
    expect(r.warnings).toContain('article-in-point');
  });

  it('leave a text whose first article follows its points to its articles', () => {
    const r = parse(
      [
        '会议决定： 一、批准《甲条例》。 二、本决定自公布之日起施行。',
        '第一条 为了规范管理，制定本条例。',
        '第二条 本条例自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.units.map(([eId]) => eId)).toContain('art_2');
  });
});
