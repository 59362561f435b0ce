/**
 * The candidates of near-duplicate grouping by key, in memory, as typed arrays (issue #17).
 * A key is a tag (its band, or SENTENCE_TAG) and a 32-bit hash (see LetterKeys), found by open
 * addressing; its candidates are a linked list of entries, newest first, of which only the
 * first CANDIDATE_LIMIT count, as in the database's index. A candidate is an earlier comment:
 * its group, signature and number of sentence fingerprints, plus placeInIndex's notes while it
 * places one comment. Regrouping a consultation keeps one of these for the whole run (1.2
 * million keys at 200,000 comments): as a Map of arrays of objects, reading it was over half of
 * the run's CPU, mostly waiting on memory.
 */
import { SIGNATURE_LENGTH } from './near-duplicates.ts';

/** Candidates read per band key: enough to find a group even inside a huge campaign. */
export const CANDIDATE_LIMIT = 16;

export class CandidateIndex {
  /** Tells apart the comments placeInIndex places (see marks). */
  placing = 0;
  // Candidates, by number.
  candidates = 0;
  groupIds: Float64Array;
  sentenceCounts: Int32Array;
  signatures: Int32Array;
  /** placeInIndex's notes: which comment it was placing when it last met the candidate… */
  marks: Int32Array;
  /** …how many of that comment's sentence keys list it, and whether a band key does. */
  shared: Int32Array;
  viaBand: Uint8Array;
  // Keys: an open-addressing table of (tag + 1, hash), 0 marking a free place.
  private keys = 0;
  private mask: number;
  private tags: Int32Array;
  private hashes: Int32Array;
  /** Per place: its key's first entry (-1 for none), last entry, and entries that count. */
  heads: Int32Array;
  private tails: Int32Array;
  lengths: Uint8Array;
  // Entries: a candidate and the next entry of the same key.
  private entries = 0;
  entryCandidates: Int32Array;
  entryNext: Int32Array;

  /**
   * An empty index sized for about `keys` keys (it grows as needed): the intake fold makes one
   * per batch of a few hundred comments, regrouping one for a whole consultation.
   */
  constructor(keys = 1 << 15) {
    let size = 1024;
    while (size < keys * 2) size *= 2;
    const candidates = Math.max(64, Math.min(size / 8, 1024));
    this.groupIds = new Float64Array(candidates);
    this.sentenceCounts = new Int32Array(candidates);
    this.signatures = new Int32Array(candidates * SIGNATURE_LENGTH);
    this.marks = new Int32Array(candidates);
    this.shared = new Int32Array(candidates);
    this.viaBand = new Uint8Array(candidates);
    this.mask = size - 1;
    this.tags = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.tails = new Int32Array(size);
    this.lengths = new Uint8Array(size);
    this.entryCandidates = new Int32Array(size);
    this.entryNext = new Int32Array(size);
  }

  /** A new candidate; its number. */
  addCandidate(groupId: number, signature: ArrayLike<number>, sentences: number): number {
    if (this.candidates === this.groupIds.length) this.growCandidates();
    const c = this.candidates++;
    this.groupIds[c] = groupId;
    this.sentenceCounts[c] = sentences;
    this.signatures.set(signature, c * SIGNATURE_LENGTH);
    this.marks[c] = 0;
    return c;
  }

  /** Makes room for `more` keys; places (place) stay valid until the next call. */
  room(more: number): void {
    while ((this.keys + more) * 2 > this.mask) this.growKeys();
  }

  /**
   * The place of a key in the table, added (with no entries) if it was not there; room must
   * have been made for it.
   */
  place(tag: number, hash: number): number {
    let at = spot(tag, hash) & this.mask;
    for (;;) {
      const t = this.tags[at]!;
      if (t === 0) {
        this.tags[at] = tag + 1;
        this.hashes[at] = hash;
        this.keys++;
        return at;
      }
      if (t === tag + 1 && this.hashes[at] === hash) return at;
      at = (at + 1) & this.mask;
    }
  }

  /** Whether a key lists a candidate of the group among those that count. */
  lists(at: number, groupId: number): boolean {
    for (let e = this.heads[at]!, n = this.lengths[at]!; n > 0; n--, e = this.entryNext[e]!)
      if (this.groupIds[this.entryCandidates[e]!] === groupId) return true;
    return false;
  }

  /** Lists a candidate under a key as its newest. */
  prepend(at: number, candidate: number): void {
    const e = this.entry(candidate);
    this.entryNext[e] = this.heads[at]!;
    if (this.heads[at] === -1) this.tails[at] = e;
    this.heads[at] = e;
    if (this.lengths[at]! < CANDIDATE_LIMIT) this.lengths[at]!++;
  }

  /**
   * Lists a candidate under a key as its oldest, unless it already lists CANDIDATE_LIMIT: for
   * filling the index newest first (before anything is prepended).
   */
  append(at: number, candidate: number): void {
    if (this.lengths[at]! >= CANDIDATE_LIMIT) return;
    const e = this.entry(candidate);
    this.entryNext[e] = -1;
    if (this.heads[at] === -1) this.heads[at] = e;
    else this.entryNext[this.tails[at]!] = e;
    this.tails[at] = e;
    this.lengths[at]!++;
  }

  private entry(candidate: number): number {
    if (this.entries === this.entryCandidates.length) {
      this.entryCandidates = grown(this.entryCandidates);
      this.entryNext = grown(this.entryNext);
    }
    this.entryCandidates[this.entries] = candidate;
    return this.entries++;
  }

  private growCandidates(): void {
    this.groupIds = grown(this.groupIds);
    this.sentenceCounts = grown(this.sentenceCounts);
    this.signatures = grown(this.signatures);
    this.marks = grown(this.marks);
    this.shared = grown(this.shared);
    this.viaBand = grown(this.viaBand);
  }

  private growKeys(): void {
    const { tags, hashes, heads, tails, lengths } = this;
    const size = tags.length * 2;
    this.mask = size - 1;
    this.tags = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.tails = new Int32Array(size);
    this.lengths = new Uint8Array(size);
    for (let old = 0; old < tags.length; old++) {
      if (tags[old] === 0) continue;
      let at = spot(tags[old]! - 1, hashes[old]!) & this.mask;
      while (this.tags[at] !== 0) at = (at + 1) & this.mask;
      this.tags[at] = tags[old]!;
      this.hashes[at] = hashes[old]!;
      this.heads[at] = heads[old]!;
      this.tails[at] = tails[old]!;
      this.lengths[at] = lengths[old]!;
    }
  }
}

/** Where a key's search starts (its hash is already well mixed; the tag is mixed in). */
function spot(tag: number, hash: number): number {
  const h = Math.imul(hash ^ Math.imul(tag + 1, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
