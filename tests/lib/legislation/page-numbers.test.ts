/**
 * Page numbers that text copied from a PDF or a printed 红头文件 carries between its pages are
 * left out with a warning, and a sentence broken by one goes on (#16).
 */
import { describe, expect, it } from 'vitest';
import { isPageNumber } from '../../../src/lib/legislation/blocks.ts';
import { flatten, parseDraft, plainText } from '../../../src/lib/legislation/index.ts';

describe('page numbers', () => {
  it('knows the forms a page number takes on a line of its own', () => {
    for (const line of [
      '— 3 —',
      '- 12 -',
      '－3－',
      '—3—',
      '　— 3 —　',
      '第3页',
      '第 3 页 共 9 页',
      '共9页 第3页',
      '第3页，共9页',
      'Page 3',
      'page 3 of 9',
    ])
      expect(isPageNumber(line), line).toBe(true);
  });

  it('does not take text, a bare number, a rule or a heading for one', () => {
    for (const line of [
      '3',
      '—',
      '---',
      '第3条',
      '第三页',
      '见第3页的表格。',
      '- 3 项',
      '（3）',
      'Page three',
      '2027-01-01',
    ])
      expect(isPageNumber(line), line).toBe(false);
  });

  it('drops them, warns with the line, and joins the sentence they broke', () => {
    const source = [
      '# 条例',
      '',
      '第一条　为了规范养犬行为，根据有关法律、法规，结合本市',
      '',
      '— 1 —',
      '',
      '实际，制定本条例。',
      '',
      '第二条　本条例适用于本市。',
      '- 2 -',
      '第三条　本条例自公布之日起施行。',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((a) => plainText(a))).toEqual([
      '为了规范养犬行为，根据有关法律、法规，结合本市实际，制定本条例。',
      '本条例适用于本市。',
      '本条例自公布之日起施行。',
    ]);
    expect(result.warnings.filter((w) => w.code === 'page-number')).toEqual([
      expect.objectContaining({ line: 5, params: { text: '— 1 —' } }),
      expect.objectContaining({ line: 10, params: { text: '- 2 -' } }),
    ]);
    const lines = result.warnings.map((w) => w.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('leaves out a page footer broken over lines: a dash, the number, a dash', () => {
    // 嘉兴 2022 危险化学品安全管理条例 ends on two such footers, which were glued into 第二十条.
    const source = [
      '# 条例',
      '',
      '第一条　为了规范养犬行为，根据有关法律、法规，结合本市',
      '— ',
      ' ',
      '1',
      ' —',
      '实际，制定本条例。',
      '第二条　本条例自2022年5月1日起施行。',
      '— ',
      ' ',
      '2',
      ' —',
      '— ',
      ' ',
      '2',
      ' —',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((a) => plainText(a))).toEqual([
      '为了规范养犬行为，根据有关法律、法规，结合本市实际，制定本条例。',
      '本条例自2022年5月1日起施行。',
    ]);
    expect(result.warnings.filter((w) => w.code === 'page-number').map((w) => w.line)).toEqual([
      4, 6, 7, 10, 12, 13, 14, 16, 17,
    ]);
    // Only the sentence the first footer broke is joined; no footer is read as text.
    expect(result.warnings.filter((w) => w.code === 'line-joined').map((w) => w.line)).toEqual([8]);
  });

  it('keeps a bare number that no two lone dashes frame', () => {
    const source = [
      '# 条例',
      '',
      '第一条　本条例的附表：',
      '—',
      '3',
      '第二条　本条例自公布之日起施行。',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    expect(result.warnings.filter((w) => w.code === 'page-number')).toEqual([]);
  });
});
