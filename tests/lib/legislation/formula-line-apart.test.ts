/**
 * A formula on a line of its own, with no punctuation after it (增值税法实施条例 2025 第十八条:
 * "（三）按照组成计税价格确定。组成计税价格的公式为：" / "组成计税价格=成本×（1+成本利润率）+
 * 消费税税额" / "公式中成本利润率为10%，……调整成本利润率。"): the equation is whole, so the line
 * after it begins a paragraph of its own and is not glued to it as the rest of a wrapped line
 * (#16, thirty-eighth round). A formula broken after an operator still goes on.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function texts(lines: string[]) {
  const result = parseDraft(`# 某某条例\n\n${lines.join('\n\n')}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.code).join(', '));
  return {
    nodes: flatten(result.document.nodes).map((n) => n.text),
    codes: result.warnings.map((w) => w.code),
  };
}

describe('a formula on a line of its own', () => {
  it('does not take the next line as the rest of a wrapped line', () => {
    const { nodes, codes } = texts([
      '第一条　税务机关可以依照下列方法核定销售额：',
      '（一）按照平均价格确定；',
      '（二）按照组成计税价格确定。组成计税价格的公式为：',
      '组成计税价格=成本×（1+成本利润率）+消费税税额',
      '公式中成本利润率为10%，主管部门可以调整成本利润率。',
    ]);
    expect(
      nodes.some((t) => t.split('\n').includes('组成计税价格=成本×（1+成本利润率）+消费税税额')),
    ).toBe(true);
    expect(nodes).toContain('公式中成本利润率为10%，主管部门可以调整成本利润率。');
    expect(codes).not.toContain('line-joined');
  });

  it('still joins a formula broken after an operator', () => {
    const { nodes } = texts([
      '第一条　组成计税价格的公式为：',
      '组成计税价格=成本×（1+成本利润率）+',
      '消费税税额',
    ]);
    expect(nodes).toContain('组成计税价格=成本×（1+成本利润率）+消费税税额');
  });
});
