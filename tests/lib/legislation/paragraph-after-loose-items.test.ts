/**
 * A paragraph after a list of items that stand outside any article (全国人民代表大会常务委员会关于
 * 《中华人民共和国刑法》第三百一十三条的解释, 2002: "（四）……致使判决、裁定无法执行的；" / "（五）其他有
 * 能力执行而拒不执行，情节严重的情形。" / "国家机关工作人员有上述第四项行为的，……"): the list ended
 * with （五）'s 。, so the paragraph is no item's text. Before, it was read as part of item （五）
 * (#16, pg round); it then stood as a paragraph of （五） after its text, and since the rd round it
 * is the body's next paragraph after the items, 现予公告。 closing the text
 * (loose-list-paragraph-body-level.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

function outline(source: string): string[] {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const walk = (nodes: ClauseNode[]): string[] =>
    nodes.flatMap((n) => [`${n.eId} ${n.text.slice(0, 8)}`, ...walk(n.children)]);
  return walk(result.document.nodes);
}

const HEAD =
  '# 全国人民代表大会常务委员会关于《中华人民共和国刑法》第三百一十三条的解释\n\n　　下列情形属于刑法第三百一十三条规定的"有能力执行而拒不执行，情节严重"的情形：';

describe('a paragraph after items outside any article', () => {
  it('stands after the last item, not in its text', () => {
    expect(
      outline(
        [
          HEAD,
          '　　（一）被执行人隐藏、转移财产，致使判决、裁定无法执行的；',
          '　　（二）其他有能力执行而拒不执行，情节严重的情形。',
          '　　国家机关工作人员有上述第一项行为的，以拒不执行判决、裁定罪的共犯追究刑事责任。',
          '　　现予公告。',
        ].join('\n\n'),
      ),
    ).toEqual([
      'point_1 被执行人隐藏、转',
      'point_2 其他有能力执行而',
      'para_1 国家机关工作人员',
      'para_2 现予公告。',
    ]);
  });

  it('leaves a line between items to the item before it', () => {
    expect(
      outline(
        [
          HEAD,
          '　　（一）被执行人隐藏、转移财产，致使判决、裁定无法执行的；',
          '　　（二）担保人转让担保财产。',
          '　　转让之前已经通知的除外。',
          '　　（三）其他有能力执行而拒不执行，情节严重的情形。',
        ].join('\n\n'),
      ),
    ).toEqual(['point_1 被执行人隐藏、转', 'point_2 担保人转让担保财', 'point_3 其他有能力执行而']);
  });
});
