/**
 * mdast to a flat list of source blocks with plain text and original line numbers: the only
 * place that knows Markdown. The clause builders work on these blocks, so it does not matter
 * whether `1. …` became an ordered list or `（一）…` a paragraph.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/**
 * Header attributes written after a Markdown heading in Pandoc's syntax (whthomas/china-laws 企业
 * 法人登记管理条例: "## 第一章　总则 {#第一章-总则 .unnumbered}"): an identifier #…, classes .…
 * and key=value pairs in braces at the end of the heading, markup and not the heading's words.
 */
const HEADING_ATTRIBUTES =
  /[ \t\u3000]*\{[ \t]*(?:[#.][^\s{}=]+|[A-Za-z][\w-]*=[^\s{}]*)(?:[ \t]+(?:[#.][^\s{}=]+|[A-Za-z][\w-]*=[^\s{}]*))*[ \t]*\}$/;

export interface SourceLine {
  text: string;
  /** 1-based line in the original file. */
  line: number;
  /**
   * The rest of the line after each run of Word debris that stood between a full stop and more
   * text (南京 2018: "……所需费用。佨伀J儀J帀……市区已建成的……"): where the debris may have taken an
   * article's label (see the tree builder's lostLabelAt).
   */
  debrisTails?: string[];
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
  /** Lines that are only a Word page field's code (`PAGE`), dropped. */
  fieldCodeLines: SourceLine[];
  /** Debris of a broken Word export (see dropWordDebris), dropped: each run dropped. */
  wordDebris: SourceLine[];
  /** Commands of the 方正书版 typesetting system (see TYPESETTING_CODE), dropped: each one. */
  typesettingCodes: SourceLine[];
  /** Running page headers left inside sentences (see dropRunningHeaders), dropped: each header
   * once, with the lines where it was dropped. */
  runningHeaders: { text: string; lines: number[] }[];
}

/** The end of the header in LawRefBook's layout (`<!-- INFO END -->`) and in the layout of
 * Theonefkguy/Chinese-Laws (`<!-- LEGAL_HEADER_END -->`): the body begins after it. */
const INFO_END = /^<!--\s*(?:INFO\s+END|LEGAL_HEADER_END)\s*-->$/i;

/**
 * A line that is only a page number, as text copied from a PDF or a printed 红头文件 carries
 * between its pages: `— 3 —`, `- 3 -`, `第3页`, `第 3 页 共 9 页`, `共9页 第3页`, `Page 3 of 9`.
 * A bare number is not one (it could be a table cell or a figure). The dashes may be box-drawing
 * lines (`─ 3 ─`, 南京 2017 江北新区决定), and a footer whose number was lost keeps only its two
 * dashes (`—  —`, 丽水 2019 大窑龙泉窑遗址保护条例): one dash, spaces, one dash.
 */
const PAGE_NUMBER =
  /^(?:[-—–－―─~～]+\s*\d{1,4}\s*[-—–－―─~～]+|[-—–－―─][\s\u3000]+[-—–－―─]|(?:共\s*\d{1,4}\s*页\s*)?第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$/i;

/**
 * A Word page field left at the end of a line when a document was saved as text: its code
 * (`PAGE`, `PAGE \\* MERGEFORMAT`, `NUMPAGES`) run on after the last sentence, and sometimes
 * the field's binary result read as characters (`PAGEPAGE鞡蒉畺歰慦乗`). Seen after a 。 or ；
 * in real texts of 天津, 宁夏, 新疆 and a 2018 司法解释; from the code to the end of the line is
 * dropped. Only in capitals and only after a sentence's end, so an English word stays. A code
 * framed in dashes, as a footer sets the page number (临夏 2021 养犬管理条例: "……自公布之日起
 * 施行。—PAGE—"), goes with its dashes.
 */
const FIELD_CODE =
  /(?<=[。；])\s*[-—–－―]*\s*(?:PAGE|NUMPAGES)(?=PAGE|NUMPAGES|\s*\\\*|MERGEFORMAT|\s*$|[^A-Za-z]).*$/u;

/**
 * A line that is only a Word page field's code (`PAGE`, `NUMPAGES`, `PAGE \\* MERGEFORMAT`),
 * perhaps between a footer's dashes: the page footer's field, left on a line of its own after
 * the last sentence when a document was saved as text (天津 2021 中医药条例, 丽水 2019
 * 大窑龙泉窑遗址保护条例, 亳州 2018 城市绿化条例: "……起施行。" / "PAGE"). Only in capitals,
 * and only the whole line, so a word in a sentence stays.
 */
const FIELD_CODE_LINE =
  /^[-—–－―─]*[\s\u3000]*(?:PAGE|NUMPAGES)(?:[\s\u3000]*\\\*[\s\u3000]*MERGEFORMAT)?[\s\u3000]*[-—–－―─]*$/u;

/** The Han characters a text in use is written with: GB2312's 6,763 and Big5's 5,401 common
 * characters (simplified and traditional), read from the two encodings once. */
let commonHan: Set<number> | null = null;
function isCommonHan(code: number): boolean {
  if (!commonHan) {
    commonHan = new Set<number>();
    const add = (decoder: TextDecoder, hi: number, lo: number) => {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && ch !== '\ufffd') commonHan!.add(ch.codePointAt(0)!);
    };
    const gb = new TextDecoder('gbk');
    for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) add(gb, hi, lo);
    const big5 = new TextDecoder('big5');
    for (let hi = 0xa4; hi <= 0xc6; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++)
        if ((lo <= 0x7e || lo >= 0xa1) && (hi < 0xc6 || lo <= 0x7e)) add(big5, hi, lo);
  }
  return commonHan.has(code);
}

const HAN = /\p{Script=Han}/u;
/**
 * Han-script marks that GB2312 keeps among its symbols, not its hanzi rows, yet every text
 * writes: 〇 of a year or an amount (二〇〇〇年, 一〇〇〇〇元) and the iteration mark 々.
 */
const COMMON_HAN_MARK = /^[々〇]$/u;
const isRareChar = (ch: string) =>
  HAN.test(ch) && !COMMON_HAN_MARK.test(ch) && !isCommonHan(ch.codePointAt(0)!);
/** Chinese numerals, which a number may write several times running (一〇〇〇〇). */
const NUMERAL = /[〇零一二两三四五六七八九十百千万亿]/u;
/** Between rare characters of debris: a common Han character or a Latin letter (佨伀J儀J帀). */
const isFiller = (ch: string) => (HAN.test(ch) && !isRareChar(ch)) || /^[A-Za-z]$/.test(ch);
/** Debris has at least this many rare characters, and they are at least half of it. */
const DEBRIS_MIN_RARE = 4;
/** A run of debris at least this long takes the rest of its line if that has no punctuation. */
const DEBRIS_LONG = 20;

/**
 * Marks a short unit repeated right after itself that no text repeats: two to eight characters
 * with a rare character and either another rare one or a Latin letter or digit, three times or
 * more, or twice when it is four characters or longer (高检 2019: "伀J儀J帀J漀" thirty times,
 * "堀D夀D愀F" twice), and one character four times or more beside a rare one. A run of it counts as rare characters in dropWordDebris, however few rare
 * characters the unit has; a cut-off copy of the unit right after the run goes with it.
 */
function repeatedDebris(chars: string[]): boolean[] {
  const marked: boolean[] = chars.map(() => false);
  // The end of the run of one common character last looked at and left unmarked: a later start
  // inside it has the same character before it and ends the same way, so it is left too (without
  // this, a line of one character written thousands of times took time in the square of its
  // length). A run of a rare character is looked at again from its second character, as before.
  let leftRunEnd = 0;
  for (let i = 0; i < chars.length; i++) {
    // One Han character written four times running or more, right beside a rare one (乌鲁木齐
    // 2019 养犬管理条例 第十九条: "为体（肩）檃鏞菱菱菱菱菱憈鷖鷖鷖鷖鷖覡禡槱囱覡槱槱槱高超过……"): no text
    // writes a character four times over, whatever the character; a numeral (一〇〇〇〇) is left.
    if (i >= leftRunEnd && HAN.test(chars[i]!) && !NUMERAL.test(chars[i]!)) {
      let end = i + 1;
      while (end < chars.length && chars[end] === chars[i]) end++;
      const beside = (k: number) => k >= 0 && k < chars.length && isRareChar(chars[k]!);
      if (end - i >= 4 && (beside(i - 1) || beside(end))) {
        for (let k = i; k < end; k++) marked[k] = true;
        i = end - 1;
        continue;
      }
      if (!isRareChar(chars[i]!)) leftRunEnd = end;
    }
    for (let len = 2; len <= 8 && i + 2 * len <= chars.length; len++) {
      const unit = chars.slice(i, i + len);
      const rare = unit.filter(isRareChar).length;
      if (rare === 0 || (rare < 2 && !unit.some((c) => /^[A-Za-z0-9]$/.test(c)))) continue;
      let end = i + len;
      while (end + len <= chars.length && unit.every((c, k) => chars[end + k] === c)) end += len;
      const times = (end - i) / len;
      if (times < 3 && (times < 2 || len < 4)) continue;
      for (let k = 0; end < chars.length && k < len - 1 && chars[end] === unit[k]; k++) end++;
      for (let k = i; k < end; k++) marked[k] = true;
      i = end - 1;
      break;
    }
  }
  return marked;
}

/**
 * A stretch of Han characters from `from` on (step 1) or back (step -1), not numerals, of at most
 * two common kinds (rare ones between them too going back), when four or more long with a kind
 * repeated: the edge of a run of debris (see dropWordDebris). Returns where it stops.
 */
function debrisEdge(
  chars: string[],
  from: number,
  step: 1 | -1,
): { at: number; kinds: Set<string> } | null {
  const kinds = new Set<string>();
  let common = 0;
  let k = from;
  for (; k >= 0 && k < chars.length; k += step) {
    const c = chars[k]!;
    if (!HAN.test(c) || NUMERAL.test(c)) break;
    if (isRareChar(c)) {
      if (step === 1) break;
      continue;
    }
    if (!kinds.has(c) && kinds.size === 2) break;
    kinds.add(c);
    common++;
  }
  return Math.abs(k - from) >= 4 && common > kinds.size ? { at: k, kinds } : null;
}

/** How long a stretch between a full stop and a run of debris may be to go with it (debrisLead). */
const DEBRIS_LEAD_MAX = 12;

/**
 * Where a run of debris that stands between two sentences begins: a run from `start` to `end`
 * followed by a space or the end of the line, right after a stretch of at most twelve Han
 * characters and Latin letters that follows a full stop (。 or ；) without any punctuation, no
 * article label among them, with a rare character, a Latin letter or a character written twice
 * (合肥 2017 文物保护办法 第十五条: "……交由企业管理。颤颊颊顼颊犊牦牦牦牦牦塜P 市、县……", where 第十六条's
 * label was; 大同 2022 废止《政务信息公开条例》的决定: "……本决定自公布后生效。伏J儀J帀J漀伟J儀J帀J漀……" to the end
 * of the line): no sentence ends there without its full stop, so the stretch is the run's
 * beginning, in characters the rare-character test lets pass. Returns the new start, or null.
 */
function debrisLead(chars: string[], start: number, end: number): number | null {
  if (end < chars.length && !/^[\s\u3000]$/.test(chars[end]!)) return null;
  let k = start - 1;
  while (k >= 0 && start - k <= DEBRIS_LEAD_MAX + 1 && /[\p{Script=Han}A-Za-z]/u.test(chars[k]!))
    k--;
  if (k < 0 || !/[。；]/.test(chars[k]!) || k === start - 1) return null;
  const stretch = chars.slice(k + 1, start);
  if (
    stretch.length > DEBRIS_LEAD_MAX ||
    /^第[〇零一二两三四五六七八九十百千]+条/u.test(stretch.join(''))
  )
    return null;
  const twice = stretch.some((c, i) => stretch.indexOf(c) !== i);
  const odd = stretch.some((c) => isRareChar(c) || /^[A-Za-z]$/.test(c));
  return twice || odd ? k + 1 : null;
}

/**
 * Debris of a broken Word export: the binary of a field or an object read as characters, in
 * the middle of a sentence (三江 2020: "就餐结束48麰窌穦穦啦豦小时后"), where a label was
 * (南京 2018: "所需费用。佨伀J儀J帀佨伀J儀J漀……市区已建成的"), or after the last sentence (云浮
 * 2020: "……起施行。麠钜羇筽晳属剚……"). Told apart by its characters: at least four that no text
 * in use is written with (neither GB2312 nor Big5's common characters), at least half of the
 * run, with at most three common characters or Latin letters (one of them Han) between two of
 * them. A common character, Latin letter or digit alone after a full stop (南京 2017: "……施行。7
 * 伌J儀J愀……"), Latin letters right after the run and a common character alone right after it
 * before a space (乌海 2019) go with it; after a full stop or after a run of twenty characters or
 * more, a rest of the line without any punctuation goes too. A short unit repeated many times
 * (see repeatedDebris) counts as rare characters (高检 2019: "……〔2019〕2号PAGEPAGE伀J儀J帀J漀伀J儀
 * J帀J漀……"). Returns the text without the debris and each run left out.
 */
export function dropWordDebris(text: string): {
  text: string;
  debris: string[];
  tails: string[];
} {
  const chars = Array.from(text);
  const repeated = repeatedDebris(chars);
  const isRare = (k: number) => repeated[k] || isRareChar(chars[k]!);
  const cuts: [number, number][] = [];
  for (let i = 0; i < chars.length;) {
    if (!isRare(i)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    let rare = 0;
    while (j < chars.length) {
      if (isRare(j)) {
        rare++;
        last = j++;
        continue;
      }
      let k = j;
      while (k < chars.length && k - j < 3 && isFiller(chars[k]!)) k++;
      const run = chars.slice(j, k);
      if (k > j && k < chars.length && isRare(k) && run.filter((c) => HAN.test(c)).length <= 1)
        j = k;
      else break;
    }
    if (rare >= DEBRIS_MIN_RARE && rare * 2 >= last - i + 1) {
      let start = i;
      let end = last + 1;
      // A character alone between a full stop and the run, a common one, a Latin letter or a
      // digit (南京 2017 城市道路设施管理条例: "……起施行。7伌J儀J愀……"): the run's first.
      if (
        start >= 2 &&
        (isFiller(chars[start - 1]!) || /^[0-9]$/.test(chars[start - 1]!)) &&
        /[。；]/.test(chars[start - 2]!)
      )
        start--;
      // The run's first character and one more between a full stop and the run (前郭 2016
      // 水资源管理条例: "……补偿。芑極芑酵疂芑酵疂……在地下水……"): a copy of the run begun and
      // broken off, with it.
      else if (
        start >= 3 &&
        chars[start - 2] === chars[start] &&
        isFiller(chars[start - 1]!) &&
        /[。；]/.test(chars[start - 3]!)
      )
        start -= 2;
      while (end < chars.length && end - last - 1 < 2 && /^[A-Za-z]$/.test(chars[end]!)) end++;
      // A common character alone right after the run, before a space or the end of the line
      // (乌海 2019: "……烟气循环。鎦楽卽絩楓楽卽絩楓椿 冶金、石化……"): the run's last character.
      if (
        end < chars.length &&
        HAN.test(chars[end]!) &&
        !isRareChar(chars[end]!) &&
        (end + 1 === chars.length || /^[\s\u3000]$/.test(chars[end + 1]!))
      )
        end++;
      // Common characters of at most two kinds, one repeated, four or more right beside the run
      // (四川 2021 《选举法》实施办法 第三十一条: "……单独粏梏咏梏咏咏毗毗……嘾推荐……"; 吉林 2003 城市规划
      // 管理条例 第三十二条: "改建、辟羟羟羟羟羟羟澟辟羟羟羟辟辟辟扩建"): the run's edge, rare ones
      // among them before it; a character of the edge after the run right before it goes too.
      const after = debrisEdge(chars, end, 1);
      if (after) {
        end = after.at;
        while (start > 0 && after.kinds.has(chars[start - 1]!)) start--;
      } else {
        const edge = debrisEdge(chars, start - 1, -1);
        if (edge) start = edge.at + 1;
      }
      const lead = debrisLead(chars, start, end);
      if (lead !== null) start = lead;
      const before = chars.slice(0, start).join('').trimEnd();
      if (
        (/[。；]$/.test(before) || end - start >= DEBRIS_LONG) &&
        !/[。；，、：！？（）《》“”,.;:!?()]/.test(chars.slice(end).join(''))
      )
        end = chars.length;
      cuts.push([start, end]);
      i = end;
    } else i = last + 1;
  }
  if (cuts.length === 0) return { text, debris: [], tails: [] };
  const debris = cuts.map(([a, b]) => chars.slice(a, b).join(''));
  let kept = '';
  let from = 0;
  const tails: string[] = [];
  for (const [a, b] of cuts) {
    kept += chars.slice(from, a).join('');
    from = b;
    const tail = chars.slice(b).join('');
    if (/[。]$/.test(kept.trimEnd()) && tail.trim() !== '') tails.push(tail);
  }
  kept += chars.slice(from).join('');
  // The rest of the line after a run that followed a full stop, without later runs.
  const clean = tails.map((t) => debris.reduce((acc, d) => acc.replace(d, ''), t));
  return { text: kept, debris, tails: clean };
}

export function isPageNumber(rawLine: string): boolean {
  return PAGE_NUMBER.test(cleanText(rawLine));
}

/** The index of the first line from `from` on that is not blank (rawLines.length if none). */
function nextNonBlank(rawLines: readonly string[], from: number): number {
  let k = from;
  while (k < rawLines.length && cleanText(rawLines[k] ?? '') === '') k++;
  return k;
}

/** A footer's dash alone on a line, as a page footer broken over lines writes it. */
const LONE_DASH = /^[-—–－―─]$/;

/**
 * The lines of page footers broken over lines, as a Word document saved as text writes the
 * footer's frame: a dash, the page number, a dash, each on a line of its own, perhaps with blank
 * lines between (嘉兴 2022 危险化学品安全管理条例: "— " / " " / "1" / " —"). A bare number is
 * no page number by itself (it could be a table cell); framed by two lone dashes it is. The line
 * numbers (1-based) of the three lines.
 */
function brokenPageNumberLines(rawLines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const next = (from: number) => nextNonBlank(rawLines, from);
  for (let i = 0; i < rawLines.length; i++) {
    if (!LONE_DASH.test(cleanText(rawLines[i] ?? ''))) continue;
    const j = next(i + 1);
    if (!/^\d{1,4}$/.test(cleanText(rawLines[j] ?? ''))) continue;
    const k = next(j + 1);
    if (!LONE_DASH.test(cleanText(rawLines[k] ?? ''))) continue;
    for (const at of [i, j, k]) out.add(at + 1);
    i = k;
  }
  return out;
}

/**
 * The line numbers (1-based) of the page numbers a Word page field shows after its code: a
 * line that is only the field's code (`PAGE`, FIELD_CODE_LINE) and, on the next line that is
 * not blank, a bare number, the page the field printed (天津 2017 农作物秸秆综合利用和露天禁烧的
 * 决定: "……起施行。" / "PAGE  " / "1"). A bare number is no page number by itself; after the
 * field's code it is.
 */
function pageFieldResultLines(rawLines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < rawLines.length; i++) {
    if (!FIELD_CODE_LINE.test(cleanText(rawLines[i] ?? ''))) continue;
    const j = nextNonBlank(rawLines, i + 1);
    if (/^\d{1,4}$/.test(cleanText(rawLines[j] ?? ''))) out.add(j + 1);
  }
  return out;
}

/** Quotations (>) and list markers one inside another on one line: no law nests deeper. */
export const MAX_CONTAINER_DEPTH = 16;
/** Spaces and tabs a line may open with: a list nested by indenting needs two or more a level. */
const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?/y;

/**
 * The text with every line's run of container markers (> of a quotation, - * + or 1. of a
 * list) cut after the MAX_CONTAINER_DEPTH-th and its indentation cut to MAX_INDENT, and the
 * lines cut (1-based). Markdown reads each marker, or each step of indentation under a list
 * item, as one more level inside the one before: a line of thousands of markers, or lines
 * indented by thousands of spaces (hostile or broken input), took the Markdown reader time in
 * the square of their count and overflowed the stack of the walk over its tree. A law's
 * structure is read from its words, never from these levels. Lines stay where they were.
 */
export function capContainerNesting(source: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  const out = source.split('\n').map((line, index) => {
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (indent > MAX_INDENT) {
      lines.push(index + 1);
      line = line.slice(0, MAX_INDENT) + line.slice(indent);
    }
    let depth = 0;
    let cut = 0;
    let end = 0;
    for (;;) {
      CONTAINER_MARKER.lastIndex = end;
      if (end >= line.length || !CONTAINER_MARKER.test(line)) break;
      end = CONTAINER_MARKER.lastIndex;
      if (++depth === MAX_CONTAINER_DEPTH) cut = end;
    }
    if (depth <= MAX_CONTAINER_DEPTH) return line;
    if (lines.at(-1) !== index + 1) lines.push(index + 1);
    return line.slice(0, cut) + line.slice(end);
  });
  return lines.length ? { text: out.join('\n'), lines } : { text: source, lines };
}

/** Asterisks one paragraph may hold before they are read as the characters they are. */
export const MAX_EMPHASIS_MARKS = 200;

/**
 * The text with every * of a paragraph (lines between blank lines) holding more than
 * MAX_EMPHASIS_MARKS of them escaped (\*), so that Markdown reads them as asterisks, not
 * emphasis, and the first line of each such paragraph (1-based). Markdown matches each
 * emphasis mark against every open one before it: a paragraph of tens of thousands (hostile
 * or broken input, *a*a*a…) took the reader time in the square of their count (40,000
 * characters: 10 s). A law marks a heading bold with four, not hundreds. Lines stay where they were.
 */
export function escapeEmphasisFloods(source: string): { text: string; lines: number[] } {
  if (source.split('*').length - 1 <= MAX_EMPHASIS_MARKS) return { text: source, lines: [] };
  const lines: number[] = [];
  let line = 1;
  const text = source
    .split(/(\n[ \t]*\n)/)
    .map((part, index) => {
      const first = line;
      line += part.split('\n').length - 1;
      if (index % 2 === 1 || part.split('*').length - 1 <= MAX_EMPHASIS_MARKS) return part;
      lines.push(first + /^\n*/.exec(part)![0].length);
      return part.replace(/\\?\*/g, (m) => (m.length === 2 ? m : '\\*'));
    })
    .join('');
  return { text, lines };
}

/** Flattens the block structure of a Markdown tree, keeping text and line numbers. */
export function blocksFromMdast(tree: Root, source: string): SourceBlocks {
  const out: SourceBlocks = {
    frontMatter: null,
    blocks: [],
    pageNumbers: [],
    fieldCodes: [],
    fieldCodeLines: [],
    wordDebris: [],
    typesettingCodes: [],
    runningHeaders: [],
  };
  const rawLines = source.split('\n');
  const brokenPages = new Set([
    ...brokenPageNumberLines(rawLines),
    ...pageFieldResultLines(rawLines),
  ]);
  for (const node of tree.children) collect(node, source, out, false, rawLines, brokenPages);
  out.runningHeaders = dropRunningHeaders(out.blocks);
  return out;
}

/**
 * The halfwidth ideographic full stop ｡ (U+FF61), which some converted texts write for 。 (吉安 2021
 * 殡葬管理条例: "……从其规定｡", "……诱导丧事承办人消费｡"). Unicode folds it to 。 (NFKC), and every
 * rule that looks for a full stop (a line's end, an article or item run on after a sentence)
 * reads 。.
 */
const HALFWIDTH_FULL_STOP = /\uff61/g;
/**
 * The halfwidth ideographic comma ､ (U+FF64) after a point's numeral at the start of a line (一､),
 * read as the label 一、. Elsewhere ､ is left as written: the Word debris of some texts holds it
 * (北海 2018), and no rule looks for 、 inside a sentence.
 */
const HALFWIDTH_LABEL_COMMA = /^([\s\u3000]*[〇零一二两三四五六七八九十百]+)\uff64/;

/**
 * Blocks with each halfwidth full stop ｡ written as 。 and each point label written 一､ as 一、,
 * and the lines where one was, so that a text converted with halfwidth punctuation is read as the
 * same text with the ideographic marks.
 */
export function foldHalfwidthPunctuation(blocks: readonly Block[]): {
  blocks: Block[];
  lines: number[];
} {
  return foldLines(blocks, (text) =>
    text.replace(HALFWIDTH_FULL_STOP, '。').replace(HALFWIDTH_LABEL_COMMA, '$1、'),
  );
}

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/**
 * The enclosed numerals of Unicode that some converted texts write for a label: ㈠ to ㈩
 * (U+3220–U+3229, PARENTHESIZED IDEOGRAPH ONE to TEN) for the items （一） to （十）, ⑴ to ⒇
 * (U+2474–U+2487) for the sub-items (1) to (20), and ⒈ to ⒛ (U+2488–U+249B, DIGIT FULL STOP)
 * for the sub-items 1. to 20. Unicode folds each to those characters (NFKC), and they are labels
 * by nature: no rule of the text reads them otherwise. Circled digits ① are not folded: NFKC
 * reads ① as a bare 1, which no label is.
 */
const ENCLOSED_LABEL = /[\u3220-\u3229\u2474-\u249b]/g;

function unenclosed(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= 0x3220) return `（${CHINESE_NUMERALS[code - 0x3220]}）`;
  if (code <= 0x2487) return `(${code - 0x2473})`;
  return `${code - 0x2487}.`;
}

/**
 * Blocks with each enclosed label ㈠ ⑴ ⒈ written as （一） (1) 1., and the lines where one was, so
 * that a text whose items were written with these characters is read as its items.
 */
export function foldEnclosedLabels(blocks: readonly Block[]): { blocks: Block[]; lines: number[] } {
  return foldLines(blocks, (text) => text.replace(ENCLOSED_LABEL, unenclosed));
}

function foldLines(
  blocks: readonly Block[],
  rewrite: (text: string) => string,
): { blocks: Block[]; lines: number[] } {
  const lines: number[] = [];
  const fold = (l: SourceLine): SourceLine => {
    const text = rewrite(l.text);
    if (text === l.text) return l;
    lines.push(l.line);
    return { ...l, text };
  };
  const out = blocks.map((b): Block => {
    if (b.type === 'paragraph' || b.type === 'quote') return { ...b, lines: b.lines.map(fold) };
    if (b.type === 'heading') {
      const { text } = fold({ text: b.text, line: b.line });
      return text === b.text ? b : { ...b, text };
    }
    return b;
  });
  return { blocks: out, lines };
}

/** A line after which a sentence is over: a page break there splits nothing. */
const ENDS_SENTENCE = /[。；;：:！？!?…”’」』）)】\]]$/;
/** A running header: a short Chinese line, no sentence punctuation in it. */
const HEADER_LINE = /^(?=.*\p{Script=Han})[^。；;，,：:！？!?、“”‘’《》|]{2,20}$/u;
/** A line that begins a unit of a text (第X章, 第X条, 一、, （一）, 1.) or is a heading of one. */
const STARTS_UNIT =
  /^(?:第[\s\u3000]*[〇零一二两三四五六七八九十百千0-9０-９]+[\s\u3000]*(?:分编|[编章节条])|[（(][\s\u3000]*[〇零一二两三四五六七八九十百0-9０-９]+[\s\u3000]*[）)]|[〇零一二两三四五六七八九十百]+[、．.]|[0-9０-９]+[.．、]|附|目[\s\u3000]*录|序[\s\u3000]*言|总[\s\u3000]*则|分[\s\u3000]*则)/;
/** How often a line must recur to be read as a running header. */
const HEADER_REPEATS = 3;
/** A line broken by a page break is a long one: shorter lines (table cells, captions) are not. */
const BROKEN_LINE_MIN = 10;

/**
 * Running page headers pasted from a PDF or a print layout (中国人民银行公告 at the top of each
 * page): a short line, the same each time, that recurs at least three times and stands inside a
 * sentence, between a line that stops without a sentence's end (。；：…) and a line that goes on
 * with it (not a new article, item or heading). Those occurrences are dropped, so that the
 * sentence reads on; occurrences after a finished sentence, and lines that begin units (第一章,
 * 附则), are kept as text. Returns each header dropped, with its lines.
 */
export function dropRunningHeaders(blocks: Block[]): { text: string; lines: number[] }[] {
  type At = { block: number; line: number; text: string } | null;
  // The text in reading order; a heading or a quotation stands between lines as `null`.
  const order: At[] = [];
  blocks.forEach((b, block) => {
    if (b.type === 'paragraph')
      b.lines.forEach((l, line) => order.push({ block, line, text: cleanText(l.text) }));
    else order.push(null);
  });
  const counts = new Map<string, number>();
  for (const at of order) if (at) counts.set(at.text, (counts.get(at.text) ?? 0) + 1);
  const drop = new Map<string, { block: number; line: number }[]>();
  order.forEach((at, i) => {
    if (!at || (counts.get(at.text) ?? 0) < HEADER_REPEATS) return;
    if (!HEADER_LINE.test(at.text) || STARTS_UNIT.test(at.text)) return;
    const before = order[i - 1];
    const after = order[i + 1];
    if (!before || !after || after.text === at.text) return;
    if (before.text.length < BROKEN_LINE_MIN || ENDS_SENTENCE.test(before.text)) return;
    if (STARTS_UNIT.test(after.text)) return;
    drop.set(at.text, [...(drop.get(at.text) ?? []), { block: at.block, line: at.line }]);
  });
  const dropped: { text: string; lines: number[] }[] = [];
  for (const [text, places] of drop) {
    const lines: number[] = [];
    for (const { block, line } of places) {
      const b = blocks[block];
      if (b?.type === 'paragraph' && b.lines[line]) lines.push(b.lines[line].line);
    }
    dropped.push({ text, lines });
  }
  // Remove from the end, so that the indexes above stay right; a block left empty goes.
  const places = [...drop.values()].flat().sort((a, b) => b.block - a.block || b.line - a.line);
  for (const { block, line } of places) {
    const b = blocks[block];
    if (b?.type !== 'paragraph') continue;
    b.lines.splice(line, 1);
    if (b.lines.length === 0) blocks.splice(block, 1);
  }
  return dropped.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

function collect(
  node: RootContent,
  source: string,
  out: SourceBlocks,
  quoted: boolean,
  rawLines: readonly string[],
  brokenPages: ReadonlySet<number>,
): void {
  const line = node.position?.start.line ?? 1;
  const push = (all: SourceLine[]) => {
    // Judged on the line as written: Markdown reads `- 3 -` as a list item `3 -`.
    const lines = all
      .filter((l) => {
        const raw = cleanText(rawLines[l.line - 1] ?? '');
        if (FIELD_CODE_LINE.test(raw)) {
          out.fieldCodeLines.push({ text: raw, line: l.line });
          return false;
        }
        const page = isPageNumber(rawLines[l.line - 1] ?? '') || brokenPages.has(l.line);
        if (page)
          out.pageNumbers.push({ text: cleanText(rawLines[l.line - 1] ?? ''), line: l.line });
        return !page;
      })
      .map((l) => {
        const kept = dropDebris(l.text, l.line, out);
        return kept.tails.length > 0
          ? { ...l, text: kept.text, debrisTails: kept.tails }
          : { ...l, text: kept.text };
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
      else {
        // A heading with an article glued on (内蒙古 2007: "## 第五章 附则第四十三条 本办法自公布之日起
        // 施行。PAGEPAGE颮飪熅……") carries the article's field codes and debris.
        const text = dropDebris(inlineText(node).replace(HEADING_ATTRIBUTES, ''), line, out).text;
        out.blocks.push({ type: 'heading', depth: node.depth, text, line });
      }
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
            collect(child, source, out, quoted, rawLines, brokenPages);
          }
        });
      });
      return;
    case 'blockquote':
      for (const child of node.children) collect(child, source, out, true, rawLines, brokenPages);
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

/**
 * What a Word hyperlink field leaves inside a sentence when the document is saved as text
 * (天津 2006: "根据《HYPERLINKjavascript中华人民共和国预算法》"): HYPERLINK with its target, a
 * bookmark \l "…", a quoted address, javascript:… or javascript with its number (东莞 2021 电动自行车
 * 管理条例: "《HYPERLINKjavascript167101中华人民共和国产品质量法》"), or a bare anchor of letters and
 * digits (日喀则 2018 人民代表大会议事规则: "……是否允许撤回。HYPERLINKcreate36761583863780第五十三条
 * ……") with any numbers joined to it by dashes (南京 2017 房屋使用安全管理条例: "是指除
 * HYPERLINK6586636-6800408计算……") and the %XX bytes of a keyword it carries and the letters after
 * them (北京 2022 公共文化服务保障条例: "……意识，HYPERLINKpkulaw5474…keyword%E5%85%AC…listViewDocuments
 * 健全……"), or a javascript: target alone. The field's switches after its address go with it,
 * each with its quoted argument: \l (bookmark), \m, \n, \o (ScreenTip), \t (target frame) (常德 2016
 * 饮用水水源环境保护条例 第一条: "HYPERLINK "http://www.chinalawedu.com/falvfagui/" \t "_blank" \o
 * "法规"法规的规定", the words the link covered after it). No law is written with these words.
 */
const HYPERLINK_FIELD =
  /(?:HYPERLINK(?:[\s\u3000]*\\l)?(?:[\s\u3000]*"[^"\n]*")?(?:[\s\u3000]*\\[lmnot](?:[\s\u3000]*"[^"\n]*")?)*(?:[\s\u3000]*javascript(?::[!-~]*|\d+)?|[\s\u3000]*[A-Za-z_]*\d(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})*(?:-\d+)*)?|javascript:[!-~]*)[\s\u3000]*/gu;

/**
 * A command of the 方正书版 typesetting system left in a text copied from the printer's file
 * (吉林市 2013 国有土地上房屋征收与补偿条例, 第五十四条: "……逐月另行支付违约金。〖HTH〗", a font
 * command; 〖KG*2〗 a space, 〖BT1〗 a heading): capitals first, then capitals, digits and the
 * signs its parameters use, in 〖〗. No law writes Latin capitals in these brackets.
 */
const TYPESETTING_CODE = /〖[A-Z][A-Z0-9*#.,;:+\-／/]{0,15}〗/g;

/**
 * A line without its Word field code and debris, each recorded with the line, and the rest of
 * the line after each run of debris that followed a full stop (see SourceLine.debrisTails).
 */
function dropDebris(
  text: string,
  line: number,
  out: SourceBlocks,
): { text: string; tails: string[] } {
  const code = FIELD_CODE.exec(text);
  if (code) {
    out.fieldCodes.push({ text: code[0].trim(), line });
    text = text.slice(0, code.index);
  }
  text = text.replace(HYPERLINK_FIELD, (link) => {
    out.wordDebris.push({ text: link.trim(), line });
    return '';
  });
  text = text.replace(TYPESETTING_CODE, (code) => {
    out.typesettingCodes.push({ text: code, line });
    return '';
  });
  const debris = dropWordDebris(text);
  for (const d of debris.debris) out.wordDebris.push({ text: d, line });
  return { text: debris.text, tails: debris.tails };
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

/**
 * A bracketed span in Pandoc's syntax, words in brackets with attributes in braces right after
 * them (whthomas/china-laws 全国人大常委会议事规则 2009, 第三十四条: "任免[案逐人]{.mark}表决", a
 * highlight kept from the Word copy; `[]{#_Toc1 .anchor}` for a bookmark): markup around the
 * words, not words. The words stay, the brackets and the braces go.
 */
const BRACKETED_SPAN =
  /\[([^[\]\n]*)\]\{[ \t]*(?:[#.][^\s{}=]+|[A-Za-z][\w-]*=[^\s{}]*)(?:[ \t]+(?:[#.][^\s{}=]+|[A-Za-z][\w-]*=[^\s{}]*))*[ \t]*\}/g;

/** Plain text of inline content; hard and soft breaks become `\n` so lines keep their numbers. */
export function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (node.type === 'html' || node.type === 'footnoteReference') return '';
  if ('children' in node)
    return (node.children as Nodes[]).map(inlineText).join('').replace(BRACKETED_SPAN, '$1');
  return '';
}

/**
 * Characters that show nothing: ordinary, ideographic and zero-width spaces, the soft hyphen and
 * the direction marks (a Word export can leave one alone on an empty paragraph's line).
 */
const INVISIBLE = '\\s\\u3000\\u00ad\\u200b-\\u200f\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff';
const EDGE_SPACE = new RegExp(`^[${INVISIBLE}]+|[${INVISIBLE}]+$`, 'g');

/** Trims ordinary, ideographic and zero-width spaces, soft hyphens and direction marks. */
export function cleanText(text: string): string {
  return text.replace(EDGE_SPACE, '');
}
