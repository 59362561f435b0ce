/**
 * English bills: blocks to a clause tree. TITLE and SEC. headings (or `Sec. 101.` paragraphs
 * as appropriation acts write them) make titles and sections; other headings are unnumbered
 * divisions (`heading`, e.g. "Office of the Secretary"); `(a)` `(1)` `(A)` `(i)` `(I)` nest
 * by designation type; "Whereas" paragraphs are recitals; quoted text (`> `) belongs to the
 * clause it is quoted in. Numbering in bills is not consecutive (Sec. 101, 201 …), so only
 * structure is checked, not sequence.
 */
import { cleanText, type Block, type SourceLine } from './blocks.ts';
import { parseLetters, parseRoman } from './numerals.ts';
import type { ProblemSink } from './problems.ts';
import { appendText } from './text.ts';
import type { ClauseKind, ClauseNode } from './types.ts';
import { node, type BuiltTree } from './zh-tree.ts';

const TITLE = /^TITLE\s+([IVXLCDM]+)\b[\s.—–-]*(.*)$/i;
const SECTION = /^(?:SECTION|SEC\.)\s*(\d+)([A-Z]?)\.?\s*(.*)$/i;
const SECTION_PARAGRAPH = /^(?:SECTION|Sec\.|SEC\.)\s*(\d+)([A-Z]?)\.\s+(.*)$/;
const DESIGNATION = /^\(([a-z]{1,3}|[A-Z]{1,3}|\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6})\)\s*/;
const RECITAL = /^Whereas\b/;
/** Enacting and resolving formulas end the recitals; what follows is not part of them. */
const FORMULA = /^(?:Be it enacted|Resolved|That\s*[—–-]*\s*$)/;

/**
 * Whether a preamble paragraph is an enacting or resolving formula, which in the bill follows
 * the recitals (a writer of the bill, such as the .docx export, puts it back there).
 * @example isEnactingFormula('Be it enacted by the Standing Committee…') // true
 */
export function isEnactingFormula(text: string): boolean {
  return FORMULA.test(text);
}
const OFFICIAL_TITLE =
  /^(?:A BILL|AN ACT|JOINT RESOLUTION|CONCURRENT RESOLUTION|RESOLUTION)\s+(.+)$/i;

/** Designation levels, outermost first. */
const LEVELS: { kind: ClauseKind; level: number }[] = [
  { kind: 'subsection', level: 1 },
  { kind: 'paragraph', level: 2 },
  { kind: 'subparagraph', level: 3 },
  { kind: 'clause', level: 4 },
  { kind: 'subclause', level: 5 },
];
const levelOf = (kind: ClauseKind) => LEVELS.find((l) => l.kind === kind)?.level ?? 0;

export function buildEnglishTree(blocks: Block[], _sink: ProblemSink): BuiltTree {
  return new EnglishTreeBuilder().build(blocks);
}

/** The reading state of one English bill: the open title, unit and designations. */
class EnglishTreeBuilder {
  private readonly out: BuiltTree = { title: '', preamble: [], nodes: [], conclusions: [] };
  private title: ClauseNode | null = null;
  /** The section, heading or recital that designations and loose text belong to. */
  private unit: ClauseNode | null = null;
  /** Open designations, outermost first. */
  private stack: ClauseNode[] = [];
  private started = false;

  private container() {
    return this.title?.children ?? this.out.nodes;
  }
  private deepest() {
    return this.stack.at(-1) ?? this.unit;
  }

  private openUnit(n: ClauseNode) {
    this.container().push(n);
    this.unit = n;
    this.stack = [];
    this.started = true;
  }

  private classify(raw: string): { kind: ClauseKind; num: number } | null {
    const open = (kind: ClauseKind) => this.stack.find((s) => s.kind === kind);
    if (/^\d+$/.test(raw)) return { kind: 'paragraph', num: Number(raw) };
    const lower = raw === raw.toLowerCase();
    const roman = parseRoman(raw);
    const letters = parseLetters(raw);
    // (i), (v), (x) … are roman clauses or letters. A running roman sequence continues; a
    // running letter sequence continues; a fresh (i) under a subparagraph starts clauses.
    const [letterKind, romanKind, romanParent]: [ClauseKind, ClauseKind, ClauseKind] = lower
      ? ['subsection', 'clause', 'subparagraph']
      : ['subparagraph', 'subclause', 'clause'];
    const romanOpen = open(romanKind);
    if (roman !== null && romanOpen && romanOpen.num === roman - 1)
      return { kind: romanKind, num: roman };
    const startsRoman = roman === 1 && open(romanParent) !== undefined;
    const letterOpen = open(letterKind);
    if (letters !== null && letterOpen && letterOpen.num === letters - 1 && !startsRoman)
      return { kind: letterKind, num: letters };
    if (startsRoman) return { kind: romanKind, num: 1 };
    if (letters !== null) return { kind: letterKind, num: letters };
    return roman === null ? null : { kind: romanKind, num: roman };
  }

  /** Reads `(a) (1) text`: one node per designation, nested. Returns false if none. */
  private readDesignations(text: string, line: number): boolean {
    let rest = text;
    let any = false;
    for (;;) {
      const m = DESIGNATION.exec(rest);
      if (!m) break;
      const c = this.classify(m[1] ?? '');
      if (!c) break;
      const level = levelOf(c.kind);
      while (this.stack.length && levelOf(this.stack.at(-1)!.kind) >= level) this.stack.pop();
      const n = node(c.kind, line, { num: c.num, label: `(${m[1]})` });
      const parent = this.stack.at(-1) ?? this.unit;
      (parent ? parent.children : this.container()).push(n);
      this.stack.push(n);
      rest = rest.slice(m[0].length);
      any = true;
      this.started = true;
    }
    if (any) {
      const target = this.stack.at(-1)!;
      target.text = appendText(target.text, rest);
    }
    return any;
  }

  private readLine({ text: raw, line }: SourceLine, quoted: boolean) {
    const text = cleanText(raw);
    if (text === '') return;
    if (quoted) {
      const target = this.deepest();
      if (target) target.text = appendText(target.text, text);
      else this.out.preamble.push(text);
      return;
    }
    const sec = SECTION_PARAGRAPH.exec(text);
    if (sec) {
      const n = node('section', line, {
        num: Number(sec[1]),
        label: `Sec. ${sec[1]}${sec[2] ?? ''}.`,
      });
      this.openUnit(n);
      if (!this.readDesignations(sec[3] ?? '', line)) n.text = sec[3] ?? '';
      return;
    }
    if (RECITAL.test(text)) {
      const n = node('recital', line, { text });
      this.out.nodes.push(n);
      this.unit = n;
      this.stack = [];
      this.started = true;
      return;
    }
    if (isEnactingFormula(text)) {
      this.out.preamble.push(text);
      this.unit = null;
      this.stack = [];
      return;
    }
    if (this.readDesignations(text, line)) return;
    const target = this.deepest();
    if (target && this.started) target.text = appendText(target.text, text);
    else this.out.preamble.push(text);
  }

  build(blocks: Block[]): BuiltTree {
    for (const block of blocks) {
      if (block.type === 'info-end') continue;
      if (block.type === 'heading') this.readHeading(block);
      else for (const l of block.lines) this.readLine(l, block.type === 'quote');
    }
    if (this.out.title === '') {
      const official = this.out.preamble.map((p) => OFFICIAL_TITLE.exec(p)?.[1]).find(Boolean);
      this.out.title = official ?? this.out.preamble[0] ?? '';
    }
    return this.out;
  }

  private readHeading(block: Extract<Block, { type: 'heading' }>) {
    const text = cleanText(block.text).replace(/\s+/g, ' ');
    const t = TITLE.exec(text);
    const s = SECTION.exec(text);
    if (block.depth === 1 && this.out.title === '' && !this.started) {
      this.out.title = text;
    } else if (t && parseRoman(t[1] ?? '') !== null) {
      this.title = node('title', block.line, {
        num: parseRoman(t[1] ?? ''),
        label: `TITLE ${(t[1] ?? '').toUpperCase()}`,
        heading: t[2] ?? '',
      });
      this.out.nodes.push(this.title);
      this.unit = null;
      this.stack = [];
      this.started = true;
    } else if (s) {
      this.openUnit(
        node('section', block.line, {
          num: Number(s[1]),
          label: `SEC. ${s[1]}${s[2] ?? ''}.`,
          heading: s[3] ?? '',
        }),
      );
    } else if (/^\(.*\)$/.test(text) && isBareHeading(this.unit)) {
      // "(including transfer of funds)" qualifies the heading above it.
      (this.unit as unknown as ClauseNode).heading += ` ${text}`;
    } else if (this.started || this.title) {
      this.openUnit(node('heading', block.line, { heading: text }));
    } else {
      this.out.preamble.push(text);
    }
  }
}

function isBareHeading(n: ClauseNode | null): boolean {
  return n !== null && n.kind === 'heading' && n.text === '' && n.children.length === 0;
}
