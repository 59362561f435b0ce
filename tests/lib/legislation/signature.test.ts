/**
 * The signature and date at the end of a reply (最高人民检察院 2022 审查起诉期限批复, held out:
 * "……重新计算。" / "此复。" / "最高人民检察院" / "2022年11月15日"): the issuing body's name and the
 * date alone on the last two lines are no clause's text. They are left out with a warning, as a
 * site footer is (#16, fifth round, a known leftover). Before, they ended the text of the last
 * clause.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 最高人民检察院关于某问题的批复\n\n<!-- INFO END -->\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

describe('the signature and date after the last clause', () => {
  it('are left out of an unnumbered reply with a warning', () => {
    const r = parse(
      '江苏省人民检察院：\n\n审查起诉期限自受理后案之日起重新计算。\n\n此复。\n\n最高人民检察院\n\n2022年11月15日',
    );
    expect(r.nodes.at(-1)?.[1]).toBe('审查起诉期限自受理后案之日起重新计算。\n此复。');
    expect(r.warnings).toContainEqual(['signature', 11]);
  });

  it('are left out of the last point of a notice', () => {
    const r = parse(
      '一、甲适用修订刑法。\n\n二、乙适用修订刑法追究刑事责任。\n\n最高人民检察院\n\n1997年10月6日',
    );
    expect(r.nodes).toEqual([
      ['point_1', '甲适用修订刑法。'],
      ['point_2', '乙适用修订刑法追究刑事责任。'],
    ]);
  });

  it('stay when a date is not under a body’s name, or an attachment comes before', () => {
    const dateOnly = parse('一、甲。\n\n二、乙。\n\n2022年11月15日');
    expect(dateOnly.warnings.map(([code]) => code)).not.toContain('signature');
    const annex = parse(
      '一、甲。\n\n附：某省人民检察院的请示\n\n请示内容。\n\n某省人民检察院\n\n1994年3月1日',
    );
    expect(annex.warnings.map(([code]) => code)).not.toContain('signature');
  });
});
