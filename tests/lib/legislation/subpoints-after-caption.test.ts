/**
 * Sub-points 1. 2. 3. run on right after an item's caption, on the item's line (承装（修、试）电力设施
 * 许可证管理办法 2025 第八条, held out: "（二）技术负责人、安全负责人1.申请一级许可证的，……；2.申请
 * 二级许可证的，……；3.申请三级许可证的，……。"). The item keeps its caption as its text and the run
 * becomes its sub-points, with a warning. Before, the whole run was the item's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某办法\n\n<!-- INFO END -->\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.kind,
      n.label,
      n.text,
    ]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

describe('sub-points run on after an item’s caption', () => {
  it('are split from the caption with a warning', () => {
    const r = parse(
      [
        '第一条 申请许可证应当符合下列条件：',
        '（一）净资产不低于15%。',
        '（二）技术负责人1.申请一级许可证的，具有高级职称；2.申请二级许可证的，具有中级职称。',
      ].join('\n\n'),
    );
    expect(r.nodes.slice(3)).toEqual([
      ['point', '（二）', '技术负责人'],
      ['subpoint', '1.', '申请一级许可证的，具有高级职称；'],
      ['subpoint', '2.', '申请二级许可证的，具有中级职称。'],
    ]);
    expect(r.warnings).toContainEqual(['subpoints-after-caption', 9]);
  });

  it('are not split from a sentence, a number, or a lone 1.', () => {
    const sentence = parse('第一条 包括：\n\n（一）按照规定，1.申请的；2.变更的。');
    expect(sentence.nodes.map(([kind]) => kind)).not.toContain('subpoint');
    const number = parse('第一条 包括：\n\n（一）产能3.5万吨以上；');
    expect(number.nodes.map(([kind]) => kind)).not.toContain('subpoint');
    const lone = parse('第一条 包括：\n\n（一）技术负责人1.申请一级许可证的。');
    expect(lone.nodes.map(([kind]) => kind)).not.toContain('subpoint');
  });
});
