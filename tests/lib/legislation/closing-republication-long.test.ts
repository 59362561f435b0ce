/**
 * A decision amending many acts closes by republishing them all, their titles listed in one
 * sentence over 200 characters long (南宁 2021 修改十六件法规决定: "《南宁市燃气管理条例》《……》……
 * 《南宁市出租汽车客运管理条例》根据本决定作相应修改，重新公布。"): the sentence is a closing one, so
 * the closing sentences stand apart from the last point (#16, pm sample). Before, a republication
 * sentence was closing only up to 200 characters before 根据本决定, and all stayed in 十六、.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某市人民代表大会常务委员会关于修改《某市条例》等十六件地方性法规的决定\n\n${body}`,
    {
      file: 'x.md',
    },
  );
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

const titles = Array.from({ length: 16 }, (_, i) => `《某市第${i + 1}号城市管理条例》`).join('');

describe('a closing republication of many acts', () => {
  it('stands apart from the last point, however long its list of titles', () => {
    expect(titles.length).toBeGreaterThan(200);
    const nodes = parse(
      `会议决定作如下修改： 一、删去第三条 。 二、删去第四条 。 本决定自公布之日起施行。 ${titles}根据本决定作相应修改，重新公布。`,
    );
    expect(nodes).toEqual([
      ['point_1', '删去第三条 。'],
      ['point_2', '删去第四条 。'],
      ['para_1', '本决定自公布之日起施行。'],
      ['para_2', `${titles}根据本决定作相应修改，重新公布。`],
    ]);
  });
});
