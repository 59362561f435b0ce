/**
 * A history note (题注: "（2022年6月16日……通过　2022年7月28日……批准）") broken over plain lines,
 * blank lines between, is one preamble paragraph, as the same note in a `>` quotation already is
 * (保定 2022 快递业促进条例: "（2022年6月16日保定市第十六届人民代表大会常务" / "委员会第八次会议通过" /
 * "2022年7月28日……批准）" had been three preamble paragraphs, the word 常务委员会 cut in two). A line
 * that goes on the clause is joined on as it stands; a line that begins a new clause with its date
 * keeps its line break. Each join is warned line-joined.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n'));
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe('a history note broken over plain lines', () => {
  it('is one preamble paragraph, joined on where the line broke a clause', () => {
    const result = parse([
      '# 保定市快递业促进条例',
      '',
      '保定市快递业促进条例',
      '',
      '（2022年6月16日保定市第十六届人民代表大会常务',
      '',
      '委员会第八次会议通过',
      '2022年7月28日河北省第十三届人民代表大会常务委员会第三十二次会议批准）',
      '',
      '第一章 总则',
      '',
      '第一条 为了规范快递业经营服务行为，制定本条例。',
      '',
      '第二条 本条例自2022年10月1日起施行。',
      '',
    ]);
    expect(result.document.preamble).toEqual([
      '保定市快递业促进条例',
      '（2022年6月16日保定市第十六届人民代表大会常务委员会第八次会议通过\n' +
        '2022年7月28日河北省第十三届人民代表大会常务委员会第三十二次会议批准）',
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'line-joined')
        .map((w) => [w.line, w.params?.['line']]),
    ).toEqual([
      [7, 5],
      [8, 7],
    ]);
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  it('joins a line broken inside a clause, blank lines between', () => {
    const result = parse([
      '# 条例',
      '',
      '（2019年8月28日信阳市第五届人民代表大会常务委员',
      '',
      '会第十七次会议通过 2019年9月27日河南省第十三届',
      '',
      '人民代表大会常务委员会第十二次会议批准）',
      '',
      '第一条 为了加强河道采砂管理，制定本条例。',
      '',
    ]);
    expect(result.document.preamble).toEqual([
      '（2019年8月28日信阳市第五届人民代表大会常务委员会第十七次会议通过 2019年9月27日河南省第十三届人民代表大会常务委员会第十二次会议批准）',
    ]);
  });

  it('leaves apart a note whose parenthesis closes, and a line that opens its own', () => {
    const result = parse([
      '# 条例',
      '',
      '（2019年8月28日某市人民代表大会常务委员会通过）',
      '',
      '（此件发至县级）',
      '',
      '第一条 本条例自公布之日起施行。',
      '',
    ]);
    expect(result.document.preamble).toEqual([
      '（2019年8月28日某市人民代表大会常务委员会通过）',
      '（此件发至县级）',
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('line-joined');
  });

  it('leaves apart a sentence after a note that lost its closing parenthesis', () => {
    const result = parse([
      '# 决定',
      '',
      '（2017年1月20日某市人民代表大会第六次会议通过',
      '',
      '为了推进综合利用，作如下决定：',
      '',
      '一、各级人民政府应当加强领导。',
      '',
      '二、本决定自2017年3月1日起施行。',
      '',
    ]);
    expect(result.document.preamble).toEqual([
      '（2017年1月20日某市人民代表大会第六次会议通过',
      '为了推进综合利用，作如下决定：',
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('line-joined');
  });

  it('leaves apart a parenthesis that is no history note', () => {
    const result = parse([
      '# 条例',
      '',
      '（征求意见稿',
      '',
      '供讨论）',
      '',
      '第一条 本条例自公布之日起施行。',
      '',
    ]);
    expect(result.document.preamble).toEqual(['（征求意见稿', '供讨论）']);
  });
});
