/**
 * Near-duplicate form letters: the same letter with small edits (a sentence added, a word
 * changed, a name filled in). Each text gets a MinHash signature over character shingles of
 * its campaign-normalised form (so placeholders, greetings, sign-offs and self-introductions
 * never count); locality-sensitive hashing cuts the signature into bands, and only texts that
 * share a band are compared. Grouping a consultation is therefore near-linear: no all-pairs
 * comparison.
 *
 * Beside the shingles, each sentence of the letter's body gets a fingerprint (a hash of its
 * letters and digits). A copy that drops two sentences and adds two of its own can fall below
 * NEAR_THRESHOLD on shingles while still holding most of the letter's sentences word for word;
 * so two texts are also one letter when they share at least CONTAINED_SHARE of the shorter
 * one's fingerprinted sentences (and at least MIN_SHARED_SENTENCES), provided the shingle
 * estimate is at least CONTAINED_FLOOR. The floor and the minimum count keep two different letters that
 * share a stock sentence or two ("希望有关部门认真考虑我们的意见。") apart: the held-out
 * evaluation in tests/lib/moderation/form-letters.test.ts measures both sides.
 *
 * The signature is computed once, when a comment is stored (see storeComment); its band keys
 * are kept in `comment_bands` (a key listing one member per group), so a new comment finds its
 * group with one indexed lookup.
 */
import {
  campaignBody,
  lettersOf,
  MIN_KEY_LENGTH,
  normaliseForCampaign,
  type CampaignGroup,
} from './campaigns.ts';

/** Characters per shingle: long enough to carry a word in English, a phrase in Chinese. */
export const SHINGLE_LENGTH = 5;
export const BANDS = 16;
export const ROWS_PER_BAND = 4;
export const SIGNATURE_LENGTH = BANDS * ROWS_PER_BAND;
/**
 * Estimated Jaccard similarity of shingle sets at or above which two texts are one letter.
 * With 16 bands of 4 rows, pairs at 0.6 share a band with probability 0.93 and pairs at 0.8
 * with probability 0.9999; pairs below 0.3 rarely become candidates at all.
 */
export const NEAR_THRESHOLD = 0.6;
/** Sentences shorter than this (letters and digits) carry no fingerprint: "谢谢" says nothing. */
export const MIN_SENTENCE_LENGTH = 8;
/** Share of the shorter text's fingerprinted sentences two texts must share to be one letter on sentences. */
export const CONTAINED_SHARE = 0.5;
export const MIN_SHARED_SENTENCES = 3;
/** Shingle estimate below which sentences alone never join two texts. */
export const CONTAINED_FLOOR = 0.4;
/** Band keys start with their band number; sentence keys with this prefix. */
export const SENTENCE_PREFIX = 's:';

const SEEDS = Int32Array.from({ length: SIGNATURE_LENGTH }, (_, i) =>
  mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

/** A 32-bit avalanche mix (murmur3's finaliser). */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Hashed character shingles of the normalised text, each once, as signed 32-bit values in
 * ascending order; empty for texts too short to group. A shingle is SHINGLE_LENGTH characters
 * (code points), hashed with FNV-1a over their UTF-16 code units, read off the text in place.
 * (Typed arrays and no Set: this runs for every comment the intake fold groups, and a Set of
 * string slices made it three times slower on the regulations.gov letters.)
 */
export function shingleHashes(text: string): Int32Array {
  return shinglesOfLetters(normaliseForCampaign(text));
}

/** shingleHashes of a text already normalised (normaliseForCampaign). */
function shinglesOfLetters(norm: string): Int32Array {
  // Where each character starts, and the text's end.
  const starts = new Int32Array(norm.length + 1);
  let chars = 0;
  for (let i = 0; i < norm.length; i++) {
    const unit = norm.charCodeAt(i);
    if ((unit & 0xfc00) === 0xdc00 && i > 0 && (norm.charCodeAt(i - 1) & 0xfc00) === 0xd800)
      continue;
    starts[chars++] = i;
  }
  if (chars < MIN_KEY_LENGTH) return new Int32Array(0);
  starts[chars] = norm.length;
  const hashes = new Int32Array(chars - SHINGLE_LENGTH + 1);
  for (let c = 0; c < hashes.length; c++) {
    let h = 0x811c9dc5 | 0;
    for (let i = starts[c]!, end = starts[c + SHINGLE_LENGTH]!; i < end; i++)
      h = Math.imul(h ^ norm.charCodeAt(i), 0x01000193);
    hashes[c] = h;
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++)
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i]!;
  return hashes.subarray(0, unique);
}

/**
 * The MinHash signature of a text (SIGNATURE_LENGTH signed 32-bit integers, to fit a
 * PostgreSQL `integer[]`), or null when the text is too short to be a form letter.
 */
export function minhashSignature(text: string): number[] | null {
  const signature = signatureOf(shingleHashes(text));
  return signature && Array.from(signature);
}

/**
 * The signature of a text's shingle hashes: per seed, the least unsigned mix32(hash ^ seed).
 * mix32 is inlined and the minimum kept in signed 32-bit arithmetic (each value with its top
 * bit flipped, which orders signed as the original orders unsigned), so V8 never leaves small
 * integers: regrouping a consultation signs every comment (issue #17).
 */
function signatureOf(hashes: Int32Array): Int32Array | null {
  if (hashes.length === 0) return null;
  const least = new Int32Array(SIGNATURE_LENGTH).fill(0x7fffffff);
  for (let s = 0; s < hashes.length; s++) {
    const h = hashes[s]!;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      let x = h ^ SEEDS[i]!;
      x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
      x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
      x = x ^ (x >>> 16) ^ 0x80000000;
      if (x < least[i]!) least[i] = x;
    }
  }
  for (let i = 0; i < SIGNATURE_LENGTH; i++) least[i] = least[i]! ^ 0x80000000;
  return least;
}

/**
 * What grouping needs of a text: its signature (as a typed array: placing a comment compares it
 * with dozens of others, and an array of numbers beyond the small-integer range holds them
 * boxed), and the 32-bit hashes of its band keys (BANDS, band `b` at `b`) and of its sentence
 * keys (each once). keyText gives a key's text as `comment_bands` holds it; placing works on
 * the numbers, so only the keys written become text (issue #17).
 */
export interface LetterKeys {
  signature: Int32Array;
  bands: Int32Array;
  sentences: Int32Array;
}

/** The tag of sentence keys in the numeric form (keyText), "s"; a band key's tag is its band. */
export const SENTENCE_TAG = 0x73;

/** A key's text from its tag (band, or SENTENCE_TAG) and 32-bit hash: `3:0b77d410`, `s:1f3a9c2e`. */
export function keyText(tag: number, hash: number): string {
  // From a table of bytes: regrouping writes a key row for most keys of every comment.
  return (
    (tag === SENTENCE_TAG ? SENTENCE_PREFIX : (BAND_PREFIXES[tag] ?? `${tag}:`)) +
    HEX[(hash >>> 24) & 0xff]! +
    HEX[(hash >>> 16) & 0xff]! +
    HEX[(hash >>> 8) & 0xff]! +
    HEX[hash & 0xff]!
  );
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const BAND_PREFIXES = Array.from({ length: BANDS }, (_, b) => `${b}:`);

/**
 * minhashSignature, bandKeys and sentenceKeys of a text at once (as numbers, see LetterKeys),
 * normalising it once; null when the text is too short to be a form letter.
 */
export function letterKeys(text: string): LetterKeys | null {
  const body = campaignBody(text);
  const signature = signatureOf(shinglesOfLetters(lettersOf(body)));
  return signature
    ? { signature, bands: bandHashes(signature), sentences: sentenceHashes(body) }
    : null;
}

/**
 * The LSH band keys of a signature: texts that share any key are candidates.
 * @example bandKeys(sig) // ['0:1f3a9c2e', '1:0b77d410', …] (BANDS keys)
 */
export function bandKeys(signature: ArrayLike<number>): string[] {
  return Array.from(bandHashes(signature), (h, b) => keyText(b, h));
}

function bandHashes(signature: ArrayLike<number>): Int32Array {
  const hashes = new Int32Array(BANDS);
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++)
      h = mix32(Math.imul(h, 31) ^ signature[b * ROWS_PER_BAND + r]!);
    hashes[b] = h;
  }
  return hashes;
}

const SENTENCE_END = /[。！？!?；;\n]+|\.(?:\s+|$)/u;

/**
 * The sentence fingerprints of a text's body, each once: `s:` and a 32-bit FNV-1a hash, in hex,
 * of the sentence's letters and digits. Sentences end at 。！？；, line breaks, and a full stop
 * followed by a space.
 * @example sentenceKeys('建议删除第五条第二款。第六条应当保留！') // ['s:…', 's:…']
 */
export function sentenceKeys(text: string): string[] {
  return Array.from(sentenceHashes(campaignBody(text)), (h) => keyText(SENTENCE_TAG, h));
}

/** The hashes of sentenceKeys, of a body (campaignBody), each once, in the order first met. */
function sentenceHashes(body: string): Int32Array {
  const hashes: number[] = [];
  // A Set only for long texts: for a few dozen sentences, looking through the list is cheaper.
  let seen: Set<number> | null = null;
  for (const part of body.split(SENTENCE_END)) {
    const sentence = part.replace(/[^\p{L}\p{N}]+/gu, '');
    if (sentence.length < MIN_SENTENCE_LENGTH || codePoints(sentence) < MIN_SENTENCE_LENGTH)
      continue;
    let h = 0x811c9dc5 | 0;
    for (let i = 0; i < sentence.length; i++) h = Math.imul(h ^ sentence.charCodeAt(i), 0x01000193);
    if (!seen && hashes.length >= 64) seen = new Set(hashes);
    if (seen ? seen.has(h) : hashes.includes(h)) continue;
    hashes.push(h);
    seen?.add(h);
  }
  return Int32Array.from(hashes);
}

/** The number of code points of a string (a surrogate pair is one). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++)
    if ((s.charCodeAt(i) & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  return n;
}

/**
 * Whether two texts are one letter: their shingle estimate reaches NEAR_THRESHOLD, or they
 * share enough sentences (see the header). Symmetric: `shared` sentence fingerprints out of
 * `sentencesA` and `sentencesB`; the share is of the shorter text, so a copy that adds a
 * paragraph and a copy that trims one both count.
 */
export function sameLetter(
  similarity: number,
  shared: number,
  sentencesA: number,
  sentencesB: number,
): boolean {
  if (similarity >= NEAR_THRESHOLD) return true;
  return (
    similarity >= CONTAINED_FLOOR &&
    shared >= MIN_SHARED_SENTENCES &&
    shared >= CONTAINED_SHARE * Math.min(sentencesA, sentencesB)
  );
}

/** The least number of equal signature positions (of SIGNATURE_LENGTH) reaching a similarity. */
function leastPositions(similarity: number): number {
  let same = 0;
  while (same / SIGNATURE_LENGTH < similarity) same++;
  return same;
}

const NEAR_POSITIONS = leastPositions(NEAR_THRESHOLD);
const FLOOR_POSITIONS = leastPositions(CONTAINED_FLOOR);

/**
 * The least number of equal signature positions with which sameLetter can hold for two texts
 * sharing `shared` sentence fingerprints: a candidate that cannot reach it need not be compared
 * to the end.
 */
export function leastSameLetter(shared: number, sentencesA: number, sentencesB: number): number {
  return shared >= MIN_SHARED_SENTENCES &&
    shared >= CONTAINED_SHARE * Math.min(sentencesA, sentencesB)
    ? FLOOR_POSITIONS
    : NEAR_POSITIONS;
}

/** The share of equal signature positions: an estimate of the shingle sets' Jaccard similarity. */
export function estimatedSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_LENGTH;
}

/**
 * Groups near-duplicate texts in one pass (the batch form of what intake does row by row):
 * candidates from shared band or sentence keys, confirmed by `joins`, joined transitively.
 * The representative is the earliest member in input order; groups of one are left out.
 * `work.comparisons`, when given, is increased by the number of similarity estimates made
 * (far below all pairs: only key-sharing candidates of other groups are compared, and within
 * a group only until one member is close enough).
 */
export function groupNearDuplicates(
  items: readonly { id: string; text: string }[],
  work?: { comparisons: number },
): CampaignGroup[] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const sigs = items.map((item) => minhashSignature(item.text));
  const sentences = items.map((item, i) => (sigs[i] ? sentenceKeys(item.text) : []));
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    if (!sig) return;
    const bands = bandKeys(sig);
    // Earlier texts sharing a key, with the number of sentences each shares with this one.
    // Found by sentences alone, a text is compared only when it shares enough of them.
    const shared = new Map<number, number>();
    const viaBand = new Set<number>();
    for (const key of bands) for (const j of buckets.get(key) ?? []) viaBand.add(j);
    for (const key of sentences[i]!)
      for (const j of buckets.get(key) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const j of viaBand) if (!shared.has(j)) shared.set(j, 0);
    for (const [j, count] of shared) {
      if (count < MIN_SHARED_SENTENCES && !viaBand.has(j)) continue;
      if (find(i) === find(j)) continue;
      if (work) work.comparisons++;
      if (
        !sameLetter(
          estimatedSimilarity(sig, sigs[j]!),
          count,
          sentences[i]!.length,
          sentences[j]!.length,
        )
      )
        continue;
      const [a, b] = [find(i), find(j)];
      parent[Math.max(a, b)] = Math.min(a, b);
    }
    for (const key of [...bands, ...sentences[i]!]) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => {
    if (!sigs[i]) return;
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item.id]);
  });
  return [...groups.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => ({ representativeId: ids[0]!, size: ids.length, memberIds: ids }))
    .sort((a, b) => b.size - a.size || a.representativeId.localeCompare(b.representativeId));
}
