/**
 * Word's automatic numbering written out as text. Committee staff often number a draft's
 * articles, chapters and items with Word or WPS lists ("第%1条" in 一、二、三, "（%1）", "%1."):
 * the numbers are then not characters of the paragraph but computed by Word from
 * word/numbering.xml, and a converter that reads only the text (mammoth) loses every one of
 * them, so the parser would find no article at all. This module computes each numbered
 * paragraph's label the way Word shows it and puts it in front of the paragraph's text, in
 * document.xml, before mammoth reads the file.
 *
 * What is followed (ECMA-376 Part 1, §17.9): a paragraph's own numbering (w:numPr) or its
 * style's (w:pStyle, through w:basedOn); w:num → w:abstractNum (through w:numStyleLink /
 * w:styleLink); each level's w:start, w:numFmt, w:lvlText, w:lvlRestart, w:isLgl and w:suff;
 * a num's w:lvlOverride (w:startOverride, or a whole w:lvl). Counters belong to the abstract
 * list, so two nums of one list continue each other unless a startOverride restarts them.
 * Bullets and the format "none" give no label. numId 0 switches numbering off.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { formatChineseNumeral, formatLetters, formatRoman } from '../legislation/numerals.ts';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level whose use restarts this one (0-based), -1 for never; undefined: any higher. */
  restart?: number;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** The paragraph style the level is linked to (w:pStyle): a heading style's own level. */
  style?: string;
}

interface Definitions {
  /** abstractNumId → levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** abstractNumId → the abstractNumId it links to through a numbering style. */
  links: Map<string, string>;
  nums: Map<
    string,
    { abstract: string; overrides: Map<number, { start?: number; level?: Level }> }
  >;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export interface NumberingOutcome {
  /** document.xml with each label written in front of its paragraph's text. */
  xml: string;
  /** Paragraphs that got a label written out. */
  written: number;
  /** Numbered paragraphs whose list is not defined in the file: left without a label. */
  unresolved: number;
}

const isW = (e: Element | null | undefined): e is Element =>
  !!e && W_NAMESPACES.has(e.namespaceURI ?? '');

function children(e: Element, local?: string): Element[] {
  const out: Element[] = [];
  for (let n = e.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (isW(el) && (local === undefined || el.localName === local)) out.push(el);
    }
  }
  return out;
}

const child = (e: Element | undefined, local: string): Element | undefined =>
  e ? children(e, local)[0] : undefined;

/** A w: attribute, whatever prefix the file gives the namespace. */
function attr(e: Element | undefined, local: string): string | undefined {
  if (!e) return undefined;
  for (let i = 0; i < e.attributes.length; i++) {
    const a = e.attributes.item(i)!;
    if (a.localName === local && (W_NAMESPACES.has(a.namespaceURI ?? '') || a.prefix === 'w'))
      return a.value;
  }
  return undefined;
}

const intOf = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : undefined;
};

function parseXml(xml: string): Document | null {
  let failed = false;
  const doc = new DOMParser({
    // Quiet: a damaged part is reported by its outcome (nothing written), not on the console.
    errorHandler: (level: string) => {
      if (level !== 'warning') failed = true;
    },
  }).parseFromString(xml, 'text/xml');
  return failed || !doc.documentElement ? null : doc;
}

function readLevel(lvl: Element): Level {
  const restart = intOf(attr(child(lvl, 'lvlRestart'), 'val'));
  const suffix = attr(child(lvl, 'suff'), 'val');
  const style = attr(child(lvl, 'pStyle'), 'val');
  return {
    start: intOf(attr(child(lvl, 'start'), 'val')) ?? 0,
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    // w:lvlRestart 0 means never restart; n restarts after level n (1-based) is used.
    ...(restart !== undefined ? { restart: restart === 0 ? -1 : restart - 1 } : {}),
    legal: child(lvl, 'isLgl') !== undefined && attr(child(lvl, 'isLgl'), 'val') !== '0',
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    ...(style !== undefined ? { style } : {}),
  };
}

function readDefinitions(
  numberingXml: string | undefined,
  styles: Map<string, StyleNumbering>,
): Definitions {
  const defs: Definitions = { abstracts: new Map(), links: new Map(), nums: new Map() };
  const doc = numberingXml ? parseXml(numberingXml) : null;
  if (!doc) return defs;
  const root = doc.documentElement;
  const styleLinks = new Map<string, string>();
  const numStyleLinks = new Map<string, string>();
  for (const abs of children(root, 'abstractNum')) {
    const id = attr(abs, 'abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const lvl of children(abs, 'lvl')) {
      const ilvl = intOf(attr(lvl, 'ilvl'));
      if (ilvl !== undefined) levels.set(ilvl, readLevel(lvl));
    }
    defs.abstracts.set(id, levels);
    const styleLink = attr(child(abs, 'styleLink'), 'val');
    if (styleLink) styleLinks.set(styleLink, id);
    const numStyleLink = attr(child(abs, 'numStyleLink'), 'val');
    if (numStyleLink) numStyleLinks.set(id, numStyleLink);
  }
  for (const num of children(root, 'num')) {
    const id = attr(num, 'numId');
    const abstract = attr(child(num, 'abstractNumId'), 'val');
    if (id === undefined || abstract === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of children(num, 'lvlOverride')) {
      const ilvl = intOf(attr(o, 'ilvl'));
      if (ilvl === undefined) continue;
      const start = intOf(attr(child(o, 'startOverride'), 'val'));
      const lvl = child(o, 'lvl');
      overrides.set(ilvl, {
        ...(start !== undefined ? { start } : {}),
        ...(lvl ? { level: readLevel(lvl) } : {}),
      });
    }
    defs.nums.set(id, { abstract, overrides });
  }
  // An abstract list that only points at a numbering style (w:numStyleLink) takes its levels
  // from the abstract list that defines that style (w:styleLink), found through the style's num.
  for (const [abstract, styleId] of numStyleLinks) {
    const direct = styleLinks.get(styleId);
    const viaNum = styles.get(styleId)?.numId;
    const target = direct ?? (viaNum !== undefined ? defs.nums.get(viaNum)?.abstract : undefined);
    if (target !== undefined && target !== abstract) defs.links.set(abstract, target);
  }
  return defs;
}

function readStyles(stylesXml: string | undefined): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  const doc = stylesXml ? parseXml(stylesXml) : null;
  if (!doc) return styles;
  for (const style of children(doc.documentElement, 'style')) {
    const id = attr(style, 'styleId');
    if (id === undefined) continue;
    const numPr = child(child(style, 'pPr'), 'numPr');
    const numId = attr(child(numPr, 'numId'), 'val');
    const ilvl = intOf(attr(child(numPr, 'ilvl'), 'val'));
    const basedOn = attr(child(style, 'basedOn'), 'val');
    styles.set(id, {
      ...(numId !== undefined ? { numId } : {}),
      ...(ilvl !== undefined ? { ilvl } : {}),
      ...(basedOn !== undefined ? { basedOn } : {}),
    });
  }
  return styles;
}

/** The numbering a style gives its paragraphs, through w:basedOn. */
function styleNumbering(
  styles: Map<string, StyleNumbering>,
  styleId: string | undefined,
): { numId?: string; ilvl?: number } {
  const seen = new Set<string>();
  let numId: string | undefined;
  let ilvl: number | undefined;
  for (let id = styleId; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    numId ??= s.numId;
    ilvl ??= s.ilvl;
    if (numId !== undefined && ilvl !== undefined) break;
  }
  return { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
}

const FULL_WIDTH_DIGITS = (n: number) =>
  String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOPPED = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';

/**
 * A counter in one of Word's number formats (w:numFmt), as Word displays it.
 *
 * @example
 * formatNumber(12, 'chineseCounting') // '十二'
 * formatNumber(3, 'decimalEnclosedCircle') // '③'
 */
export function formatNumber(n: number, format: string): string {
  const safe = Math.max(0, Math.min(Math.trunc(n), 99_999_999));
  const fromList = (list: string) =>
    safe >= 1 && safe <= list.length ? [...list][safe - 1]! : String(safe);
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return safe < 10 ? `0${safe}` : String(safe);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return FULL_WIDTH_DIGITS(safe);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return formatChineseNumeral(safe);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return String(safe).replace(/[0-9]/g, (d) => IDEOGRAPH_DIGITS[Number(d)]!);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'japaneseLegal':
      // Legal numerals write the one of 十 out: 12 is 壹拾贰, not 拾贰.
      return formatChineseNumeral(safe)
        .replace(/^十/, '一十')
        .replace(/[零一二三四五六七八九]/g, (d) => LEGAL_DIGITS['零一二三四五六七八九'.indexOf(d)]!)
        .replace(/十/g, '拾')
        .replace(/百/g, '佰')
        .replace(/千/g, '仟');
    case 'ideographTraditional':
      return fromList(STEMS);
    case 'ideographZodiac':
      return fromList(BRANCHES);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return fromList(CIRCLED);
    case 'decimalEnclosedParen':
      return fromList(PARENTHESISED);
    case 'decimalEnclosedFullstop':
      return fromList(FULL_STOPPED);
    case 'lowerLetter':
      return safe >= 1 ? formatLetters(safe) : String(safe);
    case 'upperLetter':
      return safe >= 1 ? formatLetters(safe).toUpperCase() : String(safe);
    case 'lowerRoman':
      return safe >= 1 && safe <= 3999 ? formatRoman(safe) : String(safe);
    case 'upperRoman':
      return safe >= 1 && safe <= 3999 ? formatRoman(safe).toUpperCase() : String(safe);
    default:
      // decimal, decimalHalfWidth, ordinal, cardinalText and the rest: the digits.
      return String(safe);
  }
}

/**
 * document.xml with Word's automatic numbers written in as text, each label in a run of its own
 * at the start of its paragraph, followed by a space unless the level says nothing follows
 * (w:suff); the paragraph's numbering is then switched off so no reader counts it twice.
 */
export function writeOutNumbering(
  documentXml: string,
  numberingXml: string | undefined,
  stylesXml: string | undefined,
): NumberingOutcome {
  const doc = parseXml(documentXml);
  if (!doc) return { xml: documentXml, written: 0, unresolved: 0 };
  const styles = readStyles(stylesXml);
  const defs = readDefinitions(numberingXml, styles);
  const counters = new Map<string, Map<number, number>>();
  const numsUsed = new Set<string>();
  let written = 0;
  let unresolved = 0;
  let changed = false;

  /** An abstract list and those it links to through numbering styles, nearest first. */
  const chainOf = (abstract: string): string[] => {
    const chain: string[] = [];
    let a: string | undefined = abstract;
    while (a !== undefined && !chain.includes(a)) {
      chain.push(a);
      a = defs.links.get(a);
    }
    return chain;
  };

  const levelOf = (abstract: string, numId: string, ilvl: number): Level | undefined =>
    defs.nums.get(numId)?.overrides.get(ilvl)?.level ??
    chainOf(abstract)
      .map((a) => defs.abstracts.get(a)?.get(ilvl))
      .find((lvl) => lvl !== undefined);

  const linkedLevel = (abstract: string, styleId: string): number | undefined => {
    for (const a of chainOf(abstract))
      for (const [ilvl, lvl] of defs.abstracts.get(a) ?? []) if (lvl.style === styleId) return ilvl;
    return undefined;
  };

  const paragraphs = doc.getElementsByTagNameNS('*', 'p');
  const list: Element[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!;
    if (isW(p)) list.push(p);
  }
  for (const p of list) {
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const styleId = attr(child(pPr, 'pStyle'), 'val');
    const fromStyle = styleNumbering(styles, styleId);
    const numId = attr(child(numPr, 'numId'), 'val') ?? fromStyle.numId;
    if (numId === undefined || numId === '0') continue;
    const num = defs.nums.get(numId);
    // Without an ilvl, a heading style takes the level linked to it (w:lvl/w:pStyle), as Word
    // numbers Heading 2 with the list's second level; else the first level.
    const ilvl =
      intOf(attr(child(numPr, 'ilvl'), 'val')) ??
      fromStyle.ilvl ??
      (num && styleId !== undefined ? linkedLevel(num.abstract, styleId) : undefined) ??
      0;
    const level = num ? levelOf(num.abstract, numId, ilvl) : undefined;
    if (!num || !level) {
      unresolved++;
      continue;
    }
    // Counters belong to the list the num resolves to (a style-linked list shares them).
    const abstract = chainOf(num.abstract).at(-1)!;
    const count = counters.get(abstract) ?? new Map<number, number>();
    counters.set(abstract, count);
    if (!numsUsed.has(numId)) {
      numsUsed.add(numId);
      for (const [l, o] of num.overrides) {
        if (o.start !== undefined) {
          count.set(l, o.start - 1);
          for (const deeper of [...count.keys()]) if (deeper > l) count.delete(deeper);
        }
      }
    }
    count.set(ilvl, count.has(ilvl) ? count.get(ilvl)! + 1 : level.start);
    for (const deeper of [...count.keys()]) {
      if (deeper <= ilvl) continue;
      const restart = levelOf(num.abstract, numId, deeper)?.restart;
      // w:lvlRestart n: restarted by a level up to n (1-based) only, so not by one between.
      if (restart === undefined || (restart >= 0 && ilvl <= restart)) count.delete(deeper);
    }
    if (level.format === 'bullet' || !hasText(p)) continue;
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const lvl = levelOf(num.abstract, numId, l);
      const value = count.get(l) ?? lvl?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : (lvl?.format ?? 'decimal'));
    });
    // A level that shows no number (numFmt none, as LibreOffice links Heading 1 to its outline)
    // has nothing to lose: its numbering is switched off so no one is told it was.
    if (label.trim() !== '') {
      insertLabel(doc, p, pPr, label + (level.suffix === 'nothing' ? '' : ' '));
      written++;
    }
    numberingOff(doc, p);
    changed = true;
  }
  return {
    xml: changed ? new XMLSerializer().serializeToString(doc) : documentXml,
    written,
    unresolved,
  };
}

/** True when the paragraph has a character of text: an empty numbered line is left alone (it still counts, as in Word). */
function hasText(p: Element): boolean {
  const texts = p.getElementsByTagNameNS('*', 't');
  for (let i = 0; i < texts.length; i++)
    if ((texts.item(i)!.textContent ?? '').trim() !== '') return true;
  return false;
}

function insertLabel(doc: Document, p: Element, pPr: Element | undefined, label: string): void {
  const ns = p.namespaceURI!;
  const prefix = p.prefix ? `${p.prefix}:` : '';
  const r = doc.createElementNS(ns, `${prefix}r`);
  const t = doc.createElementNS(ns, `${prefix}t`);
  t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(label));
  r.appendChild(t);
  if (pPr) p.insertBefore(r, pPr.nextSibling);
  else p.insertBefore(r, p.firstChild);
}

/**
 * Switches a paragraph's numbering off (numId 0), so mammoth, which would also take it from the
 * style, sees a plain paragraph.
 */
function numberingOff(doc: Document, p: Element): void {
  const ns = p.namespaceURI!;
  const prefix = p.prefix ? `${p.prefix}:` : '';
  let props = child(p, 'pPr');
  if (!props) {
    props = doc.createElementNS(ns, `${prefix}pPr`);
    p.insertBefore(props, p.firstChild);
  }
  const old = child(props, 'numPr');
  if (old) props.removeChild(old);
  const numPr = doc.createElementNS(ns, `${prefix}numPr`);
  for (const [name, value] of [
    ['ilvl', '0'],
    ['numId', '0'],
  ] as const) {
    const e = doc.createElementNS(ns, `${prefix}${name}`);
    e.setAttributeNS(ns, `${prefix}val`, value);
    numPr.appendChild(e);
  }
  // w:numPr comes after w:pStyle in the schema; keep it there where there is one.
  const pStyle = child(props, 'pStyle');
  props.insertBefore(numPr, pStyle ? pStyle.nextSibling : props.firstChild);
}
