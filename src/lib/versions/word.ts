/**
 * A draft kept in Word (.docx, as Word and WPS save it) turned into the content format: the
 * Markdown that content/ version files hold and the parser reads (`# title`, `## 第一章 …`,
 * one paragraph per 款 or 项). The parser then does all the reading of structure; this module
 * only carries the text of each Word paragraph across, exactly, in order.
 *
 * Hostile files: the upload is first read with the zip reader of the XLSX import
 * (../imports/zip.ts), which refuses a file that is not a zip, declares too much, inflates
 * suspiciously well or lies about its sizes, before mammoth opens it; images are never read.
 *
 * How Word paragraphs map (mammoth's document model, https://github.com/mwilliamson/mammoth.js#document-transforms):
 * - the style "Title" → `# …`; "Subtitle" is left out (our own export sets the version's label
 *   and date there, which the form fields carry);
 * - a heading style ("Heading 2", WPS "标题 2"), or a centred or bold line that reads as a
 *   division (第一章 总则) → `## …` (`### …` for a 节);
 * - every other paragraph → a paragraph; table rows → one paragraph each (cells joined by a
 *   space, as the parser reads Markdown tables); tracked changes count as accepted (mammoth
 *   reads insertions and skips deletions) and Word comments are left out.
 * Text is escaped so that the parser reads exactly the characters Word shows.
 */
import mammoth from 'mammoth';
import { looksLikeZip, readZip, type ZipLimits, type ZipRefusal } from '../imports/zip.ts';
import { writeOutNumbering } from './word-numbering.ts';

export const WORD_LIMITS: ZipLimits = {
  maxTotalBytes: 32 * 1024 * 1024,
  maxEntries: 1000,
  maxRatio: 200,
};

/** What staff are told about the conversion itself (the parser's warnings come later). */
export type WordNote =
  | { code: 'numbering-written'; count: number }
  | { code: 'auto-numbering'; count: number }
  | { code: 'images'; count: number }
  | { code: 'tracked-changes'; count: number }
  | { code: 'comments'; count: number }
  | { code: 'footnotes'; count: number };

export type WordRefusal = Exclude<ZipRefusal, 'not-zip'> | 'not-docx' | 'empty';

export type WordOutcome =
  { ok: true; markdown: string; notes: WordNote[] } | { ok: false; reason: WordRefusal };

/** The parts mammoth reads; media (images) are never inflated. */
const WANTED = (name: string) =>
  name === '[Content_Types].xml' ||
  (name.startsWith('word/') && !name.startsWith('word/media/')) ||
  name.startsWith('_rels/');

/**
 * @example
 * await readWordDraft(await versionDocx(tree, meta))
 * // { ok: true, markdown: '# 临江市物业管理条例\n\n## 第一章　总则\n\n第一条　为了…\n', notes: [] }
 */
export async function readWordDraft(bytes: Uint8Array): Promise<WordOutcome> {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not-docx' };
  const zip = readZip(bytes, WANTED, WORD_LIMITS);
  if (!zip.ok) return { ok: false, reason: zip.reason === 'not-zip' ? 'not-docx' : zip.reason };
  const documentXml = zip.entries.get('word/document.xml');
  if (!documentXml) return { ok: false, reason: 'not-docx' };
  // Word's automatic numbers (第一条 from a "第%1条" list) are not text: write them in first.
  const parts = relatedParts(zip.entries);
  const original = documentXml.toString('utf8');
  const numbering = writeOutNumbering(original, parts.numbering, parts.styles);
  const entries = new Map(zip.entries);
  if (numbering.xml !== original)
    entries.set('word/document.xml', Buffer.from(numbering.xml, 'utf8'));
  let document: WordElement | null = null;
  try {
    await mammoth.convertToHtml(
      // mammoth reads from any object that answers exists/read (its `file` input), so it sees
      // only the parts already inflated under the zip limits, with the numbers written in.
      { file: zipFileOf(entries) } as unknown as { buffer: Buffer },
      {
        // The model is all we need; mammoth's HTML is discarded, and images are never read.
        transformDocument: (d: WordElement) => {
          document = d;
          return { type: 'document', children: [] };
        },
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch {
    // The zip was sound but its XML is not a Word document mammoth can read.
    return { ok: false, reason: 'not-docx' };
  }
  if (document === null) return { ok: false, reason: 'not-docx' };
  const converted = markdownOf(document);
  if (converted.markdown.trim() === '') return { ok: false, reason: 'empty' };
  const notes: WordNote[] = [];
  if (numbering.written > 0) notes.push({ code: 'numbering-written', count: numbering.written });
  notes.push(...converted.notes);
  // Tracked changes are read as accepted and Word comments left out: staff are told, since a
  // draft published with a revision nobody accepted is a different text from the one agreed.
  const revisions = (original.match(/<w:(?:ins|del|moveFrom|moveTo)\b[^>]*>/g) ?? []).length;
  if (revisions > 0) notes.push({ code: 'tracked-changes', count: revisions });
  const comments = (original.match(/<w:commentReference\b/g) ?? []).length;
  if (comments > 0) notes.push({ code: 'comments', count: comments });
  const footnotes = (original.match(/<w:(?:footnote|endnote)Reference\b/g) ?? []).length;
  if (footnotes > 0) notes.push({ code: 'footnotes', count: footnotes });
  return { ok: true, markdown: converted.markdown, notes };
}

/** The mammoth `file` interface over entries already read. */
function zipFileOf(entries: Map<string, Buffer>) {
  return {
    exists: (name: string) => entries.has(name),
    read: (name: string, encoding?: string) => {
      const data = entries.get(name);
      if (!data) return Promise.reject(new Error(`missing part ${name}`));
      if (encoding === 'base64') return Promise.resolve(data.toString('base64'));
      if (encoding) return Promise.resolve(new TextDecoder(encoding).decode(data));
      return Promise.resolve(new Uint8Array(data));
    },
  };
}

/** The numbering and styles parts of the main document, where its relationships put them. */
function relatedParts(entries: Map<string, Buffer>): { numbering?: string; styles?: string } {
  const rels = entries.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
  const find = (kind: string, fallback: string): string | undefined => {
    let target = fallback;
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? '';
      const t = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
      if (t && type.endsWith(`/${kind}`))
        target = t.startsWith('/') ? t.slice(1) : `word/${t.replace(/^\.\//, '')}`;
    }
    return entries.get(target)?.toString('utf8');
  };
  const numbering = find('numbering', 'word/numbering.xml');
  const styles = find('styles', 'word/styles.xml');
  return {
    ...(numbering !== undefined ? { numbering } : {}),
    ...(styles !== undefined ? { styles } : {}),
  };
}

/** The subset of mammoth's document model this module reads. */
export interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleName?: string | null;
  alignment?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  breakType?: string;
}

const ZH_DIVISION = /^第[\s\u3000]*[^\s\u3000条]{1,8}?[\s\u3000]*(分编|编|章|节)(?:[\s\u3000]|$)/;
const HEADING_STYLE = /^(?:heading|标题)\s*(\d)$/i;

/** The Markdown of a Word document model: pure, so it is tested on hand-made models too. */
export function markdownOf(document: WordElement): { markdown: string; notes: WordNote[] } {
  const blocks: string[] = [];
  let numbered = 0;
  let images = 0;
  const paragraph = (p: WordElement) => {
    const style = (p.styleName ?? '').trim();
    const lines = paragraphText(p, () => images++)
      .split('\n')
      .map((l) => l.replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
      .filter((l) => l.replace(/[\s\u3000]/g, '') !== '');
    if (lines.length === 0 || /^subtitle$|^副标题$/i.test(style)) return;
    // Numbers written in already switched their numbering off; what is left lost its number
    // (a list the file does not define). Bullets carry no number to lose.
    if (p.numbering && (p.numbering as { isOrdered?: boolean }).isOrdered !== false) numbered++;
    const text = lines.join(' ');
    if (/^title$|^标题$/i.test(style)) {
      blocks.push(`# ${escapeMarkdown(text)}`);
      return;
    }
    const level = HEADING_STYLE.exec(style)?.[1];
    const division = ZH_DIVISION.exec(text);
    if (
      level !== undefined ||
      (division &&
        lines.length === 1 &&
        [...text].length <= 40 &&
        (p.alignment === 'center' || allBold(p)))
    ) {
      const depth = division ? (division[1] === '节' ? 3 : 2) : Math.min(6, Number(level) + 1);
      blocks.push(`${'#'.repeat(depth)} ${escapeMarkdown(text)}`);
      return;
    }
    blocks.push(lines.map(escapeMarkdown).join('\n'));
  };
  const walk = (e: WordElement) => {
    if (e.type === 'paragraph') paragraph(e);
    else if (e.type === 'table') {
      for (const row of e.children ?? []) {
        const cells = (row.children ?? []).map((cell) =>
          (cell.children ?? [])
            .map((p) =>
              paragraphText(p, () => images++)
                .replace(/\s+/g, ' ')
                .trim(),
            )
            .filter(Boolean)
            .join(' '),
        );
        const text = cells.filter(Boolean).join(' ');
        if (text) blocks.push(escapeMarkdown(text));
      }
    } else (e.children ?? []).forEach(walk);
  };
  walk(document);
  const notes: WordNote[] = [];
  if (numbered > 0) notes.push({ code: 'auto-numbering', count: numbered });
  if (images > 0) notes.push({ code: 'images', count: images });
  return { markdown: blocks.length ? `${blocks.join('\n\n')}\n` : '', notes };
}

function paragraphText(e: WordElement, onImage: () => void): string {
  switch (e.type) {
    case 'text':
      return e.value ?? '';
    case 'tab':
      return ' ';
    case 'break':
      return e.breakType === 'line' || e.breakType === undefined ? '\n' : '';
    case 'image':
      onImage();
      return '';
    case 'noteReference':
    case 'commentReference':
    case 'deletedText':
      return '';
    default:
      return (e.children ?? []).map((c) => paragraphText(c, onImage)).join('');
  }
}

function allBold(p: WordElement): boolean {
  const runs: WordElement[] = [];
  const visit = (e: WordElement) =>
    e.type === 'run' ? runs.push(e) : (e.children ?? []).forEach(visit);
  visit(p);
  return runs.length > 0 && runs.every((r) => r.isBold);
}

/**
 * Backslash-escapes what Markdown would read as markup, and only that, so the stored source
 * stays readable: `*`, `_`, `` ` ``, `[`, `]`, `<`, `\`, entities (`&amp;`), and what opens a
 * block at the start of a line (`#`, `>`, `-`/`+`/`*` lists, `===`/`---` underlines, `1.`
 * lists are left: the parser keeps their numbers).
 *
 * @example escapeMarkdown('# 5 * 3 <b>') // '\\# 5 \\* 3 \\<b>'
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(#{1,6}(?:[ \t]|$)|>|[-+](?=[ \t]|$)|[=-]+[ \t]*$)/, (m) => `\\${m}`);
}

/**
 * What an uploaded file is taken for: a Word document (a zip, whatever its name says), a
 * Markdown or plain-text draft (UTF-8 text without NUL bytes, not named like an office file
 * or PDF), or neither, refused.
 *
 * @example uploadKind('草案.docx', docxBytes) // 'docx'
 * @example uploadKind('草案.doc', oldWordBytes) // 'refused'
 */
export function uploadKind(name: string, bytes: Uint8Array): 'docx' | 'text' | 'refused' {
  if (looksLikeZip(bytes)) return 'docx';
  if (/\.(docx?|wps|pdf|xlsx?|et|rtf|odt|pptx?|zip)$/i.test(name)) return 'refused';
  if (bytes.includes(0)) return 'refused';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text';
  } catch {
    return 'refused';
  }
}
