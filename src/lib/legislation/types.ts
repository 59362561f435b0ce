/**
 * The clause tree: the structure of a legal text, independent of how it is rendered.
 * Comments, comparisons and permalinks anchor to `eId` (and, across versions, to a lineage),
 * never to markup.
 */

/** Chinese: part 编 / chapter 章 / section 节 / article 条 / paragraph 款 / point 项 / subpoint 目.
 * English bills: title / section / subsection (a) / paragraph (1) / subparagraph (A) / clause (i) /
 * subclause (I),
 * recital for "Whereas". Chinese 分编 is `subpart`; text after the last article headed 附件 is an `annex`. `heading` is an unnumbered division (e.g. an appropriation heading). */
export const CLAUSE_KINDS = [
  'part',
  'chapter',
  'section',
  'article',
  'paragraph',
  'point',
  'subpoint',
  'title',
  'subsection',
  'subparagraph',
  'clause',
  'subclause',
  'recital',
  'heading',
  'subpart',
  'annex',
] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

export interface ClauseNode {
  kind: ClauseKind;
  /** Akoma Ntoso style id built from the path, e.g. `chp_2__sec_1__art_15__para_2__point_3`. */
  eId: string;
  /** The integer the number denotes (120 for 第一百二十条, 4 for SEC. 4., 3 for (c)); null if none. */
  num: number | null;
  /** Insertion suffix: 1 for 第十条之一 (num 10); null otherwise. */
  subNum: number | null;
  /** The designation as written, normalised: "第一百二十条", "SEC. 4.", "（三）", "(a)"; "" if none. */
  label: string;
  /** Title of a division ("总则", "FINDINGS."); "" if none. */
  heading: string;
  /** The node's own text, without its label and without its children's text. */
  text: string;
  children: ClauseNode[];
  /** 1-based line in the source file where the node starts. */
  line: number;
}

export type DocumentLanguage = 'zh' | 'en';

export interface ParsedDocument {
  title: string;
  language: DocumentLanguage;
  /** Text before the first clause (enactment history, enacting formula), as paragraphs. */
  preamble: string[];
  nodes: ClauseNode[];
}

export interface ParseError {
  /** Permanent name of the problem, e.g. 'numbering-gap', 'duplicate-number', 'point-outside-article'. */
  code: string;
  /** What happened, in the user's language (Chinese first for Chinese drafts). */
  message: string;
  file: string | null;
  line: number;
  /** The values in the message, for a catalogue to translate `code` (see PROBLEMS in problems.ts). */
  params?: Record<string, string | number>;
}

export type ParseResult =
  | { ok: true; document: ParsedDocument; warnings: ParseError[] }
  | { ok: false; errors: ParseError[] };
