/**
 * A sub-point N. whose text begins with a digit (鼓励外商投资产业目录 2025: "136.……建筑用光伏组件生产" /
 * "137.8万吨/年及以上无碱玻璃纤维……", "176.400吨及以上……"). N. followed by a digit reads like a
 * decimal, so such lines were joined to the sub-point before. When N is the number after the
 * last sub-point of the list and that sub-point is complete, the line is sub-point N., with a
 * warning; a decimal broken off a sentence by the converter ("高纯（≥" / "99.998%）……") still
 * goes on that sentence.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某目录\n\n<!-- INFO END -->\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.text,
    ]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

describe('a sub-point whose text begins with a digit', () => {
  it('is the next sub-point when its number comes next and the one before is complete', () => {
    const r = parse(
      [
        '第一条 鼓励下列产业：',
        '1.薄膜光伏电池生产',
        '2.8万吨/年及以上无碱玻璃纤维粗纱生产',
        '3.400吨及以上起重机械制造',
      ].join('\n\n'),
    );
    expect(r.nodes.map(([, label, text]) => [label, text])).toEqual([
      ['第一条', ''],
      ['', '鼓励下列产业：'],
      ['1.', '薄膜光伏电池生产'],
      ['2.', '8万吨/年及以上无碱玻璃纤维粗纱生产'],
      ['3.', '400吨及以上起重机械制造'],
    ]);
    expect(r.warnings).toContainEqual(['subpoint-before-digit', 9]);
  });

  it('stays the sentence’s when the sub-point before is broken off or the number is not next', () => {
    const open = parse(
      ['第一条 鼓励：', '1.甲生产', '2.高纯（≥', '3.5%）石英原料加工'].join('\n\n'),
    );
    expect(open.nodes.map(([, label]) => label)).not.toContain('3.');
    expect(open.warnings.map(([code]) => code)).not.toContain('subpoint-before-digit');
    const notNext = parse(['第一条 鼓励：', '1.甲生产', '2.乙生产', '7.5代玻璃基板'].join('\n\n'));
    expect(notNext.warnings.map(([code]) => code)).not.toContain('subpoint-before-digit');
  });
});
