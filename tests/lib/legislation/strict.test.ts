/** `strict`: for content loaded with nobody to read warnings, defects are errors, notes are not. */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

describe('strict parsing', () => {
  it('turns a defect such as a numbering gap into an error', () => {
    const result = parseDraft('# 条例\n\n第一条 甲。\n\n第三条 丙。\n', { strict: true });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.line])).toEqual([
      ['numbering-gap', 5],
    ]);
    expect(parseDraft('# 条例\n\n第一条 甲。\n\n第三条 丙。\n').ok).toBe(true);
  });

  it('lets notes pass: a heading continued on the next line, a table of contents, an annex', () => {
    const source =
      '# 条例\n\n目录\n\n第一章 总则\n\n第一章 总则\n\n第一条 甲。\n\n第二章 权利\n\n和义务\n\n第二条 乙。\n\n附件：表格\n\n表格内容\n';
    const result = parseDraft(source, { strict: true });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([
      'table-of-contents',
      'heading-continued',
      'annex',
    ]);
  });
});
