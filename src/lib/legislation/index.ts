/**
 * Drafts as clause trees: `parseDraft` reads Markdown (Chinese regulations or English bills)
 * into a tree of clauses with Akoma Ntoso style eIds, or reports every problem with its line.
 */
import { remark } from 'remark';
import remarkFrontmatter from 'remark-frontmatter';
import { capContainerNesting, escapeEmphasisFloods } from './blocks.ts';
import { clausesFromMdast, type RemarkClausesOptions } from './remark-clauses.ts';
import type { ClauseNode, ParsedDocument, ParseResult } from './types.ts';

export type * from './types.ts';
export { toAkomaNtoso, AKN_NAMESPACE, type AknMeta } from './akoma-ntoso.ts';
export { isEnactingFormula } from './en-tree.ts';
export { PROBLEMS } from './problems.ts';
export {
  formatChineseNumeral,
  formatLetters,
  formatRoman,
  parseChineseNumeral,
  parseLetters,
  parseRoman,
} from './numerals.ts';

const processor = remark().use(remarkFrontmatter, ['yaml']);

/**
 * @example
 * const r = parseDraft('# 条例\n\n## 第一章 总则\n\n第一条 为了……，制定本条例。', { file: 'x.md' });
 * // r.ok === true; r.document.nodes[0].eId === 'chp_1'; its child 'chp_1__art_1'
 */
export function parseDraft(source: string, options: RemarkClausesOptions = {}): ParseResult {
  const capped = capContainerNesting(source.replace(/^\uFEFF/, ''));
  const { text, lines } = escapeEmphasisFloods(capped.text);
  return clausesFromMdast(processor.parse(text), text, {
    ...options,
    nestingCapped: capped.lines,
    emphasisEscaped: lines,
  });
}

/** A node's own text with all its descendants' labels and text, one line each. */
export function plainText(node: ClauseNode): string {
  const own = [node.heading, node.text].filter(Boolean).join(' ');
  const lines = own ? [own] : [];
  for (const child of node.children) {
    const inner = plainText(child);
    const tight = /^[（(]/.test(child.label) || /[.、]$/.test(child.label);
    lines.push(child.label ? `${child.label}${tight ? '' : ' '}${inner}` : inner);
  }
  return lines.join('\n');
}

/** Every node in document order. */
export function flatten(nodes: readonly ClauseNode[]): ClauseNode[] {
  const out: ClauseNode[] = [];
  const visit = (n: ClauseNode) => {
    out.push(n);
    n.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}

/**
 * The units people cite and comment on, in document order: articles in Chinese texts, and
 * numbered points standing outside any article (a decision's 一、二、);
 * sections, unnumbered headings of appropriation acts, and recitals in English bills, plus
 * designations standing outside any section (a resolution's "(1) …").
 */
export function articlesOf(document: ParsedDocument): ClauseNode[] {
  const out: ClauseNode[] = [];
  if (document.language === 'zh') {
    const visit = (n: ClauseNode) =>
      n.kind === 'article' || n.kind === 'point' ? out.push(n) : n.children.forEach(visit);
    document.nodes.forEach(visit);
    return out;
  }
  const visit = (n: ClauseNode) => (n.kind === 'title' ? n.children.forEach(visit) : out.push(n));
  document.nodes.forEach(visit);
  return out;
}
