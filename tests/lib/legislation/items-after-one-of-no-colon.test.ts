/**
 * A list run on right after a sentence 有下列……之一的，…… whose colon was lost (伊春 2019 城乡规划条例,
 * a random sample of provincial regulations, #16, 第五十三条: "……有下列行为之一的，由本级人民政府……
 * 责令改正，通报批评；对直接负责的主管人员……依法给予行政处分（一）未按照……的；（二）……"; 南京 2018
 * 城市绿化条例 第三十一条: "有下列情形之一的，可以申请大修剪、移植树木（一）……；（二）……"): the
 * 下列 announces the list, so its items are split as after a colon. Before, the ten items stayed
 * the article's text, with no warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市条例\n\n${article}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]);
}

describe('a list after 有下列……之一的，…… without a colon', () => {
  it('is split into items', () => {
    expect(
      parse(
        '第五十三条 有关部门有下列行为之一的，由本级人民政府责令改正，通报批评；对直接责任人员依法给予行政处分（一）未按照法定程序编制规划的；（二）违反规划提出规划条件的；（三）法律、法规规定的其他情形。',
      ),
    ).toEqual([
      ['art_53', '第五十三条', ''],
      [
        'art_53__para_1',
        '',
        '有关部门有下列行为之一的，由本级人民政府责令改正，通报批评；对直接责任人员依法给予行政处分',
      ],
      ['art_53__para_1__point_1', '（一）', '未按照法定程序编制规划的；'],
      ['art_53__para_1__point_2', '（二）', '违反规划提出规划条件的；'],
      ['art_53__para_1__point_3', '（三）', '法律、法规规定的其他情形。'],
    ]);
  });

  it('leaves a （一） that a sentence cites, or one not followed by （二）, as text', () => {
    const cited = '有下列情形之一的，依照本条例第十条第一款（一）项的规定处理。';
    expect(parse(`第九条 ${cited}`)).toEqual([['art_9', '第九条', cited]]);
    const alone = '有下列情形之一的，可以申请移植树木（一）城市公共基础建设需要的。';
    expect(parse(`第九条 ${alone}`)).toEqual([['art_9', '第九条', alone]]);
  });
});
