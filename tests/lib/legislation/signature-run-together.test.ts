/**
 * The issuing body's name and the date run together on the text's last line (中国人民银行 2000
 * 助学贷款管理办法, held out: "……提高助学贷款的使用效益。" / "中国人民银行二〇〇年八月二十六日", a 〇
 * of the year lost in the copy). They are the document's signature, no clause's text, and are left
 * out with a warning as the two-line signature is. Before, the line was read as a second paragraph
 * of the last article.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某管理办法\n\n<!-- INFO END -->\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

describe('a signature whose body and date run together on the last line', () => {
  it('is left out of the last article with a warning', () => {
    const r = parse(
      '第一条 为了规范贷款，制定本办法。\n\n第二条 贷款人要制定操作规程。\n\n中国人民银行二〇〇年八月二十六日',
    );
    expect(r.nodes).toEqual([
      ['art_1', '为了规范贷款，制定本办法。'],
      ['art_2', '贷款人要制定操作规程。'],
    ]);
    expect(r.warnings).toContainEqual(['signature', 9]);
  });

  it('is left out with a space between the body and the date', () => {
    const r = parse('第一条 甲。\n\n第二条 乙。\n\n某某省人民政府 2001年3月5日');
    expect(r.nodes.at(-1)).toEqual(['art_2', '乙。']);
    expect(r.warnings.map(([code]) => code)).toContain('signature');
  });

  it('stays when the line is a sentence or no body’s name comes before the date', () => {
    const sentence = parse('第一条 甲。\n\n第二条 本办法由国务院批准，自2001年3月5日起施行。');
    expect(sentence.warnings.map(([code]) => code)).not.toContain('signature');
    const dateOnly = parse('第一条 甲。\n\n第二条 乙。\n\n二〇〇一年三月五日');
    expect(dateOnly.warnings.map(([code]) => code)).not.toContain('signature');
  });
});
