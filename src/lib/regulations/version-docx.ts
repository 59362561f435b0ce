/**
 * A version of a regulation as a Word document (the national site offers drafts as .docx):
 * the title, the version and its date, the preamble, then the text in document order with
 * divisions centred and each article's label in bold, as printed drafts are set.
 *
 * `versionBlocks` is pure (tree in, plain blocks out) so the layout is tested without
 * unzipping a document; `versionDocx` only turns blocks into docx objects.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { isEnactingFormula } from '../legislation/index.ts';

/** The parts of a clause the document needs (a `ClauseTreeNode` fits). */
export interface DocxClause {
  kind: string;
  label: string;
  heading: string;
  text: string;
  children: readonly DocxClause[];
}

export interface DocxBlock {
  /** `section`: an English bill's `SEC. 1. SHORT TITLE.` line, a heading of its own. */
  style: 'title' | 'subtitle' | 'division' | 'section' | 'text';
  /** Text runs in order; `bold` for a label. */
  runs: { text: string; bold?: boolean }[];
  /** Nesting below the article, for the indent: 0 for an article's own paragraph. */
  depth: number;
}

export interface VersionDocxMeta {
  title: string;
  /** "一审稿 · 2026年11月1日" */
  subtitle: string;
  language: 'zh' | 'en';
  preamble: readonly string[];
}

const DIVISIONS = new Set(['part', 'chapter', 'title']);
/** The label the English parser gives a section read from a heading line (a paragraph's is `Sec. 1.`). */
const SECTION_HEADING = /^SEC\. /;

/**
 * The document's paragraphs for a clause tree.
 *
 * @example versionBlocks([{ kind: 'article', label: '第一条', heading: '', text: '为了……', children: [] }], 'zh')
 *   // [{ style: 'text', runs: [{ text: '第一条', bold: true }, { text: '　为了……' }], depth: 0 }]
 */
export function versionBlocks(nodes: readonly DocxClause[], language: 'zh' | 'en'): DocxBlock[] {
  const sep = language === 'en' ? ' ' : '　';
  const heading = (n: DocxClause) => [n.label, n.heading].filter(Boolean).join(sep);
  const isUnit = (n: DocxClause) =>
    n.kind === 'article' || (language === 'en' && (n.kind === 'section' || n.kind === 'recital'));
  const blocks: DocxBlock[] = [];
  const walk = (list: readonly DocxClause[], depth: number) => {
    for (const n of list) {
      if (DIVISIONS.has(n.kind) || n.kind === 'heading' || (n.kind === 'section' && !isUnit(n))) {
        blocks.push({ style: 'division', runs: [{ text: heading(n), bold: true }], depth: 0 });
        if (n.text) blocks.push({ style: 'text', runs: [{ text: n.text }], depth: 0 });
        walk(n.children, 0);
      } else if (language === 'en' && n.kind === 'section' && SECTION_HEADING.test(n.label)) {
        // A bill's section heading stands on its own line, its text below: run on, the parser
        // would read "SEC. 1. SHORT TITLE. These…" as a section with no heading (.docx round
        // trip, issue #19).
        blocks.push({ style: 'section', runs: [{ text: heading(n), bold: true }], depth: 0 });
        if (n.text) blocks.push({ style: 'text', runs: [{ text: n.text }], depth: 0 });
        walk(n.children, 1);
      } else if (isUnit(n)) {
        const head = heading(n);
        // An article of several paragraphs is printed with its first paragraph on the label's
        // line (第二条　本条例适用于……), as a reader retyping it would: the parser reads the
        // same article back from the Word file (.docx round trip, issue #19).
        const [first, ...rest] = n.children;
        // An appropriations section (`Sec. 104.`) likewise runs on with its first subsection:
        // `Sec. 104. (a) …`, as the bill prints it; alone, the label would not read as a section.
        const runOn =
          (language === 'zh' &&
            n.kind === 'article' &&
            !n.text &&
            head !== '' &&
            first?.kind === 'paragraph' &&
            !first.label &&
            first.text) ||
          (language === 'en' && n.kind === 'section' && !n.text && head !== '' && first?.label)
            ? first
            : null;
        const text = runOn
          ? [runOn.label, runOn.text].filter(Boolean).join(language === 'en' ? ' ' : '')
          : n.text;
        const runs = [
          ...(head ? [{ text: head, bold: true }] : []),
          ...(text ? [{ text: head ? `${sep}${text}` : text }] : []),
        ];
        if (runs.length) blocks.push({ style: 'text', runs, depth: 0 });
        if (runOn) {
          walk(runOn.children, 2);
          walk(rest, 1);
        } else walk(n.children, 1);
      } else {
        const runs = [
          ...(n.label ? [{ text: `${n.label}${language === 'en' ? ' ' : ''}` }] : []),
          ...(n.text ? [{ text: n.text }] : []),
        ];
        if (runs.length) blocks.push({ style: 'text', runs, depth });
        walk(n.children, depth + 1);
      }
    }
  };
  walk(nodes, 0);
  return blocks;
}

/** The version as a .docx file. */
export async function versionDocx(
  nodes: readonly DocxClause[],
  meta: VersionDocxMeta,
): Promise<Buffer> {
  const font =
    meta.language === 'zh'
      ? { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' }
      : 'Times New Roman';
  const indentPerLevel = meta.language === 'zh' ? 420 : 360;
  const paragraph = (b: DocxBlock) => {
    const children = b.runs.map((r) => new TextRun({ text: r.text, bold: r.bold ?? false, font }));
    if (b.style === 'section')
      return new Paragraph({
        children,
        heading: HeadingLevel.HEADING_3,
        spacing: { before: 200, after: 80 },
      });
    if (b.style === 'division')
      return new Paragraph({
        children,
        heading: HeadingLevel.HEADING_2,
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 120 },
      });
    // Chinese text is set with a two-character first-line indent; deeper levels indent further.
    return new Paragraph({
      children,
      spacing: { after: 80 },
      indent:
        meta.language === 'zh'
          ? { firstLine: 480, left: b.depth > 1 ? (b.depth - 1) * indentPerLevel : 0 }
          : { left: b.depth * indentPerLevel },
    });
  };
  const preambleParagraph = (p: string) =>
    new Paragraph({ children: [new TextRun({ text: p, font })], spacing: { after: 80 } });
  // An English bill's enacting formula ("Be it enacted…", "Resolved…") follows its recitals:
  // printed before them, the parser would end the preamble there and read the recitals' text
  // differently (.docx round trip, issue #19).
  const split = meta.language === 'en' ? meta.preamble.findIndex(isEnactingFormula) : -1;
  const opening = split < 0 ? meta.preamble : meta.preamble.slice(0, split);
  const formula = split < 0 ? [] : meta.preamble.slice(split);
  const firstOther = nodes.findIndex((n) => n.kind !== 'recital');
  const recitals = split < 0 ? 0 : firstOther < 0 ? nodes.length : firstOther;
  const doc = new Document({
    creator: 'OpenClause',
    title: meta.title,
    styles: {
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun({ text: meta.title, bold: true, size: 36, font })],
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
          }),
          // Word's own Subtitle style: reading the file back leaves the label and date out.
          new Paragraph({
            children: [new TextRun({ text: meta.subtitle, font })],
            style: 'Subtitle',
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
          }),
          ...opening.map(preambleParagraph),
          ...versionBlocks(nodes.slice(0, recitals), meta.language).map(paragraph),
          ...formula.map(preambleParagraph),
          ...versionBlocks(nodes.slice(recitals), meta.language).map(paragraph),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
