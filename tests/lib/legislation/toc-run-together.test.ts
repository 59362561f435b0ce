/**
 * A table of contents that lost its chapter numbers and its line breaks, the titles of chapters
 * of the body written one after the other on one line before the first chapter (南京 2017 房屋
 * 使用安全管理条例, a random sample of provincial regulations: "房屋安全使用房屋安全鉴定危险房屋
 * 治理和应急处置房屋白蚁防治建筑幕墙安全管理农村房屋安全管理特别规定", the titles of 第二章 to
 * 第七章, above "## 第一章 总则"): it is no line of the preamble; it is skipped, and a warning
 * says so (#16). Before, it stood in the preamble beside the enactment history.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (text: string) => {
  const result = parseDraft(text, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const body = [
  '## 第一章 总则',
  '第一条 为了加强房屋安全管理，制定本条例。',
  '## 第二章 房屋安全使用',
  '第二条 房屋使用安全责任人应当合理使用房屋。',
  '## 第三章 房屋安全鉴定',
  '第三条 房屋安全鉴定单位应当出具鉴定报告。',
  '## 第四章 附 则',
  '第四条 本条例自2018年1月1日起施行。',
].join('\n\n');

describe('a table of contents run together on one line', () => {
  it('is skipped, not kept as preamble', () => {
    const result = parse(
      `# 临江市房屋使用安全管理条例\n\n2017年6月27日 临江市人民代表大会常务委员会通过\n\n房屋安全使用房屋安全鉴定\n\n${body}\n`,
    );
    expect(result.document.preamble).toEqual(['2017年6月27日 临江市人民代表大会常务委员会通过']);
    expect(result.document.nodes.map((n) => n.heading)).toEqual([
      '总则',
      '房屋安全使用',
      '房屋安全鉴定',
      '附则',
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'toc-run-together').map((w) => [w.line, w.params]),
    ).toEqual([[5, { text: '房屋安全使用房屋安全鉴定', titles: 2 }]]);
  });

  it('keeps a line that names one chapter only, or chapters out of their order', () => {
    for (const line of ['房屋安全使用', '房屋安全鉴定房屋安全使用']) {
      const result = parse(`# 临江市房屋使用安全管理条例\n\n${line}\n\n${body}\n`);
      expect(result.document.preamble).toEqual([line]);
      expect(result.warnings.filter((w) => w.code === 'toc-run-together')).toEqual([]);
    }
  });
});
