/**
 * A line an item of an article introduces with its colon (增值税法实施条例 2025 第十八条: "（三）按照
 * 组成计税价格确定。组成计税价格的公式为：" / "组成计税价格=成本×（1+成本利润率）+消费税税额" /
 * "公式中成本利润率为10%，……"): not the next item, so the item's text, with a warning; before,
 * the formula became a further paragraph of the article after the list (#16, thirty-eighth round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function article(lines: string[]) {
  const result = parseDraft(`# 某某条例\n\n${lines.join('\n\n')}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.code).join(', '));
  return { art: result.document.nodes[0]!, codes: result.warnings.map((w) => w.code) };
}

describe('a line an item introduces with its colon', () => {
  it('is the item’s text, and the sentence after it a paragraph of the article', () => {
    const { art, codes } = article([
      '第一条　税务机关可以依照下列方法核定销售额：',
      '（一）按照平均价格确定；',
      '（二）按照组成计税价格确定。组成计税价格的公式为：',
      '组成计税价格=成本×（1+成本利润率）+消费税税额',
      '公式中成本利润率为10%，主管部门可以调整成本利润率。',
    ]);
    const [intro, after] = art.children;
    expect(intro!.children.map((c) => c.label)).toEqual(['（一）', '（二）']);
    expect(intro!.children[1]!.text).toBe(
      '按照组成计税价格确定。组成计税价格的公式为：\n组成计税价格=成本×（1+成本利润率）+消费税税额',
    );
    expect(after!.text).toBe('公式中成本利润率为10%，主管部门可以调整成本利润率。');
    expect(art.children).toHaveLength(2);
    expect(codes).toContain('item-introduces-line');
  });

  it('leaves the next item of the list an item', () => {
    const { art, codes } = article([
      '第一条　有下列情形之一的，予以警告：',
      '（一）拒不执行下列决定：',
      '（二）拒不改正的。',
    ]);
    expect(art.children[0]!.children.map((c) => c.label)).toEqual(['（一）', '（二）']);
    expect(codes).not.toContain('item-introduces-line');
  });
});
