/**
 * Hostile or broken input that Markdown reads as thousands of levels: a line of quotation or
 * list markers one inside another, or lines indented by thousands of spaces. The parser used to
 * overflow the stack (the staff's paste or upload failed with an internal error) and the
 * Markdown reader took time in the square of the levels; now the levels past
 * MAX_CONTAINER_DEPTH are left out with a warning, and a text repeating one label thousands of
 * times gets its eIds in turn. A paragraph flooded with asterisks (*a*a*a…) took the Markdown
 * reader time in the square of their count; they are now read as asterisks, with a warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import {
  capContainerNesting,
  escapeEmphasisFloods,
  MAX_CONTAINER_DEPTH,
} from '../../../src/lib/legislation/blocks.ts';

describe('markers nested past any law', () => {
  it('reads a line of five thousand quotation marks without overflowing, and warns of it', () => {
    const r = parseDraft(
      `# 某某条例\n\n第一条 为了规范管理，制定本条例。\n\n${'>'.repeat(5000)} 第二条 本条例自公布之日起施行。`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      flatten(r.document.nodes)
        .filter((n) => n.kind === 'article')
        .map((n) => n.label),
    ).toEqual(['第一条', '第二条']);
    expect(r.warnings.filter((w) => w.code === 'nesting-capped').map((w) => w.line)).toEqual([5]);
  });

  it('reads an article inside thousands of list markers', () => {
    const r = parseDraft(`${'- '.repeat(3000)}第一条 为了规范管理，制定本条例。`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const articles = flatten(r.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((n) => n.eId)).toEqual(['art_1']);
    expect(r.warnings.some((w) => w.code === 'nesting-capped' && w.line === 1)).toBe(true);
  });

  it('keeps the first levels and the words, cuts only the markers and indentation past the limit, and leaves other lines alone', () => {
    const deep = `${'> '.repeat(MAX_CONTAINER_DEPTH + 4)}第三条 内容。`;
    const indented = `${' '.repeat(500)}- 第四条 内容。`;
    const plain = '> > 第五条 引用的内容。';
    const { text, lines } = capContainerNesting([deep, indented, plain].join('\n'));
    const [a, b, c] = text.split('\n');
    expect(a).toBe(`${'> '.repeat(MAX_CONTAINER_DEPTH)}第三条 内容。`);
    expect(b).toBe(`${' '.repeat(4 * MAX_CONTAINER_DEPTH)}- 第四条 内容。`);
    expect(c).toBe(plain);
    expect(lines).toEqual([1, 2]);
  });

  it('leaves a text without such lines as it is, the same string', () => {
    const source = '# 条例\n\n1. 第一项\n   - 其中一点\n\n> 引用';
    expect(capContainerNesting(source)).toEqual({ text: source, lines: [] });
  });
});

describe('one label repeated thousands of times', () => {
  it('gives each its own eId in turn, -x2, -x3, …, each warned', () => {
    const r = parseDraft('第一章 总则\n\n'.repeat(3000));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const chapters = r.document.nodes.filter((n) => n.kind === 'chapter');
    expect(chapters.length).toBeGreaterThan(1);
    const eIds = chapters.map((n) => n.eId);
    expect(new Set(eIds).size).toBe(eIds.length);
    expect(eIds.slice(0, 3)).toEqual(['chp_1', 'chp_1-x2', 'chp_1-x3']);
    expect(eIds.at(-1)).toBe(`chp_1-x${eIds.length}`);
    expect(r.warnings.filter((w) => w.code === 'duplicate-eid')).toHaveLength(eIds.length - 1);
  });
});

describe('a paragraph flooded with asterisks', () => {
  it('reads them as characters of the article, warned at the paragraph, and keeps the articles around it', () => {
    const flood = '*a'.repeat(10000);
    const r = parseDraft(
      `第一条 为了规范管理，制定本条例。\n\n第二条 ${flood}\n\n第三条 本条例自公布之日起施行。`,
      // Mostly Latin letters now: without the language the text would be read as English.
      { language: 'zh' },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const articles = flatten(r.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((n) => n.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(articles[1]!.text).toContain('*a*a*a');
    expect(r.warnings.filter((w) => w.code === 'emphasis-flood').map((w) => w.line)).toEqual([3]);
  });

  it('leaves a text with a few bold headings as it is, the same string', () => {
    const source = '# 条例\n\n**第一章 总则**\n\n第一条 *内容*。';
    expect(escapeEmphasisFloods(source)).toEqual({ text: source, lines: [] });
  });

  it('escapes only the flooded paragraph, and names its first line after several blank lines', () => {
    const { text, lines } = escapeEmphasisFloods(`**标题**\n\n\n\n${'*b'.repeat(300)}`);
    const [head, , , , flooded] = text.split('\n');
    expect(head).toBe('**标题**');
    expect(flooded).toBe('\\*b'.repeat(300));
    expect(lines).toEqual([5]);
  });
});
