/**
 * Word-level diff of two clause texts for readers: Intl.Segmenter words for Chinese, and
 * jsdiff's `diffWordsWithSpace` tokens (words, runs of space, newlines, other characters) for
 * English, so whitespace-only edits are never lost. Tokens are compared exactly: jsdiff's
 * `diffWords` trims them and returned `甲 乙` → `甲  乙` as one unchanged part.
 *
 * How, in order (#16: a word diff over a whole 12 KB section cost Myers about D² steps):
 * 1. Both texts are cut into sentences (ending at 。；！？ or a newline in Chinese, at . ; : ! ?
 *    before a space or at a newline in English), by character, and the sentences are diffed
 *    as units. Only the sentences that differ are ever cut into words: the Chinese segmenter
 *    over every changed article's whole text was a quarter of a comparison's time.
 * 2. Each changed region between unchanged sentences is diffed by words: the start and end
 *    both texts share, cut back to where no word runs across (sharedEnds), kept as they are;
 *    then its common tail of tokens set aside, then, if it is long, cut at the tokens that
 *    occur once on each side (patience
 *    diff's anchors, in order), then each piece by jsdiff's `diffArrays` (Myers) over
 *    interned token ids. A region with one side empty is a plain deletion or insertion.
 * 3. The result is cleaned up so a reader sees whole phrases changed rather than confetti: a
 *    short unchanged run squeezed between two changes is folded into them (like
 *    diff-match-patch's semantic cleanup).
 *
 * Every search is bounded by the length of the edit script, never by the clock: a time limit
 * made the result depend on the machine's load, and a stored comparison kept whichever came
 * first (#16). Myers costs about (N + M) · D for N + M tokens and D edits, so D is bounded by
 * DIFF_WORK / (N + M) of the whole texts (at least MIN_EDIT_LENGTH; Chinese counts characters,
 * never fewer than its words, since its words are not cut up front), for the sentence diff
 * and for every region: a long article gets a smaller D, and all the regions together cost no
 * more than DIFF_WORK steps. A search that reaches the bound degrades to its region deleted
 * and inserted whole (the whole texts, if it is the sentence diff), flagged `replaced: true`.
 * The same input always gives the same output.
 */
import { diffArrays } from 'diff';
import type { DocumentLanguage } from '../legislation/types.ts';

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}
export interface TextDiff {
  parts: DiffPart[];
  /** True when the diff gave up within its bounds and shows a whole replacement. */
  replaced: boolean;
}

export interface DiffOptions {
  /** Largest edit script explored, in tokens inserted plus deleted (default: editBound). */
  maxEditLength?: number;
}

/** Work allowed to one diff, in Myers steps ((N + M) · D): tens of milliseconds at most. */
export const DIFF_WORK = 4_000_000;
/** The bound never goes below this many edits, so a long text still shows a few changes. */
export const MIN_EDIT_LENGTH = 100;

/**
 * The largest edit script explored for texts of `tokens` tokens together.
 *
 * @example editBound(2_000) // 2000; editBound(40_000) // 100
 */
export function editBound(tokens: number): number {
  return Math.max(MIN_EDIT_LENGTH, Math.floor(DIFF_WORK / Math.max(1, tokens)));
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function diffText(
  oldText: string,
  newText: string,
  language: DocumentLanguage,
  options: DiffOptions = {},
): TextDiff {
  if (oldText === newText)
    return { parts: oldText ? [{ op: 'equal', text: oldText }] : [], replaced: false };
  const oldSentences = sentences(oldText, language);
  const newSentences = sentences(newText, language);
  const bound =
    options.maxEditLength ?? editBound(oldSentences.tokenCount + newSentences.tokenCount);
  const sentenceIds = interner();
  const coarse = diffIds(
    oldSentences.texts.map(sentenceIds),
    newSentences.texts.map(sentenceIds),
    bound,
  );
  if (!coarse) return { parts: replacement(oldText, newText), replaced: true };
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else if (text) parts.push({ op, text });
  };
  const tokenIds = interner();
  let replaced = false;
  // Old and new sentence cursors, and where the changed region being collected began.
  let o = 0;
  let n = 0;
  let regionO = 0;
  let regionN = 0;
  const flushRegion = () => {
    // Only a changed region is cut into words: the Chinese word segmenter was a quarter of
    // the comparison's time when it ran over every article's whole text (#16).
    // Within it, the common start and end that stop at a punctuation mark or space are equal
    // text as they stand: words never run across those marks, and Myers would take them whole.
    const oldRegion = oldSentences.texts.slice(regionO, o).join('');
    const newRegion = newSentences.texts.slice(regionN, n).join('');
    regionO = o;
    regionN = n;
    const [head, foot] = sharedEnds(oldRegion, newRegion, language);
    push('equal', oldRegion.slice(0, head));
    const olds = tokens(oldRegion.slice(head, oldRegion.length - foot), language);
    const news = tokens(newRegion.slice(head, newRegion.length - foot), language);
    // A common tail is left out of the search: Myers walks from the start, and an insertion
    // in the middle with the tail still to match costs it D² steps.
    let tail = 0;
    while (
      tail < olds.length &&
      tail < news.length &&
      olds[olds.length - 1 - tail] === news[news.length - 1 - tail]
    )
      tail++;
    const common = olds.splice(olds.length - tail).join('');
    news.length -= tail;
    diffRegion(olds, news);
    push('equal', common + oldRegion.slice(oldRegion.length - foot));
  };
  const diffRegion = (olds: string[], news: string[]) => {
    // Each token is interned once here, and the pieces between anchors are ranges of these
    // arrays: interning each piece again at every level of the cut cost as much as the search.
    const oldIds = Int32Array.from(olds, tokenIds);
    const newIds = Int32Array.from(news, tokenIds);
    diffPiece(olds, oldIds, 0, olds.length, news, newIds, 0, news.length);
  };
  /** The diff of olds[i0, i1) against news[j0, j1), as pushed parts. */
  const diffPiece = (
    olds: readonly string[],
    oldIds: Int32Array,
    i0: number,
    i1: number,
    news: readonly string[],
    newIds: Int32Array,
    j0: number,
    j1: number,
  ) => {
    if (i0 === i1 || j0 === j1) {
      // All deleted or all inserted: nothing to search, whatever the length.
      push('delete', olds.slice(i0, i1).join(''));
      push('insert', news.slice(j0, j1).join(''));
      return;
    }
    const a = oldIds.subarray(i0, i1);
    const b = newIds.subarray(j0, j1);
    const anchors = i1 - i0 + (j1 - j0) > ANCHOR_FROM ? uniqueAnchors(a, b) : [];
    if (anchors.length > 0) {
      let i = i0;
      let j = j0;
      for (const [ai, aj] of anchors) {
        diffPiece(olds, oldIds, i, i0 + ai, news, newIds, j, j0 + aj);
        push('equal', olds[i0 + ai]!);
        i = i0 + ai + 1;
        j = j0 + aj + 1;
      }
      diffPiece(olds, oldIds, i, i1, news, newIds, j, j1);
      return;
    }
    const runs = diffIds(a, b, bound);
    if (!runs) {
      replaced = true;
      push('delete', olds.slice(i0, i1).join(''));
      push('insert', news.slice(j0, j1).join(''));
      return;
    }
    let i = i0;
    let j = j0;
    for (const { op, count } of runs) {
      const from = op === 'delete' ? olds : news;
      const at = op === 'delete' ? i : j;
      if (op !== 'insert') i += count;
      if (op !== 'delete') j += count;
      push(op, from.slice(at, at + count).join(''));
    }
  };
  for (const { op, count } of coarse) {
    if (op === 'equal') {
      flushRegion();
      push('equal', oldSentences.texts.slice(o, o + count).join(''));
      regionO = o += count;
      regionN = n += count;
    } else if (op === 'delete') o += count;
    else n += count;
  }
  flushRegion();
  return { parts: cleanup(parts, language), replaced };
}

/** Regions of more tokens than this are first cut at tokens found once on each side. */
const ANCHOR_FROM = 64;

/**
 * Patience diff's anchors: the tokens that occur exactly once in `a` and once in `b`, the
 * longest run of them in the same order on both sides, as [index in a, index in b] pairs.
 * Myers explores about D² steps for D edits; cut at the anchors, a long rewritten region
 * becomes several short ones.
 */
function uniqueAnchors(a: Int32Array, b: Int32Array): [number, number][] {
  const seen = new Map<number, { a: number; b: number; at: number }>();
  a.forEach((t, i) => {
    const s = seen.get(t);
    if (s) s.a++;
    else seen.set(t, { a: 1, b: 0, at: i });
  });
  const pairs: [number, number][] = [];
  b.forEach((t) => {
    const s = seen.get(t);
    if (s) s.b++;
  });
  b.forEach((t, j) => {
    const s = seen.get(t);
    if (s?.a === 1 && s.b === 1) pairs.push([s.at, j]);
  });
  // Longest increasing subsequence of the old indexes (pairs are in new order).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([i], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![0] < i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = prev[k]!) out.push(pairs[k]!);
  return out.reverse();
}

/** A function giving each distinct string its own small integer, in order of first sight. */
function interner(): (s: string) => number {
  const ids = new Map<string, number>();
  return (s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
}

const ZH_SENTENCE_END = new Set(['。', '；', '！', '？', '\n']);

/** Marks a Chinese word never runs across (the segmenter breaks before and after them). */
const ZH_BREAK = new Set(['，', '、', '：', '；', '。', '！', '？', '\n', ' ', '\u3000']);

/**
 * Classes of English token characters by UTF-16 code unit: 1 a word character, 2 a newline
 * (\n or \r), 3 other space, 4 anything else (each its own token); 0 not yet looked up.
 */
const enClasses = new Uint8Array(0x10000);

function enClass(code: number): number {
  let c = enClasses[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = ch === '\n' || ch === '\r' ? 2 : /\s/u.test(ch) ? 3 : EN_WORD.test(ch) ? 1 : 4;
    enClasses[code] = c;
  }
  return c;
}

/** Whether no token of `s` runs across position k, so its two sides tokenise apart. */
function isCut(s: string, k: number, language: DocumentLanguage): boolean {
  if (k <= 0 || k >= s.length) return true;
  if (language === 'zh') return ZH_BREAK.has(s[k - 1]!) || ZH_BREAK.has(s[k]!);
  const before = s.charCodeAt(k - 1);
  const after = s.charCodeAt(k);
  // Inside a surrogate pair, or \r\n (one newline token).
  const pair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  if (pair || (before === 13 && after === 10)) return false;
  const c = enClass(before);
  return c === 2 || c === 4 || c !== enClass(after);
}

/**
 * How many characters at the start and at the end two texts share, each cut back to where no
 * token of either text runs across (for Chinese, a punctuation mark or space), never
 * overlapping. The parts between tokenise as they would within the whole texts.
 *
 * @example sharedEnds('甲，乙，丙。', '甲，丁，丙。', 'zh') // [2, 3]: '甲，' and '，丙。'
 */
export function sharedEnds(a: string, b: string, language: DocumentLanguage): [number, number] {
  const most = Math.min(a.length, b.length);
  let head = 0;
  while (head < most && a[head] === b[head]) head++;
  while (head > 0 && !(isCut(a, head, language) && isCut(b, head, language))) head--;
  let foot = 0;
  while (foot < most - head && a[a.length - 1 - foot] === b[b.length - 1 - foot]) foot++;
  while (foot > 0 && !(isCut(a, a.length - foot, language) && isCut(b, b.length - foot, language)))
    foot--;
  return [head, foot];
}

interface Sentences {
  texts: string[];
  /** Tokens of the whole text (English), or its length, never fewer (Chinese). */
  tokenCount: number;
}

/**
 * The text cut into sentences (or lines) that join back to it: a sentence ends at a newline,
 * or at 。；！？ in Chinese, or at . ; : ! ? followed by a space in English. Chinese is cut
 * by character, so the word segmenter runs only where sentences differ; the edit bound then
 * counts characters, at least as many as words, so the work stays within DIFF_WORK.
 */
export function sentences(text: string, language: DocumentLanguage): Sentences {
  const texts: string[] = [];
  if (language === 'zh') {
    let from = 0;
    for (let k = 0; k < text.length; k++) {
      if (!ZH_SENTENCE_END.has(text[k]!)) continue;
      texts.push(text.slice(from, k + 1));
      from = k + 1;
    }
    if (from < text.length) texts.push(text.slice(from));
    return { texts, tokenCount: text.length };
  }
  // English, in one pass over the code units: a token ends wherever isCut says (inlined here,
  // each unit's class looked up once: this loop was a third of the word diffs' time on
  // H.R. 2157, #16), and a sentence after a token . ; : ! ? before space, or after a newline.
  let from = 0;
  let count = text.length > 0 ? 1 : 0;
  let before = text.charCodeAt(0);
  let beforeClass = text.length > 0 ? enClass(before) : 0;
  for (let k = 1; k < text.length; k++) {
    const after = text.charCodeAt(k);
    const afterClass = enClass(after);
    const b = before;
    const bClass = beforeClass;
    before = after;
    beforeClass = afterClass;
    // Inside a surrogate pair, or \r\n (one newline token): no cut; else as isCut.
    if (b >= 0xd800 && b <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) continue;
    if (b === CR && after === LF) continue;
    if (bClass !== 2 && bClass !== 4 && bClass === afterClass) continue;
    count++;
    const newline = bClass === 2;
    const spaceNext = afterClass === 2 || afterClass === 3;
    if (!newline && !(isSentenceEnd(b) && spaceNext)) continue;
    if (b === CR) continue; // a lone \r ends no sentence (it is not a newline token)
    texts.push(text.slice(from, k));
    from = k;
  }
  if (from < text.length) texts.push(text.slice(from));
  return { texts, tokenCount: count };
}

const CR = 13;
const LF = 10;

/** . ; : ! ? */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 59 || code === 58 || code === 33 || code === 63;
}

/** jsdiff's `diffWordsWithSpace` tokens: newlines, words, runs of other space, other characters. */
const extendedWordChars =
  'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
const enToken = new RegExp(
  `(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`,
  'gu',
);
const EN_WORD = new RegExp(`[${extendedWordChars}]`, 'u');

/** Tokens that join back to the text: segmenter words, punctuation and runs of space for Chinese. */
function tokens(text: string, language: DocumentLanguage): string[] {
  if (language === 'zh') return Array.from(zhSegmenter.segment(text), (s) => s.segment);
  return text.match(enToken) ?? [];
}

function replacement(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = [];
  if (oldText) parts.push({ op: 'delete', text: oldText });
  if (newText) parts.push({ op: 'insert', text: newText });
  return parts;
}

/** How short an unchanged run between two changes must be to fold it into them. */
function isShortEqual(text: string, language: DocumentLanguage): boolean {
  if (language === 'zh') return [...text.replace(/\s/g, '')].length <= 2;
  return text.trim().split(/\s+/).filter(Boolean).length <= 1 && text.length <= 8;
}

/**
 * Folds short equal runs that sit between changes into a delete + insert, then merges
 * adjacent parts of the same kind, deletes before inserts.
 */
export function cleanup(parts: DiffPart[], language: DocumentLanguage): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const changedBefore = out.length > 0 && out.at(-1)!.op !== 'equal';
    const next = parts[i + 1];
    const changedAfter = next !== undefined && next.op !== 'equal';
    if (p.op === 'equal' && changedBefore && changedAfter && isShortEqual(p.text, language)) {
      out.push({ op: 'delete', text: p.text }, { op: 'insert', text: p.text });
    } else {
      out.push({ ...p });
    }
  }
  // Regroup each run of changes as one deletion followed by one insertion.
  const grouped: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) grouped.push({ op: 'delete', text: del });
    if (ins) grouped.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const p of out) {
    if (p.op === 'delete') del += p.text;
    else if (p.op === 'insert') ins += p.text;
    else {
      flush();
      const last = grouped.at(-1);
      if (last?.op === 'equal') last.text += p.text;
      else grouped.push({ ...p });
    }
  }
  flush();
  return shareEnds(grouped, language);
}

/**
 * A deletion and the insertion after it that begin (or end) with the same text, up to where no
 * word runs across (sharedEnds), give that text to the unchanged text beside them: a reader
 * sees 证明。[发起人…]\n[募集…] rather than 证明[。发起人…][。\n募集…].
 */
function shareEnds(parts: DiffPart[], language: DocumentLanguage): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    const last = out.at(-1);
    if (!text) return;
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (p.op !== 'delete' || next?.op !== 'insert') {
      push(p.op, p.text);
      continue;
    }
    const [head, foot] = sharedEnds(p.text, next.text, language);
    push('equal', p.text.slice(0, head));
    push('delete', p.text.slice(head, p.text.length - foot));
    push('insert', next.text.slice(head, next.text.length - foot));
    push('equal', p.text.slice(p.text.length - foot));
    i++;
  }
  return out;
}

/** The old text (equal + delete parts) and the new text (equal + insert parts) of a diff. */
export function sides(parts: readonly DiffPart[]): { oldText: string; newText: string } {
  return {
    oldText: parts
      .filter((p) => p.op !== 'insert')
      .map((p) => p.text)
      .join(''),
    newText: parts
      .filter((p) => p.op !== 'delete')
      .map((p) => p.text)
      .join(''),
  };
}

/** A run of tokens with one operation: old tokens for equal and delete, new ones for insert. */
interface TokenRun {
  op: DiffOp;
  count: number;
}

/**
 * jsdiff's Myers over token ids (equal runs merged, changes in jsdiff's order), or undefined
 * when more than `maxEditLength` insertions and deletions would be needed. No time limit.
 */
function diffIds(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEditLength: number,
): TokenRun[] | undefined {
  return diffArrays(Array.from(a), Array.from(b), { maxEditLength })?.map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    count: c.count ?? c.value.length,
  }));
}
