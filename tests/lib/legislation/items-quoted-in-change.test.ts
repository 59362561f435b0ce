/**
 * Items quoted under a change of a decision, without quotation marks (上海 2023 修改《上海市养老服务
 * 条例》等12件地方性法规的决定: "2.增加一项，作为第一百零四条第二款第（六）项：" / "（六）歧视……的；";
 * "3.增加一条，作为第三十条：" / "……履行下列保护责任：" / "（一）……" … "（三）……。" / "4.增加一条，……"):
 * the amended law's new items, the change's own text. Before, （六） became an item of the decision
 * ahead of （二） and （一） to （三） items taking their numbers again, holding the changes after
 * them (#16, qa round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

const SOURCE = [
  '# 某市人民代表大会常务委员会关于修改《某市养老服务条例》等2件地方性法规的决定',
  '某市人民代表大会常务委员会决定：',
  '一、修改《某市养老服务条例》等2件地方性法规',
  '（一）对《某市养老服务条例》的修改',
  '1.将第五十九条第二款修改为：',
  '符合前款规定条件的老年人，可以提出申请。',
  '2.增加一项，作为第一百零四条第二款第（六）项：',
  '（六）歧视、侮辱、虐待老年人的；',
  '（二）对《某市历史建筑保护条例》的修改',
  '1.增加一条，作为第三十条：',
  '保护责任人应当履行下列保护责任：',
  '（一）进行日常维护和修缮；',
  '（二）保障建筑安全；',
  '（三）配合相关管理部门的普查工作。',
  '2.删去原第三十条第二款。',
  '（三）对《某市消防条例》的修改',
  '1.删去第十九条第一款。',
  '本决定自公布之日起施行。',
].join('\n\n');

function outline(nodes: ClauseNode[]): string[] {
  return nodes.flatMap((n) => [`${n.eId} ${n.text.split('\n').length}`, ...outline(n.children)]);
}

describe('items quoted under a change of a decision', () => {
  it('are the change’s text, not items of the decision', () => {
    const result = parseDraft(SOURCE, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__point_1 1',
      'point_1__point_1__subpoint_1 2',
      'point_1__point_1__subpoint_2 2',
      'point_1__point_2 1',
      'point_1__point_2__subpoint_1 5',
      'point_1__point_2__subpoint_2 1',
      'point_1__point_3 1',
      'point_1__point_3__subpoint_1 1',
      'para_1 1',
    ]);
    const change = result.document.nodes[0]?.children[1]?.children[0];
    expect(change?.text.split('\n').at(-1)).toBe('（三）配合相关管理部门的普查工作。');
    expect(result.warnings.map((w) => w.code)).not.toContain('duplicate-number');
  });

  it('leave the decision’s next item its own', () => {
    const source = [
      '# 某市人民代表大会常务委员会关于修改《某市条例》的决定',
      '某市人民代表大会常务委员会决定：',
      '一、修改《某市条例》',
      '（一）对第五条的修改',
      '1.将第五条修改为：',
      '（二）对第六条的修改',
      '1.删去第六条。',
    ].join('\n\n');
    const result = parseDraft(source, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 1',
      'point_1__point_1 1',
      'point_1__point_1__subpoint_1 1',
      'point_1__point_2 1',
      'point_1__point_2__subpoint_1 1',
    ]);
  });
});
