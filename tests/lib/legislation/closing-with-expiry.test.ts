/**
 * A temporary decision's commencement that also says when it ends (海南 2020 依法防控新冠肺炎疫情
 * 决定: "八、……依法追究刑事责任。" / "国家工作人员……依法追究刑事责任。" / "本决定自公布之日起施行，
 * 终止日期由省人民代表大会常务委员会另行公布。"). The sentence is the whole decision's, as a bare
 * "本决定自公布之日起施行。" is, so it stands apart after the last point (#16, sg sample, row 80 of
 * 海南). Before, the clause after the comma kept it from being read as the commencement, and it
 * stayed the last paragraph of point 八、.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 海南省人民代表大会常务委员会关于依法防控新型冠状病毒肺炎疫情的决定\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

const POINTS = [
  '为深入贯彻……，在疫情防控期间，作如下决定：',
  '七、依法加强治安管理、市场监管等执法工作，保障社会安定有序。',
  '八、各级人民政府和有关部门未依照法律、法规和本决定规定履行疫情防控职责的，由其上级行政机关或者监察机关责令改正。',
  '国家工作人员在疫情防控工作中不依法履行职责，滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。',
];
const LAST =
  '各级人民政府和有关部门未依照法律、法规和本决定规定履行疫情防控职责的，由其上级行政机关或者监察机关责令改正。\n国家工作人员在疫情防控工作中不依法履行职责，滥用职权、玩忽职守、徇私舞弊的，依法给予处分；构成犯罪的，依法追究刑事责任。';

describe('a commencement that also says when the decision ends', () => {
  it.each([
    '本决定自公布之日起施行，终止日期由省人民代表大会常务委员会另行公布。',
    '本决定自公布之日起施行，有效期至2025年12月31日。',
    '本决定自2020年2月10日起施行，至疫情防控应急响应解除之日止。',
    '本决定自公布之日起施行，疫情解除后自行失效。',
  ])('stands apart after the last point: %s', (closing) => {
    const nodes = parse([...POINTS, closing].join('\n\n'));
    expect(nodes.at(-2)).toEqual(['point_8', LAST]);
    expect(nodes.at(-1)).toEqual(['para_1', closing]);
  });

  it('leaves a commencement followed by another rule in the last point', () => {
    const closing = '本决定自公布之日起施行，本市其他规定与本决定不一致的，以本决定为准。';
    const nodes = parse([...POINTS, closing].join('\n\n'));
    expect(nodes.at(-1)).toEqual(['point_8', `${LAST}\n${closing}`]);
  });
});
