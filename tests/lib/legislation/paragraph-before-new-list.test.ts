/**
 * Sentences run on after a list's last item and before a new list's introduction on the same
 * line (伊春 2019 城乡规划条例, a random sample of provincial regulations, #16, 第三十五条: "……应当
 * 提交下列材料：（一）……；（二）……；（三）房屋设计方案或者简要设计说明。在乡、村庄规划区内进行……
 * 核发乡村建设规划许可证。申请办理乡村建设规划许可证时，应当提交下列材料：（一）……"): the new
 * paragraph begins right after the item's full stop, as after a list's last item. Before, it began
 * at the introduction and the sentence between was read as the text of item （三）.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市条例\n\n${article}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n) => [n.eId, n.text]);
}

describe('sentences between a list and the next list on one line', () => {
  it('begin the next paragraph after the item’s full stop', () => {
    expect(
      parse(
        '第三十五条 申请时，应当提交下列材料：（一）宅基地使用证明；（二）村民委员会的书面意见；（三）房屋设计方案。在乡、村庄规划区内进行公益事业建设的，由乡、镇人民政府核发许可证。申请许可证时，应当提交下列材料：（一）村民委员会的书面意见；（二）建设工程设计方案。',
      ),
    ).toEqual([
      ['art_35', ''],
      ['art_35__para_1', '申请时，应当提交下列材料：'],
      ['art_35__para_1__point_1', '宅基地使用证明；'],
      ['art_35__para_1__point_2', '村民委员会的书面意见；'],
      ['art_35__para_1__point_3', '房屋设计方案。'],
      [
        'art_35__para_2',
        '在乡、村庄规划区内进行公益事业建设的，由乡、镇人民政府核发许可证。申请许可证时，应当提交下列材料：',
      ],
      ['art_35__para_2__point_1', '村民委员会的书面意见；'],
      ['art_35__para_2__point_2', '建设工程设计方案。'],
    ]);
  });

  it('leave a sentence that refers back to the item with it', () => {
    expect(
      parse(
        '第九条 应当提交下列材料：（一）申请书；（二）设计方案。前项方案应当盖章。申请变更时，应当提交下列材料：（一）变更申请；（二）原许可证。',
      ).map(([eId]) => eId),
    ).toEqual([
      'art_9',
      'art_9__para_1',
      'art_9__para_1__point_1',
      'art_9__para_1__point_2',
      'art_9__para_2',
      'art_9__para_2__point_1',
      'art_9__para_2__point_2',
    ]);
  });
});
