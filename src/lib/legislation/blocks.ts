/**
 * mdast to a flat list of source blocks with plain text and original line numbers: the only
 * place that knows Markdown. The clause builders work on these blocks, so it does not matter
 * whether `1. …` became an ordered list or `（一）…` a paragraph.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

export interface SourceLine {
  text: string;
  /** 1-based line in the original file. */
  line: number;
}

export type Block =
  | { type: 'heading'; depth: number; text: string; line: number }
  | { type: 'paragraph'; lines: SourceLine[] }
  | { type: 'quote'; lines: SourceLine[] }
  | { type: 'info-end'; line: number };

export interface SourceBlocks {
  /** The YAML front matter as written, or null. */
  frontMatter: { value: string; line: number } | null;
  blocks: Block[];
  /** Page numbers left by a PDF or a print layout (`— 3 —`, `第 3 页 共 9 页`), dropped. */
  pageNumbers: SourceLine[];
  /** Word field codes left after a sentence (`PAGEMERGEFORMAT`), dropped: the text dropped. */
  fieldCodes: SourceLine[];
}

/** The end of the header in LawRefBook's layout (`<!-- INFO END -->`) and in the layout of
 * Theonefkguy/Chinese-Laws (`<!-- LEGAL_HEADER_END -->`): the body begins after it. */
const INFO_END = /^<!--\s*(?:INFO\s+END|LEGAL_HEADER_END)\s*-->$/i;

/**
 * A line that is only a page number, as text copied from a PDF or a printed 红头文件 carries
 * between its pages: `— 3 —`, `- 3 -`, `第3页`, `第 3 页 共 9 页`, `共9页 第3页`, `Page 3 of 9`.
 * A bare number is not one (it could be a table cell or a figure).
 */
const PAGE_NUMBER =
  /^(?:[-—–－―~～]+\s*\d{1,4}\s*[-—–－―~～]+|(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;

/**
 * A Word page field left at the end of a line when a document was saved as text: its code
 * (`PAGE`, `PAGE \\* MERGEFORMAT`, `NUMPAGES`) run on after the last sentence, and sometimes
 * the field's binary result read as characters (`PAGEPAGE鞡蒉畺歰慦乗`). Seen after a 。 or ；
 * in real texts of 天津, 宁夏, 新疆 and a 2018 司法解释; from the code to the end of the line is
 * dropped. Only in capitals and only after a sentence's end, so an English word stays.
 */
const FIELD_CODE =
  /(?<=[。；])\s*(?:PAGE|NUMPAGES)(?=PAGE|NUMPAGES|\s*\\\*|MERGEFORMAT|\s*$|[^A-Za-z]).*$/u;

export function isPageNumber(rawLine: string): boolean {
  return PAGE_NUMBER.test(cleanText(rawLine));
}

/** Flattens the block structure of a Markdown tree, keeping text and line numbers. */
export function blocksFromMdast(tree: Root, source: string): SourceBlocks {
  const out: SourceBlocks = { frontMatter: null, blocks: [], pageNumbers: [], fieldCodes: [] };
  const rawLines = source.split('\n');
  for (const node of tree.children) collect(node, source, out, false, rawLines);
  return out;
}

function collect(
  node: RootContent,
  source: string,
  out: SourceBlocks,
  quoted: boolean,
  rawLines: readonly string[],
): void {
  const line = node.position?.start.line ?? 1;
  const push = (all: SourceLine[]) => {
    // Judged on the line as written: Markdown reads `- 3 -` as a list item `3 -`.
    const lines = all
      .filter((l) => {
        const page = isPageNumber(rawLines[l.line - 1] ?? '');
        if (page)
          out.pageNumbers.push({ text: cleanText(rawLines[l.line - 1] ?? ''), line: l.line });
        return !page;
      })
      .map((l) => {
        const code = FIELD_CODE.exec(l.text);
        if (!code) return l;
        out.fieldCodes.push({ text: code[0].trim(), line: l.line });
        return { ...l, text: l.text.slice(0, code.index) };
      });
    if (lines.length === 0) return;
    const last = out.blocks.at(-1);
    // Consecutive parts of one quotation stay one block.
    if (quoted && last?.type === 'quote') last.lines.push(...lines);
    else out.blocks.push(quoted ? { type: 'quote', lines } : { type: 'paragraph', lines });
  };
  switch (node.type) {
    case 'yaml':
      if (out.blocks.length === 0 && out.frontMatter === null)
        out.frontMatter = { value: node.value, line };
      return;
    case 'heading':
      if (quoted) push([{ text: inlineText(node), line }]);
      else out.blocks.push({ type: 'heading', depth: node.depth, text: inlineText(node), line });
      return;
    case 'paragraph':
      push(splitLines(inlineText(node), line));
      return;
    case 'html':
      if (!quoted && INFO_END.test(node.value.trim())) out.blocks.push({ type: 'info-end', line });
      return;
    case 'code': {
      // Indented text (four spaces) is code to Markdown but a paragraph to a drafter.
      const first =
        node.position && source.slice(node.position.start.offset ?? 0).match(/^ {0,3}(`{3,}|~{3,})/)
          ? line + 1
          : line;
      for (const l of splitLines(node.value, first)) push([l]);
      return;
    }
    case 'list':
      node.children.forEach((item, index) => {
        const marker = node.ordered ? listMarker(item, source, (node.start ?? 1) + index) : '';
        item.children.forEach((child, childIndex) => {
          if (childIndex === 0 && marker && child.type === 'paragraph') {
            const lines = splitLines(inlineText(child), child.position?.start.line ?? line);
            if (lines[0]) lines[0] = { ...lines[0], text: `${marker} ${lines[0].text}` };
            push(lines);
          } else {
            collect(child, source, out, quoted, rawLines);
          }
        });
      });
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, source, out, true, rawLines);
      return;
    case 'table':
      for (const row of node.children) {
        push([
          {
            text: row.children.map((cell) => inlineText(cell)).join(' '),
            line: row.position?.start.line ?? line,
          },
        ]);
      }
      return;
    default:
      // thematicBreak, definition, footnoteDefinition: no clause text.
      return;
  }
}

/** The ordered-list marker exactly as written (`1.`, `1)`), falling back to the item number. */
function listMarker(item: Parent, source: string, fallback: number): string {
  const start = item.position?.start.offset;
  const written =
    start === undefined ? null : /^\s*(\d{1,9}[.)])/.exec(source.slice(start, start + 12));
  return written?.[1] ?? `${fallback}.`;
}

function splitLines(text: string, firstLine: number): SourceLine[] {
  return text
    .split('\n')
    .map((t, i) => ({ text: t, line: firstLine + i }))
    .filter((l) => cleanText(l.text) !== '');
}

/** Plain text of inline content; hard and soft breaks become `\n` so lines keep their numbers. */
export function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'html' || node.type === 'footnoteReference') return '';
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

const EDGE_SPACE =
  /^[\s\u3000\u200b\u200c\u200d\u2060\ufeff]+|[\s\u3000\u200b\u200c\u200d\u2060\ufeff]+$/g;

/** Trims ordinary, ideographic and zero-width spaces. */
export function cleanText(text: string): string {
  return text.replace(EDGE_SPACE, '');
}
