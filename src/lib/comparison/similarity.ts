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
 */
import type { DocumentLanguage } from '../legislation/types.ts';

/** A multiset of shingles with its total count. */
export interface ShingleBag {
  counts: ReadonlyMap<string, number>;
  size: number;
}

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The text as the similarity measure sees it.
 *
 * @example
 * normaliseForMatch('第一条　为了规范（立法）活动，', 'zh') // '第一条为了规范立法活动'
 * normaliseForMatch('The  Secretary, (a)', 'en') // 'the secretary a'
 */
export function normaliseForMatch(text: string, language: DocumentLanguage): string {
  const folded = text.normalize('NFKC').toLowerCase();
  return language === 'zh' ? folded.replace(NOT_WORD, '') : folded.replace(NOT_WORD, ' ').trim();
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
  const folded = text.normalize('NFKC');
  return language === 'zh' ? folded.replace(/\s+/g, '') : folded.replace(/\s+/g, ' ').trim();
}

/**
 * Shingle bag of a text already through normaliseForMatch (see the module header for the
 * shingles per language); TextCache.bag takes any text.
 */
export function shingleBagOfMatchText(norm: string, language: DocumentLanguage): ShingleBag {
  const counts = new Map<string, number>();
  const add = (s: string): void => {
    counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  if (language === 'zh') {
    const chars = Array.from(norm);
    if (chars.length === 1) add(chars[0] as string);
    for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`);
  } else {
    const words = norm === '' ? [] : norm.split(' ');
    words.forEach((w, i) => {
      add(w);
      if (i + 1 < words.length) add(`${w} ${words[i + 1]}`);
    });
  }
  let size = 0;
  for (const c of counts.values()) size += c;
  return { counts, size };
}

/** Shared mass of two bags: the sum over shingles of the smaller count. */
export function overlap(a: ShingleBag, b: ShingleBag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [s, c] of small.counts) {
    const d = large.counts.get(s);
    if (d !== undefined) shared += c < d ? c : d;
  }
  return shared;
}

/**
 * Dice coefficient 2|A∩B| / (|A|+|B|), in 0..1. Two empty bags are alike (1).
 *
 * @example
 * dice(shingleBagOfMatchText('制定法律', 'zh'), shingleBagOfMatchText('修改法律', 'zh')) // 2*1/(3+3) = 0.333…
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
  const counts = new Map<string, number>();
  let size = 0;
  for (const bag of bags) {
    for (const [s, c] of bag.counts) counts.set(s, (counts.get(s) ?? 0) + c);
    size += bag.size;
  }
  return { counts, size };
}

/**
 * What is left of `whole` once `covered` has claimed its share (multiset difference): the text
 * of an old article that its new partner no longer carries.
 *
 * @example
 * subtractBag(shingleBagOfMatchText('甲乙丙丁', 'zh'), shingleBagOfMatchText('甲乙丙', 'zh')) // { 丙丁: 1 }, size 1
 */
export function subtractBag(whole: ShingleBag, covered: ShingleBag): ShingleBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const [s, c] of whole.counts) {
    const left = c - (covered.counts.get(s) ?? 0);
    if (left > 0) {
      counts.set(s, left);
      size += left;
    }
  }
  return { counts, size };
}

/**
 * The bags of one side, indexed by shingle, so that one bag's overlap with every bag of that
 * side costs the shingles they share rather than a pass over each bag: aligning 128 sections
 * scored every pair through `overlap` and spent most of its time there (#16). Shingles are
 * the cache's integer ids and the postings flat typed arrays (CSR): building a Map of arrays
 * per index was the next cost.
 */
export interface OverlapIndex {
  size: number;
  /** Postings of shingle id s are at start[s] .. start[s + 1] - 1 (ids below start.length - 1). */
  start: Int32Array;
  bag: Int32Array;
  count: Int32Array;
}

export function overlapIndex(bags: readonly ShingleBag[], cache: TextCache): OverlapIndex {
  const coded = bags.map((b) => cache.idsOf(b));
  const vocabulary = cache.vocabularySize;
  const start = new Int32Array(vocabulary + 1);
  for (const c of coded) for (const id of c.ids) start[id + 1]!++;
  for (let s = 0; s < vocabulary; s++) start[s + 1]! += start[s]!;
  const next = start.slice(0, vocabulary);
  const total = start[vocabulary]!;
  const bag = new Int32Array(total);
  const count = new Int32Array(total);
  coded.forEach((c, k) => {
    c.ids.forEach((id, n) => {
      const at = next[id]!++;
      bag[at] = k;
      count[at] = c.counts[n]!;
    });
  });
  return { size: bags.length, start, bag, count };
}

/** `overlap(bag, bags[k])` for every bag of the index, in its order. */
export function overlapsWith(bag: ShingleBag, index: OverlapIndex, cache: TextCache): Int32Array {
  const shared = new Int32Array(index.size);
  const { ids, counts } = cache.idsOf(bag);
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
 * they are shared.
 */
export class TextCache {
  readonly language: DocumentLanguage;
  private readonly match = new Map<string, string>();
  private readonly identity = new Map<string, string>();
  private readonly bags = new Map<string, ShingleBag>();
  private readonly vocabulary = new Map<string, number>();
  private readonly coded = new Map<ShingleBag, { ids: Int32Array; counts: Int32Array }>();

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

  /** shingleBagOfMatchText(norm, language). */
  bagOfMatchText(norm: string): ShingleBag {
    let bag = this.bags.get(norm);
    if (bag === undefined) this.bags.set(norm, (bag = shingleBagOfMatchText(norm, this.language)));
    return bag;
  }

  /** The shingle bag of any text (normalised here). */
  bag(text: string): ShingleBag {
    return this.bagOfMatchText(this.matchText(text));
  }

  /** How many distinct shingles have ids so far. */
  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** The bag's shingles as ids of this cache, with their counts. */
  idsOf(bag: ShingleBag): { ids: Int32Array; counts: Int32Array } {
    let c = this.coded.get(bag);
    if (c) return c;
    c = { ids: new Int32Array(bag.counts.size), counts: new Int32Array(bag.counts.size) };
    let n = 0;
    for (const [shingle, count] of bag.counts) {
      let id = this.vocabulary.get(shingle);
      if (id === undefined) this.vocabulary.set(shingle, (id = this.vocabulary.size));
      c.ids[n] = id;
      c.counts[n++] = count;
    }
    this.coded.set(bag, c);
    return c;
  }
}
