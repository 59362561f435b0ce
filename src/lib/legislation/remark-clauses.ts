/**
 * A unified plugin that reads a draft's clause tree from the Markdown tree and leaves the
 * result on `file.data.clauses` (a ParseResult). Used by `parseDraft`; usable in any
 * unified pipeline that has remark (remark-parse) and remark-frontmatter before it.
 */
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { VFile } from 'vfile';
import {
  blocksFromMdast,
  MAX_CONTAINER_DEPTH,
  MAX_EMPHASIS_MARKS,
  foldEnclosedLabels,
  foldHalfwidthPunctuation,
  type Block,
} from './blocks.ts';
import { assignEIds } from './eids.ts';
import { buildEnglishTree } from './en-tree.ts';
import { createSink, NOTE_CODES, type ProblemSink } from './problems.ts';
import { looksChinese } from './text.ts';
import type { DocumentLanguage, ParseResult } from './types.ts';
import { buildChineseTree } from './zh-tree.ts';

declare module 'vfile' {
  interface DataMap {
    clauses: ParseResult;
  }
}

export interface RemarkClausesOptions {
  file?: string | null;
  language?: DocumentLanguage;
  /** Treat every warning that points at a defect of the text (not a note) as an error. */
  strict?: boolean;
  /** Lines whose quotation and list markers parseDraft cut after MAX_CONTAINER_DEPTH, to warn of. */
  nestingCapped?: readonly number[];
  /** First lines of the paragraphs whose asterisks parseDraft escaped (escapeEmphasisFloods), to warn of. */
  emphasisEscaped?: readonly number[];
}

/**
 * The parser as a remark plugin (`unified().use(remarkParse).use(remarkClauses)`), for a
 * processor built on the remark package (issue #15).
 * @public
 */
export function remarkClauses(options: RemarkClausesOptions = {}) {
  return (tree: Root, file: VFile) => {
    file.data.clauses = clausesFromMdast(tree, String(file.value), options);
  };
}

/**
 * A Chinese text's blocks with ｡ read as 。 and 一､ as 一、 (foldHalfwidthPunctuation), and ㈠ ⑴ ⒈ as
 * （一） (1) 1. (foldEnclosedLabels), each kind noted once.
 */
function foldedBlocks(blocks: Block[], sink: ProblemSink): Block[] {
  let out = blocks;
  for (const [fold, code] of [
    [foldHalfwidthPunctuation, 'halfwidth-punctuation'],
    [foldEnclosedLabels, 'enclosed-label'],
  ] as const) {
    const folded = fold(out);
    const first = folded.lines[0];
    if (first !== undefined)
      sink.warning(code, first, { count: folded.lines.length, lines: folded.lines.join(', ') });
    out = folded.blocks;
  }
  return out;
}

export function clausesFromMdast(
  tree: Root,
  source: string,
  options: RemarkClausesOptions = {},
): ParseResult {
  const sink = createSink(options.file ?? null);
  const {
    frontMatter,
    blocks,
    pageNumbers,
    fieldCodes,
    fieldCodeLines,
    wordDebris,
    typesettingCodes,
    runningHeaders,
  } = blocksFromMdast(tree, source);
  for (const page of pageNumbers) sink.warning('page-number', page.line, { text: page.text });
  for (const header of runningHeaders)
    sink.warning('running-header', header.lines[0] ?? 1, {
      text: header.text,
      count: header.lines.length,
      lines: header.lines.join(', '),
    });
  for (const code of fieldCodes) sink.warning('field-code', code.line, { text: code.text });
  for (const code of fieldCodeLines)
    sink.warning('field-code-line', code.line, { text: code.text });
  for (const d of wordDebris) sink.warning('word-debris', d.line, { text: d.text });
  for (const c of typesettingCodes) sink.warning('typesetting-code', c.line, { text: c.text });
  for (const line of options.nestingCapped ?? [])
    sink.warning('nesting-capped', line, { depth: MAX_CONTAINER_DEPTH });
  for (const line of options.emphasisEscaped ?? [])
    sink.warning('emphasis-flood', line, { count: MAX_EMPHASIS_MARKS });
  let front: Record<string, unknown> = {};
  if (frontMatter) {
    try {
      const data: unknown = parseYaml(frontMatter.value);
      if (data && typeof data === 'object' && !Array.isArray(data))
        front = data as Record<string, unknown>;
    } catch (error) {
      sink.warning('invalid-front-matter', frontMatter.line, { detail: (error as Error).message });
    }
  }
  const declared =
    front['language'] === 'zh' || front['language'] === 'en' ? front['language'] : options.language;
  const language: DocumentLanguage = declared ?? (looksChinese(source) ? 'zh' : 'en');
  const built =
    language === 'zh'
      ? buildChineseTree(foldedBlocks(blocks, sink), sink)
      : buildEnglishTree(blocks, sink);
  if (typeof front['title'] === 'string' && front['title'].trim())
    built.title = front['title'].trim();
  if (source.trim() === '') sink.error('empty-file', 1);
  else if (built.nodes.length === 0) sink.error('empty-document', 1);
  assignEIds(built.nodes, sink);
  if (options.strict) {
    // Content kept in the repository is loaded without a person reading warnings: defects stop it.
    sink.errors.push(...sink.warnings.filter((w) => !NOTE_CODES.has(w.code)));
  }
  if (sink.errors.length) return { ok: false, errors: sink.errors.sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    document: { title: built.title, language, preamble: built.preamble, nodes: built.nodes },
    // In the order of the text, as a reader goes through it (the sort is stable).
    warnings: sink.warnings.sort((a, b) => a.line - b.line),
  };
}
