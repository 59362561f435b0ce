/**
 * The title printed again over the preamble, broken over plain lines (吉林 2005 伊通火山群国家级
 * 自然保护区管理条例: "吉林伊通火山群国家级" / "自然保护区管理条例"; 地方各级人民代表大会和地方各级人民
 * 政府组织法 2022: "中华人民共和国地方各级人民代表大会" / "和地方各级人民政府组织法"): the lines that
 * spell the title whole, one after the other, are one preamble line, each join warned line-joined,
 * as a history note broken over lines is one. Lines that spell only part of it stay apart (#16,
 * round rf).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n'));
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe('a title broken over plain lines in the preamble', () => {
  it('is one preamble line when its lines spell the title whole', () => {
    const result = parse([
      '# 吉林伊通火山群国家级自然保护区管理条例',
      '',
      '吉林伊通火山群国家级',
      '',
      '自然保护区管理条例',
      '（1996年5月17日吉林省第八届人民代表大会常务委员会第二十四次会议通过）',
      '第一条  为加强对保护区的保护和管理，制定本条例。',
      '第二条  本条例自公布之日起施行。',
    ]);
    expect(result.document.preamble).toEqual([
      '吉林伊通火山群国家级自然保护区管理条例',
      '（1996年5月17日吉林省第八届人民代表大会常务委员会第二十四次会议通过）',
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'line-joined')
        .map((w) => [w.line, w.params?.['line']]),
    ).toEqual([[5, 3]]);
  });

  it('joins three lines, after INFO END too', () => {
    const result = parse([
      '# 中华人民共和国地方各级人民代表大会和地方各级人民政府组织法',
      '',
      '中华人民共和国',
      '',
      '地方各级人民代表大会',
      '',
      '和地方各级人民政府组织法',
      '',
      '1979年7月1日 第五届全国人民代表大会第二次会议通过',
      '',
      '<!-- INFO END -->',
      '',
      '第一条 为了健全组织和工作制度，制定本法。',
    ]);
    expect(result.document.preamble).toEqual([
      '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法',
      '1979年7月1日 第五届全国人民代表大会第二次会议通过',
    ]);
  });

  it('leaves apart lines that spell only part of the title, or the title on one line', () => {
    const part = parse([
      '# 吉林伊通火山群国家级自然保护区管理条例',
      '',
      '吉林伊通火山群国家级',
      '',
      '（1996年5月17日吉林省第八届人民代表大会常务委员会第二十四次会议通过）',
      '',
      '第一条 为加强保护，制定本条例。',
    ]);
    expect(part.document.preamble).toEqual([
      '吉林伊通火山群国家级',
      '（1996年5月17日吉林省第八届人民代表大会常务委员会第二十四次会议通过）',
    ]);
    const whole = parse([
      '# 某市条例',
      '',
      '某市条例',
      '',
      '某市条例',
      '',
      '第一条 为了某事，制定本条例。',
    ]);
    expect(whole.document.preamble).toEqual(['某市条例', '某市条例']);
    expect(whole.warnings.some((w) => w.code === 'line-joined')).toBe(false);
  });
});
