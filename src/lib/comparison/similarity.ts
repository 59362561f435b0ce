/**
 * Text similarity for clause alignment: shingle bags over normalised text, compared with the
 * Dice coefficient (how alike two texts are) and containment (how much of one text is found in
 * the other, used to recognise the parts of a split or merge).
 *
 * Normalisation (NFKC, lower case, punctuation and spaces dropped) makes full-width and
 * half-width forms (`，`/`,`, `（`/`(`, `　`/` `) and spacing irrelevant to the score. Shingles:
 * - Chinese: overlapping character bigrams of the text with punctuation and spaces removed
 *   (`制定法律` -> 制定, 定法, 法律); single-character texts fall back to the character.
 * - English: lower-cased word unigrams and word bigrams (`the Secretary shall` -> the,
 *   secretary, shall, the secretary, secretary shall).
 * Bags are multisets, so a text that repeats another's content twice is not "equal" to it, and
 * the union of several parts can be scored against one whole.
 *
 * Speed (#16: the core must stay within 3× a plain diffLines of the two texts): a bag is its
 * shingles as integer ids of one TextCache's vocabulary with their counts, and overlap, union
 * and difference go through one scratch array indexed by id (no hashing, no sorting); no
 * bigram string is ever built, and an English word's string only the first time it is seen
 * (words are read in place and pairs of ids looked up in typed-array tables, WordIds and
 * PairIds below).
 * Normalisation takes a per-character table for the characters that make up nearly all legal
 * text (ASCII, CJK ideographs and punctuation, full-width forms), where NFKC and lower case act
 * on each character alone; any other character sends the whole text down the exact path.
 */
import type { DocumentLanguage } from '../legislation/types.ts';

/**
 * A multiset of shingles: distinct ids of one TextCache's vocabulary, each with its count
 * (counts[k] for ids[k], never 0), and the total count. Bags of different caches must never be
 * compared.
 */
export interface ShingleBag {
  ids: Int32Array;
  counts: Int32Array;
  size: number;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const IS_WORD = /^[\p{L}\p{N}]+$/u;
const SPACE = 0x20;

/** The exact normalisation, for texts the table does not cover. */
function matchTextSlow(text: string, language: DocumentLanguage): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return language === 'zh' ? folded.replace(NOT_WORD, '') : folded.replace(NOT_WORD, ' ').trim();
}

function identityTextSlow(text: string, language: DocumentLanguage): string {
  const folded = text.normalize('NFKC');
  return language === 'zh' ? folded.replace(/\s+/g, '') : folded.replace(/\s+/g, ' ').trim();
}

/** Ranges of UTF-16 code units the per-character tables may cover (others: exact path). */
const TABLE_RANGES: readonly [number, number][] = [
  [0x0000, 0x007f], // ASCII
  [0x00a0, 0x00ff], // Latin-1: no-break space, ·, ×, accented letters (combining-free)
  [0x2000, 0x206f], // general punctuation: spaces, dashes, quotes, …
  [0x2160, 0x217f], // Roman numerals Ⅰ Ⅱ
  [0x2460, 0x24ff], // enclosed numbers ① ⑴ ⒈
  [0x3000, 0x3029], // CJK symbols and punctuation, without the combining tone marks
  [0x3030, 0x303f],
  [0x3400, 0x4dbf], // CJK ideographs, extension A
  [0x4e00, 0x9fff], // CJK ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms ︵ ︶
  [0xff01, 0xff60], // full-width ASCII forms
];

/** Not in the tables: the text takes the exact path. */
const OUTSIDE = -1;

interface Tables {
  /** For each code unit: its normalised form for matching ('' = punctuation or space). */
  match: (string | undefined)[];
  /** Its normalised form for identity (spaces as ' '), or undefined outside the tables. */
  identity: (string | undefined)[];
  /** Code unit -> OUTSIDE, or 1 when covered. */
  covered: Int8Array;
}

let tables: Tables | undefined;

/**
 * Built once from the exact functions, one character at a time. A character is covered only
 * when its NFKC form has no combining mark (so it cannot compose with a neighbour) and is all
 * word characters or all other characters, so the per-character result joins to the exact one.
 */
function buildTables(): Tables {
  const covered = new Int8Array(0x10000).fill(OUTSIDE);
  const match: (string | undefined)[] = new Array(0x10000);
  const identity: (string | undefined)[] = new Array(0x10000);
  for (const [lo, hi] of TABLE_RANGES) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCharCode(c);
      const nfkc = ch.normalize('NFKC');
      if (/\p{M}/u.test(nfkc) || /[\uD800-\uDFFF]/u.test(nfkc)) continue;
      const lower = nfkc.toLowerCase();
      if (lower.normalize('NFKC') !== lower || [...lower].length !== [...nfkc].length) continue;
      const word = IS_WORD.test(lower);
      if (!word && /[\p{L}\p{N}]/u.test(lower)) continue;
      covered[c] = 1;
      match[c] = word ? lower : '';
      identity[c] = /^\s+$/u.test(nfkc) ? ' ' : nfkc;
    }
  }
  return { match, identity, covered };
}

function coveredTables(text: string): Tables | undefined {
  const t = (tables ??= buildTables());
  for (let k = 0; k < text.length; k++) if (t.covered[text.charCodeAt(k)] === OUTSIDE) return;
  return t;
}

/**
 * The text as the similarity measure sees it.
 *
 * @example
 * normaliseForMatch('第一条　为了规范（立法）活动，', 'zh') // '第一条为了规范立法活动'
 * normaliseForMatch('The  Secretary, (a)', 'en') // 'the secretary a'
 */
export function normaliseForMatch(text: string, language: DocumentLanguage): string {
  if (language !== 'zh') {
    const words = asciiWords(text, (tables ??= buildTables()));
    if (words !== undefined) return words;
  }
  const t = coveredTables(text);
  if (!t) return matchTextSlow(text, language);
  return joinMapped(text, t.match, '', language);
}

/** Where asciiWords writes its result, one byte a character (grown as needed). */
let asciiBuffer = new Uint8Array(1 << 14);
/** Bytes below 0x80 read as the same code points ("latin1" is windows-1252, ASCII alike). */
const asciiDecoder = new TextDecoder('latin1');

/**
 * The match text of an English text whose word characters are all ASCII letters and digits,
 * everything else being what the tables read as punctuation or space (“ ” – — §), as in
 * nearly all English legislation: its runs of [A-Za-z0-9] lower-cased, one space between
 * them. Undefined for any other text, which goes through the tables. One pass into a byte
 * buffer: joinMapped built a 12 KB section's text out of thousands of pieces, and a regular
 * expression over it still cost three times this (#16: H.R. 2157).
 */
function asciiWords(text: string, t: Tables): string | undefined {
  if (asciiBuffer.length < text.length) asciiBuffer = new Uint8Array(2 * text.length);
  const out = asciiBuffer;
  let n = 0;
  let gap = false;
  for (let k = 0; k < text.length; k++) {
    let c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      if (c >= 0x80 && (t.covered[c] === OUTSIDE || t.match[c] !== '')) return undefined;
      gap = true;
      continue;
    }
    if (gap && n > 0) out[n++] = SPACE;
    gap = false;
    out[n++] = c;
  }
  return asciiDecoder.decode(out.subarray(0, n));
}

/**
 * The text as the change status sees it: width forms and spacing folded (NFKC; spaces dropped
 * in Chinese, collapsed in English), punctuation and case kept. Two texts equal under this
 * are "unchanged"; a punctuation-only amendment (，→；) is a change a drafter must see (#16).
 *
 * @example
 * normaliseForIdentity('为了规范，　立法', 'zh') // '为了规范,立法'
 */
export function normaliseForIdentity(text: string, language: DocumentLanguage): string {
  if (language !== 'zh') {
    const kept = spacesFolded(text, (tables ??= buildTables()));
    if (kept !== undefined) return kept;
  }
  const t = coveredTables(text);
  if (!t) return identityTextSlow(text, language);
  return joinMapped(text, t.identity, ' ', language);
}

/** Where spacesFolded writes its result, one UTF-16 code unit a character (grown as needed). */
let unitBuffer = new Uint16Array(1 << 14);
const unitDecoder = new TextDecoder('utf-16le');

/**
 * The identity text of an English text whose every character past ASCII is its own identity
 * form and no space (“ ” – — § ’ are; a no-break space or … is not): each run of ASCII space
 * as one space between the rest, none at either end. Undefined for any other text, which goes
 * through the tables. One pass into a buffer, as asciiWords, at half joinMapped's cost on the
 * sections of H.R. 2157 (#16).
 */
function spacesFolded(text: string, t: Tables): string | undefined {
  if (unitBuffer.length < text.length) unitBuffer = new Uint16Array(2 * text.length);
  const out = unitBuffer;
  let n = 0;
  let gap = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === SPACE || (c >= 9 && c <= 13)) {
      gap = true;
      continue;
    }
    if (c >= 0x80) {
      const m = t.identity[c];
      if (m === undefined || m.length !== 1 || m.charCodeAt(0) !== c) return undefined;
    }
    if (gap && n > 0) out[n++] = SPACE;
    gap = false;
    out[n++] = c;
  }
  return unitDecoder.decode(out.subarray(0, n));
}

/**
 * The text with each character replaced by its table entry; a run of `gap` entries becomes
 * nothing (Chinese) or one space between words (English). Runs of characters that map to
 * themselves are copied as slices.
 */
function joinMapped(
  text: string,
  table: readonly (string | undefined)[],
  gap: string,
  language: DocumentLanguage,
): string {
  let out = '';
  let inGap = false;
  let run = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const m = table[c]!;
    if (m === gap) {
      if (run >= 0) out += text.slice(run, k);
      run = -1;
      inGap = true;
      continue;
    }
    if (inGap && language !== 'zh' && out !== '') out += ' ';
    inGap = false;
    if (m.length === 1 && m.charCodeAt(0) === c) {
      if (run < 0) run = k;
    } else {
      if (run >= 0) out += text.slice(run, k);
      run = -1;
      out += m;
    }
  }
  if (run >= 0) out += text.slice(run);
  return out;
}

/**
 * Counts by shingle id, all 0 between calls: each function below fills the entries it needs
 * and sets them back to 0 before returning (nothing here is asynchronous or reentrant).
 */
let scratch = new Int32Array(1 << 12);

function reach(id: number): void {
  if (id < scratch.length) return;
  let size = scratch.length;
  while (size <= id) size *= 2;
  const grown = new Int32Array(size);
  grown.set(scratch);
  scratch = grown;
}

/** enBag's list of shingle ids, reused (bagOfIds keeps none of it). */
let shingleList = new Int32Array(1 << 14);

/** The bag of a list of shingle ids (repeats counted), ids in order of first occurrence. */
function bagOfIds(list: Int32Array): ShingleBag {
  const distinct = new Int32Array(list.length);
  let n = 0;
  for (let k = 0; k < list.length; k++) {
    const id = list[k]!;
    reach(id);
    if (scratch[id]!++ === 0) distinct[n++] = id;
  }
  const ids = distinct.slice(0, n);
  const counts = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    counts[k] = scratch[ids[k]!]!;
    scratch[ids[k]!] = 0;
  }
  return { ids, counts, size: list.length };
}

/** Shared mass of two bags: the sum over shingles of the smaller count. */
export function overlap(a: ShingleBag, b: ShingleBag): number {
  const small = a.ids.length <= b.ids.length ? a : b;
  const large = small === a ? b : a;
  for (let k = 0; k < small.ids.length; k++) {
    reach(small.ids[k]!);
    scratch[small.ids[k]!] = small.counts[k]!;
  }
  let shared = 0;
  for (let k = 0; k < large.ids.length; k++) {
    const id = large.ids[k]!;
    if (id >= scratch.length) continue;
    const c = scratch[id]!;
    const d = large.counts[k]!;
    shared += c < d ? c : d;
  }
  for (let k = 0; k < small.ids.length; k++) scratch[small.ids[k]!] = 0;
  return shared;
}

/**
 * The weight two bags share: over their shared shingles, the shingle's weight times the smaller
 * count (align.ts's distinctive rows weigh shingles by rarity, distinctive.ts).
 */
export function weightedOverlap(x: ShingleBag, y: ShingleBag, weights: Float64Array): number {
  for (let k = 0; k < x.ids.length; k++) {
    reach(x.ids[k]!);
    scratch[x.ids[k]!] = x.counts[k]!;
  }
  let shared = 0;
  for (let k = 0; k < y.ids.length; k++) {
    const id = y.ids[k]!;
    if (id >= scratch.length) continue;
    const c = scratch[id]!;
    const d = y.counts[k]!;
    if (c > 0) shared += (weights[id] ?? 0) * (c < d ? c : d);
  }
  for (let k = 0; k < x.ids.length; k++) scratch[x.ids[k]!] = 0;
  return shared;
}

/**
 * Dice coefficient 2|A∩B| / (|A|+|B|), in 0..1. Two empty bags are alike (1).
 *
 * @example
 * dice(cache.bag('制定法律'), cache.bag('修改法律')) // 2*1/(3+3) = 0.333…
 */
export function dice(a: ShingleBag, b: ShingleBag): number {
  if (a.size + b.size === 0) return 1;
  return (2 * overlap(a, b)) / (a.size + b.size);
}

/** Share of `part` found in `whole`, |A∩B| / |A|, in 0..1. An empty part is contained (1). */
export function containment(part: ShingleBag, whole: ShingleBag): number {
  return part.size === 0 ? 1 : overlap(part, whole) / part.size;
}

/** Multiset sum of several bags (the text of a split's or merge's parts taken together). */
export function unionBag(bags: readonly ShingleBag[]): ShingleBag {
  if (bags.length === 1) return bags[0]!;
  let total = 0;
  let size = 0;
  for (const bag of bags) {
    total += bag.ids.length;
    size += bag.size;
  }
  const distinct = new Int32Array(total);
  let n = 0;
  for (const bag of bags) {
    for (let k = 0; k < bag.ids.length; k++) {
      const id = bag.ids[k]!;
      reach(id);
      if (scratch[id] === 0) distinct[n++] = id;
      scratch[id]! += bag.counts[k]!;
    }
  }
  const ids = distinct.slice(0, n);
  const counts = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    counts[k] = scratch[ids[k]!]!;
    scratch[ids[k]!] = 0;
  }
  return { ids, counts, size };
}

/**
 * What is left of `whole` once `covered` has claimed its share (multiset difference): the text
 * of an old article that its new partner no longer carries.
 *
 * @example
 * subtractBag(cache.bag('甲乙丙丁'), cache.bag('甲乙丙')) // the bag of 丙丁 alone, size 1
 */
export function subtractBag(whole: ShingleBag, covered: ShingleBag): ShingleBag {
  for (let k = 0; k < covered.ids.length; k++) {
    reach(covered.ids[k]!);
    scratch[covered.ids[k]!] = covered.counts[k]!;
  }
  const ids = new Int32Array(whole.ids.length);
  const counts = new Int32Array(whole.ids.length);
  let n = 0;
  let size = 0;
  for (let x = 0; x < whole.ids.length; x++) {
    const id = whole.ids[x]!;
    const left = whole.counts[x]! - (id < scratch.length ? scratch[id]! : 0);
    if (left > 0) {
      ids[n] = id;
      counts[n++] = left;
      size += left;
    }
  }
  for (let k = 0; k < covered.ids.length; k++) scratch[covered.ids[k]!] = 0;
  return { ids: ids.slice(0, n), counts: counts.slice(0, n), size };
}

/**
 * The bags of one side, indexed by shingle, so that one bag's overlap with every bag of that
 * side costs the shingles they share rather than a pass over each bag: aligning 128 sections
 * scored every pair through `overlap` and spent most of its time there (#16). The postings are
 * flat typed arrays (CSR) over the cache's shingle ids. A few bags against a large vocabulary
 * (the paragraphs of one article, once a long text has given out thousands of ids) keep just
 * their bags: an index would cost more to allocate than the overlaps it saves.
 */
export interface OverlapIndex {
  size: number;
  /** The bags themselves when they are compared one by one (then start is empty). */
  bags: readonly ShingleBag[] | null;
  /** Postings of shingle id s are at start[s] .. start[s + 1] - 1 (ids below start.length - 1). */
  start: Int32Array;
  bag: Int32Array;
  count: Int32Array;
}

const NONE = new Int32Array(0);

export function overlapIndex(bags: readonly ShingleBag[], cache: TextCache): OverlapIndex {
  const vocabulary = cache.vocabularySize;
  let postings = 0;
  for (const b of bags) postings += b.ids.length;
  if (vocabulary > 4 * postings)
    return { size: bags.length, bags, start: NONE, bag: NONE, count: NONE };
  const start = new Int32Array(vocabulary + 1);
  for (const { ids } of bags) for (let n = 0; n < ids.length; n++) start[ids[n]! + 1]!++;
  for (let s = 0; s < vocabulary; s++) start[s + 1]! += start[s]!;
  const next = start.slice(0, vocabulary);
  const bag = new Int32Array(postings);
  const count = new Int32Array(postings);
  for (let k = 0; k < bags.length; k++) {
    const { ids, counts } = bags[k]!;
    for (let n = 0; n < ids.length; n++) {
      const at = next[ids[n]!]!++;
      bag[at] = k;
      count[at] = counts[n]!;
    }
  }
  return { size: bags.length, bags: null, start, bag, count };
}

/** `overlap(bag, bags[k])` for every bag of the index, in its order (bags of one cache). */
export function overlapsWith(bag: ShingleBag, index: OverlapIndex): Int32Array {
  if (index.bags) return Int32Array.from(index.bags, (other) => overlap(bag, other));
  const shared = new Int32Array(index.size);
  const { ids, counts } = bag;
  const known = index.start.length - 1;
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    if (id >= known) continue;
    const c = counts[n]!;
    for (let p = index.start[id]!, end = index.start[id + 1]!; p < end; p++) {
      const d = index.count[p]!;
      const k = index.bag[p]!;
      shared[k] = shared[k]! + (c < d ? c : d);
    }
  }
  return shared;
}

/**
 * The text work of one comparison, done once per distinct text: compareDocuments aligns the
 * articles, then the paragraphs of each changed article, and step 7 of align.ts scores every
 * paragraph again, so the same texts were normalised and shingled several times; an article
 * unchanged between the versions is one text for both sides (#16). Bags are never mutated, so
 * they are shared. It also holds the vocabulary that gives shingles their ids: a character (or
 * word) id, and an id per pair of them.
 */
export class TextCache {
  readonly language: DocumentLanguage;
  private readonly match = new Map<string, string>();
  private readonly identity = new Map<string, string>();
  private readonly bags = new Map<string, ShingleBag>();
  /** Shingle ids given so far (units and pairs share one count). */
  private size = 0;
  /** Code point -> its unigram id (Chinese). */
  private readonly units = new Map<number, number>();
  /** Word -> its unigram id (English). */
  private readonly words = new WordIds();
  /** (word id, word id) -> bigram id, English; (code point, code point) -> id, Chinese. */
  private readonly pairs = new PairIds();

  constructor(language: DocumentLanguage) {
    this.language = language;
  }

  /** normaliseForMatch(text, language). */
  matchText(text: string): string {
    let norm = this.match.get(text);
    if (norm === undefined) this.match.set(text, (norm = normaliseForMatch(text, this.language)));
    return norm;
  }

  /** normaliseForIdentity(text, language). */
  identityText(text: string): string {
    let exact = this.identity.get(text);
    if (exact === undefined)
      this.identity.set(text, (exact = normaliseForIdentity(text, this.language)));
    return exact;
  }

  /** The shingle bag of a text already through normaliseForMatch (see the module header). */
  bagOfMatchText(norm: string): ShingleBag {
    let bag = this.bags.get(norm);
    if (bag === undefined)
      this.bags.set(norm, (bag = this.language === 'zh' ? this.zhBag(norm) : this.enBag(norm)));
    return bag;
  }

  /** The shingle bag of any text (normalised here). */
  bag(text: string): ShingleBag {
    return this.bagOfMatchText(this.matchText(text));
  }

  /** How many distinct shingles have ids so far. */
  get vocabularySize(): number {
    return this.size;
  }

  private unitId(key: number): number {
    let id = this.units.get(key);
    if (id === undefined) this.units.set(key, (id = this.size++));
    return id;
  }

  /** The id of the word text[from, to), given now if it has none. */
  private wordId(text: string, from: number, to: number): number {
    const id = this.words.idOf(text, from, to, this.size);
    if (id === this.size) this.size++;
    return id;
  }

  private pairId(x: number, y: number): number {
    const id = this.pairs.idOf(x, y, this.size);
    if (id === this.size) this.size++;
    return id;
  }

  private zhBag(norm: string): ShingleBag {
    const points: number[] = [];
    for (let k = 0; k < norm.length; k++) {
      const c = norm.codePointAt(k)!;
      points.push(c);
      if (c > 0xffff) k++;
    }
    if (points.length === 1) return bagOfIds(Int32Array.of(this.unitId(points[0]!)));
    const ids = new Int32Array(Math.max(0, points.length - 1));
    for (let k = 0; k + 1 < points.length; k++) ids[k] = this.pairId(points[k]!, points[k + 1]!);
    return bagOfIds(ids);
  }

  /**
   * The words of `norm` are its pieces between single spaces (norm.split(' ')), read in place:
   * no substring is made for a word already known.
   */
  private enBag(norm: string): ShingleBag {
    if (norm === '') return bagOfIds(new Int32Array(0));
    // At most norm.length + 1 words (one more than its spaces), so 2 * norm.length + 1 shingles.
    if (shingleList.length < 2 * norm.length + 1) shingleList = new Int32Array(4 * norm.length + 2);
    const ids = shingleList;
    let previous = -1;
    let from = 0;
    let w = 0;
    for (let k = 0; k <= norm.length; k++) {
      if (k < norm.length && norm.charCodeAt(k) !== SPACE) continue;
      const id = this.wordId(norm, from, k);
      ids[2 * w] = id;
      if (w > 0) ids[2 * w - 1] = this.pairId(previous, id);
      previous = id;
      w++;
      from = k + 1;
    }
    return bagOfIds(ids.subarray(0, 2 * w - 1));
  }
}

/** A hash of two non-negative integers, for PairIds. */
function hashPair(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * Ids of pairs of non-negative integers, in an open-addressing table (linear probing) of typed
 * arrays: a Map of Maps cost a hash of each key and a Map per first element, for each of the
 * tens of thousands of bigrams of a comparison (#16).
 */
class PairIds {
  private mask = (1 << 12) - 1;
  private xs = new Int32Array(1 << 12).fill(-1);
  private ys = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private count = 0;

  /** The id of (x, y), or `next` when it has none, which then becomes its id. */
  idOf(x: number, y: number, next: number): number {
    let s = hashPair(x, y) & this.mask;
    for (let k = this.xs[s]!; k !== -1; k = this.xs[s]!) {
      if (k === x && this.ys[s] === y) return this.ids[s]!;
      s = (s + 1) & this.mask;
    }
    this.xs[s] = x;
    this.ys[s] = y;
    this.ids[s] = next;
    if (++this.count * 2 > this.mask) this.grow();
    return next;
  }

  private grow(): void {
    const { xs, ys, ids } = this;
    this.mask = 2 * xs.length - 1;
    this.xs = new Int32Array(2 * xs.length).fill(-1);
    this.ys = new Int32Array(2 * xs.length);
    this.ids = new Int32Array(2 * xs.length);
    for (let t = 0; t < xs.length; t++) {
      if (xs[t] === -1) continue;
      let s = hashPair(xs[t]!, ys[t]!) & this.mask;
      while (this.xs[s] !== -1) s = (s + 1) & this.mask;
      this.xs[s] = xs[t]!;
      this.ys[s] = ys[t]!;
      this.ids[s] = ids[t]!;
    }
  }
}

/**
 * Ids of words looked up as ranges of a text (FNV-1a over their code units, open addressing),
 * so that a word seen before costs no string: split(' ') and a Map made and hashed a string
 * for every word of every text (#16).
 */
class WordIds {
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  private texts: string[] = new Array<string>(1 << 12).fill('');
  private count = 0;

  /** The id of the word text[from, to), or `next` when it has none, which then becomes its id. */
  idOf(text: string, from: number, to: number, next: number): number {
    let h = 0x811c9dc5;
    for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    let s = h & this.mask;
    for (let id = this.ids[s]!; id !== -1; id = this.ids[s]!) {
      if (this.hashes[s] === h && sameRange(this.texts[s]!, text, from, to)) return id;
      s = (s + 1) & this.mask;
    }
    this.hashes[s] = h;
    this.ids[s] = next;
    this.texts[s] = text.slice(from, to);
    if (++this.count * 2 > this.mask) this.grow();
    return next;
  }

  private grow(): void {
    const { hashes, ids, texts } = this;
    this.mask = 2 * ids.length - 1;
    this.hashes = new Int32Array(2 * ids.length);
    this.ids = new Int32Array(2 * ids.length).fill(-1);
    this.texts = new Array<string>(2 * ids.length).fill('');
    for (let t = 0; t < ids.length; t++) {
      if (ids[t] === -1) continue;
      let s = hashes[t]! & this.mask;
      while (this.ids[s] !== -1) s = (s + 1) & this.mask;
      this.hashes[s] = hashes[t]!;
      this.ids[s] = ids[t]!;
      this.texts[s] = texts[t]!;
    }
  }
}

/** Whether `word` is text[from, to). */
function sameRange(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k++)
    if (word.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}
