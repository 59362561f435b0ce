/**
 * Aligning two versions' units (articles, or sections of English bills).
 *
 * The algorithm, in order:
 * 1. Each unit becomes a shingle bag of its heading and full text *without its label*, so
 *    renumbering alone never lowers a score (see similarity.ts for the shingles).
 * 2. Identical texts are paired first (a unique normalised text on each side).
 * 3. The remaining pairs are scored with Dice; pairs scoring at least PAIR_THRESHOLD are taken
 *    best-first, ranked by Dice minus DISTANCE_WEIGHT × the distance between their relative
 *    positions (0..1). Most articles keep their place, so a near candidate beats a slightly
 *    more similar one across the text: 立法法 2015 第十三条 (the NPC may authorise suspending
 *    laws) is 2023 第十六条, not the more word-alike 第七十九条 about the State Council.
 *    Two pairs that would rank higher together with their partners exchanged are exchanged
 *    (uncross): near-identical articles otherwise cross.
 * 4. Splits: an old unit whose leftover new units are mostly contained in it (containment ≥
 *    PART_CONTAINMENT, and no other old unit holding PART_HOLDER_MARGIN as much of it)
 *    becomes a split when the parts together explain it clearly better than its best single
 *    partner: Dice gain ≥ GROUP_GAIN, or the share of the old text they cover grows by 1.5 ×
 *    GROUP_GAIN, or the group reaches PAIR_THRESHOLD where no single unit did. A leftover unit
 *    right beside the group needs only
 *    ADJACENT_PART_CONTAINMENT, since split parts are consecutive and often gain new text.
 *    Merges are the mirror image. Apart from that test, a leftover unit at least SPLIT_OFF_SHARE
 *    of whose text is old text that the pair partner dropped (and that no other unit holds more
 *    of) is a split-off part: 立法法 2015 第七十二条 kept its five later paragraphs as 2023
 *    第八十一条 and its first paragraph became 第八十条; the part is small against the whole,
 *    so the group-level gain stays under GROUP_GAIN although the part is unmistakable. Parts
 *    under SPLIT_OFF_MIN_SIZE shingles (a bare heading) never count this way. A split then
 *    takes leftover units standing near its parts that are partly its text and carry one of
 *    its sentences (growNear): parts of a rewritten article lie among other articles' pairs.
 * 5. Gaps: an old unit still unmatched pairs with an unmatched new unit between the same
 *    matched neighbours whose mean containment or Dice reaches GAP_THRESHOLD, the one with the
 *    highest distinctive-word Dice (step 8), if that reaches CONTEXT_PAIR.
 *    Then a unit still unmatched whose text lies at least KEPT_WITHIN inside an unmatched unit
 *    of the other side (or holds that much of it), each being the other's best, is paired
 *    with it, wherever it stands: an article that gained (or lost) paragraphs.
 *    Then penalty articles pair by the duty they enforce ("违反本法第六条规定", or the article
 *    they are most alike elsewhere): align-citations.ts.
 *    Whatever is left is deleted (old) or inserted (new).
 * 6. A one-to-one pair is `unchanged` only if the texts are equal with punctuation kept
 *    (normaliseForIdentity): pairing ignores punctuation, the change status does not.
 *    For one-to-one pairs, `renumbered` means the label changed, and `moved` means the pair
 *    is outside the longest run of pairs that keep their relative order (longest increasing
 *    subsequence), i.e. the article moved against its neighbours, in either direction.
 *
 * 7. Paragraphs (#16): an old unit still unmatched whose paragraph lives on as a paragraph of
 *    any new unit, matched or not (Dice or mean containment ≥ PARAGRAPH_THRESHOLD, each being
 *    the other's best paragraph), is linked to that new unit; the mirror for new units left
 *    over. This is how substantial rewrites read in a drafter's 对照表: 行政复议法 2017 第三条
 *    lives on as 2023 第四条 (the 复议机关) and 第六条 (初次从事…法律职业资格), while other
 *    old articles flow into those too. Links can join one-to-one pairs, splits and merges into
 *    one group of several old and several new units (many to many); each group is one change.
 *    A unit still leftover whose sentences come from several neighbouring units of the other
 *    side, which together hold most of it, is linked to all of them (linkParagraphSources).
 *    A sentence found equally well in two units (a stock phrase) links nothing.
 *    Paired units are linked too when a paragraph or sentence left one for the other, or when
 *    a short leftover was rewritten into a paired unit's new paragraph (align-paragraph-moves.ts),
 *    and a leftover pair standing right beside one group on both sides joins it: short
 *    articles shared out again among fewer neighbours (align-redistributed.ts); beside an
 *    article kept word for word, the two are a pair of their own.
 *
 * 8. Distinctive words in context (distinctive.ts: shingles weighted by their rarity among the
 *    units of both texts, so 听取…的意见 counts and 行政复议机关 does not). A lower bar, but
 *    only where the position agrees: an old unit still leftover pairs with a leftover new
 *    unit among its neighbours' partners when each is the other's most alike unit in the
 *    whole text (pairInContext), or in the wider region its neighbours went to when a
 *    sentence of each is the other's most alike sentence (pairSentenceInRegion), unless the old
 *    unit is clearly more alike another leftover, which is most alike it (alikeElsewhere). A pair
 *    in the region, or in context but one place beyond the neighbours' partners, must share a word
 *    of its own, one that one of the texts has in that unit alone (sharesOwnWord). A leftover
 *    new unit right beside a partner of its most alike old unit, holding a good share of the
 *    text that partner dropped, is split off from it (pairBesideParts). Last, an old and a new
 *    unit still leftover that are each the other's most alike unit anywhere pair when their
 *    Dice less the distance in position (as in step 3) reaches FAR_PAIR (pairAlikeAnywhere), or
 *    however far apart when a sentence of each is the other's most alike sentence in plain and in
 *    distinctive words (or as good as tied there: nearBestSentence), and what they cite does not contradict it (pairAlikeBySentence),
 *    or when that reaches the lower MARGIN_PAIR and their Dice is CLEAR_MARGIN times what either
 *    scores with any other unit (pairAlikeByMargin), or when every sentence of the old unit (two
 *    or more of some size) is most alike a sentence of the new one (pairWholeBySentences). Two
 *    leftovers that cite, as pairs, two or more articles of their own texts apply the same rules
 *    and pair too (pairByCitedRules).
 *    An old unit whose partners carry some of its sentences but not another, whose most alike
 *    sentence is in a leftover new unit most alike it, is split over that unit too
 *    (pairSentenceSplits); a leftover old unit whose sentence is, both ways, the most alike of
 *    a sentence that a paired new unit's partners do not carry is merged into it
 *    (pairSentenceMerges). An old unit (leftover, or paired with one unit) whose sentence is,
 *    in plain and in distinctive words both ways, the most alike of a sentence that a paired new
 *    unit's partners do not carry joins that unit's row (pairSentenceMoves).
 *    A part of a split that shares with the whole only text another unit of the whole's side
 *    holds as well (a stock clause) is dropped from it (dropStockParts); so is a part of a
 *    split (or merge) that holds none of the whole's text beyond what its other parts hold
 *    (dropEmptyParts). A leftover old unit then takes its most alike new unit from the old unit
 *    paired with it when the evidence is clearly stronger and the position agrees (each the
 *    other's most alike, in the leftover's neighbours' region; or holding most of the new unit
 *    where the partner holds much less): 农产品质量安全法 2018 第四十九条 (保鲜剂…不符合) is item
 *    (二) of 2022 第七十二条, which its neighbour 第五十条, most alike 第七十一条, had taken for
 *    their common penalty words; 公司法 2023 第四十五条 (由股东共同制定公司章程) is 2018 第二十三条
 *    (三), not the one-person company's 第六十条 (pairTakenBetter). A pair whose new unit is
 *    clearly more alike another old unit, itself firmly paired elsewhere, is undone: the new
 *    unit was written on that unit's model (dropModelledOnOthers; 预防未成年人犯罪法 2020
 *    第二十九条 follows 第三十七条, which is 2012 第十七条, and shares only its subject with 2012
 *    第十九条). What the drops and the takes freed goes through these pairings once more
 *    (pairFreed).
 *
 * Limits: an article rewritten beyond recognition, or whose words fit another place as
 * well, appears as a deletion plus an insertion (行政复议法 2017 第三十八条 → 2023 第八十五条
 * shares no more with it than with 第八十六条); a part split off far from the rest and
 * mostly new (2017 第三十九条's funding sentence in 2023 第七条) is not found. The output is
 * deterministic: no randomness, stable tie-breaks.
 */
import { plainText } from '../legislation/index.ts';
import type { ClauseNode } from '../legislation/types.ts';
import type { TextCache } from './similarity.ts';
import {
  containment,
  dice,
  overlap,
  overlapIndex,
  overlapsWith,
  subtractBag,
  unionBag,
  weightedOverlap,
  type OverlapIndex,
  type ShingleBag,
} from './similarity.ts';
import {
  type Weights,
  inverseFrequencies,
  weightedOverlapsWith,
  weightedSize,
} from './distinctive.ts';

export const PAIR_THRESHOLD = 0.45;
export const PART_CONTAINMENT = 0.7;
export const GROUP_GAIN = 0.1;
/** A leftover pair in the same gap between matched neighbours pairs from this score. */
export const GAP_THRESHOLD = 0.4;
/** A part standing right next to the rest of its split (or merge) needs less containment. */
export const ADJACENT_PART_CONTAINMENT = 0.5;
/** Share of a leftover unit's text that must be text its whole's partner dropped (split-offs). */
export const SPLIT_OFF_SHARE = 0.5;
/** Smallest split-off part, in shingles: a bare heading ("Office of the Secretary") is too
 * common a phrase to count as a part of the text that happens to contain it. */
export const SPLIT_OFF_MIN_SIZE = 20;
/** A leftover unit this much contained in a leftover unit of the other side is kept within it. */
export const KEPT_WITHIN = 0.75;
/** A paragraph of a leftover unit that scores this against a paragraph of the other side lives on there. */
export const PARAGRAPH_THRESHOLD = 0.6;
/** A leftover unit at most this many places from a split's parts may join it on paragraph evidence. */
export const NEAR_PART_DISTANCE = 2;
/** Share of such a near unit's text that must be the old unit's text. */
export const NEAR_PART_CONTAINMENT = 0.4;
/** Score a paragraph of such a near unit needs against its best paragraph, which must be the whole's. */
export const NEAR_PART_PARAGRAPH = 0.45;
/** Smallest paragraph (in shingles) that can link or count as evidence: 行政复议法 2023 第十二条
 * (四) 行政机关对民事纠纷作出的调解 (14) is 2017 第八条第二款 cut down. */
export const PARAGRAPH_MIN_SIZE = 12;
/** A paragraph this like its best paragraph of the other side names a source of its unit. */
export const SOURCE_PARAGRAPH = 0.4;
/** Share of a leftover unit that its sources must hold together. */
export const SOURCE_CONTAINMENT = 0.6;
/** Weight of the distance in relative position when ranking candidate pairs. */
export const DISTANCE_WEIGHT = 0.3;
/** Distinctive-word Dice from which a leftover pair in its neighbours' region pairs (step 8). */
export const CONTEXT_PAIR = 0.08;
/**
 * Share of a leftover old unit's text that a new unit standing in its slot (between its paired
 * neighbours' partners) must hold to take it in context when not its most alike (pairInContext).
 */
export const SLOT_CONTAINMENT = 0.25;
/** Old units this many places either side of a leftover one show, by their partners, its region. */
export const REGION_NEIGHBOURS = 4;
/** Distinctive-word Dice from which two sentences, each the other's best, pair their units. */
export const REGION_SENTENCE = 0.2;
/** Share of a unit's dropped distinctive text that a leftover unit beside its partner must hold. */
export const BESIDE_SHARE = 0.3;
/** Distinctive-word Dice, less the distance in position, from which mutual bests pair anywhere. */
export const FAR_PAIR = 0.2;
/** Distinctive-word Dice, less the distance in position, from which mutual bests with no close rival pair. */
export const MARGIN_PAIR = 0.15;
/** How many times any rival's distinctive-word Dice such a pair must score (pairAlikeByMargin). */
export const CLEAR_MARGIN = 1.5;
/** No other old unit may share this share or more of what a split's part shares with its own. */
export const PART_HOLDER_MARGIN = 0.75;
/** Most of a sentence that a unit's partners may carry for the sentence to have gone elsewhere. */
export const SENTENCE_CARRIED = 0.5;
/** Share of the text a unit's partners leave that a second part must carry (pairSentenceSplits). */
export const SECOND_PART_SHARE = 0.15;
/**
 * Distinctive-word Dice from which a sentence of a paired new unit and a sentence of a leftover
 * old unit, each the other's most alike, merge the old unit in (pairSentenceMerges).
 */
export const MERGE_SENTENCE = 0.25;
/**
 * Articles of its own text that a leftover old unit and a leftover new unit must both cite, as
 * pairs (pairByCitedRules): one shared citation is a common cross-reference, two a rule.
 */
export const SHARED_CITATIONS = 2;

export type ChangeType = 'unchanged' | 'modified' | 'inserted' | 'deleted' | 'split' | 'merged';

export interface Unit {
  eId: string;
  label: string;
  /** Heading and text with all descendants, without the unit's own label. */
  text: string;
  node: ClauseNode;
}

/** Why a row deserves a second look (align-doubts.ts, which says what each means). */
export type DoubtReason =
  | 'candidate'
  | 'sentence'
  | 'gap'
  | 'weak'
  | 'leftover'
  | 'leftoverSentence'
  | 'uncarried'
  | 'beside';

export interface Alignment {
  /** Set by align-doubts.ts when asked: why the row deserves a second look. */
  doubt?: { reason: DoubtReason; from: number[]; to: number[] };
  type: ChangeType;
  /** Indexes into the old / new unit lists. */
  from: number[];
  to: number[];
  similarity: number;
  moved: boolean;
  renumbered: boolean;
}

interface Prepared {
  units: Unit[];
  bags: ShingleBag[];
  norms: string[];
  /** Text for the change status: punctuation kept (see normaliseForIdentity), on demand. */
  exact: (k: number) => string;
}

function prepare(units: Unit[], cache: TextCache): Prepared {
  const norms = units.map((u) => cache.matchText(u.text));
  return {
    units,
    bags: norms.map((n) => cache.bagOfMatchText(n)),
    norms,
    exact: (k) => cache.identityText(units[k]!.text),
  };
}

/**
 * Steps 1 to 5 (see the header): the pairs found by whole articles. The penalty articles by
 * their subject (align-citations.ts), linkByParagraphs, the moves between paired articles
 * (align-paragraph-moves.ts) and the redistributed leftovers (align-redistributed.ts) come
 * next, then lastPairs; alignUnits in index.ts runs them in order.
 */
export function firstPairs(oldUnits: Unit[], newUnits: Unit[], cache: TextCache): Matching {
  const m = new Matching(prepare(oldUnits, cache), prepare(newUnits, cache), cache);
  pairIdentical(m);
  pairBestFirst(m);
  pairSplits(m);
  pairSplitOffs(m);
  pairMerges(m);
  pairMergeOffs(m);
  pairWithinGaps(m);
  pairKeptWithin(m);
  return m;
}

/** Step 7's links through paragraphs (linkParagraphs, then linkParagraphSources). */
export function linkByParagraphs(m: Matching): void {
  linkParagraphs(m);
  linkParagraphSources(m);
}

/**
 * Step 8 (rewritten articles in context), then `correct` (staff corrections, corrections.ts),
 * then the changes in new-document order.
 */
export function lastPairs(m: Matching, correct?: (m: Matching) => void): Alignment[] {
  pairInContext(m);
  pairSentenceInRegion(m);
  pairBesideParts(m);
  pairAlikeAnywhere(m);
  pairAlikeBySentence(m);
  pairAlikeByMargin(m);
  pairWholeBySentences(m);
  pairByCitedRules(m);
  pairSentenceSplits(m);
  pairSentenceMerges(m);
  pairSentenceMoves(m);
  dropStockParts(m);
  dropEmptyParts(m);
  pairTakenBetter(m);
  dropModelledOnOthers(m);
  pairFreed(m);
  correct?.(m);
  const changes = buildChanges(m);
  markMoved(changes);
  insertDeletions(m, changes);
  return changes.map((c) => ({ ...c, similarity: Math.round(c.similarity * 1000) / 1000 }));
}

/** The pairs found so far between the old units (`a`) and the new ones (`b`), both ways. */
export class Matching {
  readonly oldTo = new Map<number, number[]>();
  readonly newFrom = new Map<number, number[]>();
  readonly a: Prepared;
  readonly b: Prepared;
  /** `overlap(a.bags[i], b.bags[j])` as `shared[i][j]`, computed once through an index. */
  readonly shared: Int32Array[];
  readonly cache: TextCache;
  private paragraphLinks?: ParagraphLinks;
  private distinctive?: Distinctive;
  private sentenceMatches?: SentenceMatches;
  private frequencies?: [Int32Array, Int32Array];
  constructor(a: Prepared, b: Prepared, cache: TextCache) {
    this.a = a;
    this.b = b;
    this.cache = cache;
    const index = overlapIndex(b.bags, cache);
    this.shared = a.bags.map((bag) => overlapsWith(bag, index));
  }

  /** Each sentence's most alike sentence of the other side by distinctive words; memoised. */
  weightedSentences(): SentenceMatches {
    this.sentenceMatches ??= sentenceMatches(this.paragraphs(), this.weighted().idf);
    return this.sentenceMatches;
  }

  /** Distinctive-word scores (see distinctive.ts), built on first use: only leftovers ask. */
  weighted(): Distinctive {
    this.distinctive ??= distinctiveScores(this.a.bags, this.b.bags, this.cache);
    return this.distinctive;
  }

  /**
   * How many units of each side hold each shingle ([old, new], by shingle id), built on first
   * use: only a pair placed by its position alone asks (sharesOwnWord).
   */
  unitFrequencies(): [Int32Array, Int32Array] {
    const count = (bags: readonly ShingleBag[]) => {
      const df = new Int32Array(this.cache.vocabularySize);
      for (const b of bags) for (let k = 0; k < b.ids.length; k++) df[b.ids[k]!]!++;
      return df;
    };
    this.frequencies ??= [count(this.a.bags), count(this.b.bags)];
    return this.frequencies;
  }

  /** Undoes pair(i, j) (uncross, dropStockParts, dropEmptyParts). */
  unpair(i: number, j: number): void {
    const to = (this.oldTo.get(i) ?? []).filter((k) => k !== j);
    const from = (this.newFrom.get(j) ?? []).filter((k) => k !== i);
    if (to.length) this.oldTo.set(i, to);
    else this.oldTo.delete(i);
    if (from.length) this.newFrom.set(j, from);
    else this.newFrom.delete(j);
    this.leftover = undefined;
  }

  pair(i: number, j: number): void {
    this.oldTo.set(i, [...(this.oldTo.get(i) ?? []), j]);
    this.newFrom.set(j, [...(this.newFrom.get(j) ?? []), i]);
    this.leftover = undefined;
  }

  /**
   * The unpaired units of each side, kept until the next pair: steps ask for them once per
   * unit, which made each step quadratic (an eighth of comparing the 1,260 articles of 民法典).
   */
  private leftover: { old: readonly number[]; new: readonly number[] } | undefined = undefined;
  private leftovers(): { old: readonly number[]; new: readonly number[] } {
    this.leftover ??= {
      old: this.a.units.map((_, i) => i).filter((i) => !this.oldTo.has(i)),
      new: this.b.units.map((_, j) => j).filter((j) => !this.newFrom.has(j)),
    };
    return this.leftover;
  }

  /** dice(a.bags[i], b.bags[j]). */
  score(i: number, j: number): number {
    const size = this.a.bags[i]!.size + this.b.bags[j]!.size;
    return size === 0 ? 1 : (2 * this.shared[i]![j]!) / size;
  }

  /** containment(a.bags[i], b.bags[j]): how much of old unit i new unit j holds. */
  oldIn(i: number, j: number): number {
    const size = this.a.bags[i]!.size;
    return size === 0 ? 1 : this.shared[i]![j]! / size;
  }

  /** containment(b.bags[j], a.bags[i]): how much of new unit j old unit i holds. */
  newIn(j: number, i: number): number {
    const size = this.b.bags[j]!.size;
    return size === 0 ? 1 : this.shared[i]![j]! / size;
  }

  /** Both sides' paragraphs and each paragraph's best on the other side, built on first use. */
  paragraphs(): ParagraphLinks {
    this.paragraphLinks ??= paragraphLinks(this.a.units, this.b.units, this.cache);
    return this.paragraphLinks;
  }

  /**
   * How well new unit `j` carries a paragraph of old unit `i`: the best score of a paragraph of
   * `j` whose best paragraph anywhere in the old text is one of `i`'s (0 if none is).
   */
  paragraphFrom(i: number, j: number): number {
    const { olds, news, bestOldFor } = this.paragraphs();
    let best = 0;
    news.unit.forEach((unit, k) => {
      if (unit !== j) return;
      const p = bestOldFor(k);
      if (p.at >= 0 && olds.unit[p.at] === i) best = Math.max(best, p.score);
    });
    return best;
  }

  leftoverOld(): readonly number[] {
    return this.leftovers().old;
  }

  leftoverNew(): readonly number[] {
    return this.leftovers().new;
  }
}

/** Step 2: identical texts, unique on both sides. */
function pairIdentical(m: Matching): void {
  const counts = (norms: string[]) =>
    norms.reduce((c, n) => c.set(n, (c.get(n) ?? 0) + 1), new Map<string, number>());
  const oldCounts = counts(m.a.norms);
  const newCounts = counts(m.b.norms);
  const newByNorm = new Map(m.b.norms.map((n, j) => [n, j]));
  m.a.norms.forEach((n, i) => {
    const j = newByNorm.get(n);
    if (j !== undefined && n !== '' && oldCounts.get(n) === 1 && newCounts.get(n) === 1)
      m.pair(i, j);
  });
}

/** Step 3: best-first over the scored candidates, a near one before a slightly better far one. */
function pairBestFirst(m: Matching): void {
  const { a, b } = m;
  const rel = (i: number, n: number) => (n <= 1 ? 0 : i / (n - 1));
  const candidates: { i: number; j: number; score: number; distance: number }[] = [];
  for (let i = 0; i < a.units.length; i++) {
    if (m.oldTo.has(i)) continue;
    for (let j = 0; j < b.units.length; j++) {
      if (m.newFrom.has(j)) continue;
      const score = m.score(i, j);
      if (score >= PAIR_THRESHOLD) {
        candidates.push({
          i,
          j,
          score,
          distance: Math.abs(rel(i, a.units.length) - rel(j, b.units.length)),
        });
      }
    }
  }
  const rank = (c: { score: number; distance: number }) => c.score - DISTANCE_WEIGHT * c.distance;
  candidates.sort((x, y) => rank(y) - rank(x) || x.j - y.j || x.i - y.i);
  const taken: { i: number; j: number }[] = [];
  for (const c of candidates) {
    if (m.oldTo.has(c.i) || m.newFrom.has(c.j)) continue;
    m.pair(c.i, c.j);
    taken.push({ i: c.i, j: c.j });
  }
  uncross(m, taken, rank);
}

/**
 * Step 3, crossed pairs: best-first takes the single best candidate first, which can leave two
 * near-identical articles each with the other's partner. Two pairs whose partners, exchanged,
 * rank higher together (both exchanged pairs reaching PAIR_THRESHOLD) are exchanged: the
 * readings that fit best as a whole. 人民法院组织法 2006 第二十四条 and 第二十七条 list the cases
 * that the 中级 and the 高级 courts hear in the same words; 第二十七条 (高级) is a little more
 * alike 2018 第二十三条 (中级) than 第二十一条 (高级), because the new 高级 list names the
 * 中级 courts as 2006's 中级 list named the 基层 ones, yet together 第二十四条 → 第二十三条 and
 * 第二十七条 → 第二十一条 rank higher (1.019 against 0.992).
 */
function uncross(
  m: Matching,
  taken: { i: number; j: number }[],
  rank: (c: { score: number; distance: number }) => number,
): void {
  const rel = (k: number, n: number) => (n <= 1 ? 0 : k / (n - 1));
  const ranked = (i: number, j: number) =>
    rank({
      score: m.score(i, j),
      distance: Math.abs(rel(i, m.a.units.length) - rel(j, m.b.units.length)),
    });
  for (let x = 0; x < taken.length; x++) {
    for (let y = x + 1; y < taken.length; y++) {
      const p = taken[x]!;
      const q = taken[y]!;
      if (m.score(p.i, q.j) < PAIR_THRESHOLD || m.score(q.i, p.j) < PAIR_THRESHOLD) continue;
      if (ranked(p.i, q.j) + ranked(q.i, p.j) <= ranked(p.i, p.j) + ranked(q.i, q.j)) continue;
      m.unpair(p.i, p.j);
      m.unpair(q.i, q.j);
      m.pair(p.i, q.j);
      m.pair(q.i, p.j);
      [p.j, q.j] = [q.j, p.j];
    }
  }
}

/**
 * Whether old unit `i` shares clearly more text with new unit `j` than any other old unit does
 * (PART_HOLDER_MARGIN): a part made of a stock clause that two old articles end with
 * (构成犯罪的，依法追究刑事责任) belongs to neither of them. 人民武装警察法 2020 第四十六条
 * (违反本法规定，构成犯罪的…) shares 15 shingles with 2009 第三十四条 and 13 with 第三十六条.
 */
function heldMostBy(m: Matching, j: number, i: number): boolean {
  const own = m.shared[i]![j]!;
  for (let w = 0; w < m.a.units.length; w++)
    if (w !== i && m.shared[w]![j]! >= PART_HOLDER_MARGIN * own) return false;
  return true;
}

/** Step 4: an old unit split into several new ones that together explain it clearly better. */
function pairSplits(m: Matching): void {
  const { a, b } = m;
  for (let i = 0; i < a.units.length; i++) {
    const current = m.oldTo.get(i) ?? [];
    if (current.length > 1) continue;
    const parts = withAdjacent(
      current,
      m.leftoverNew().filter((j) => b.bags[j]!.size > 0 && heldMostBy(m, j, i)),
      (j) => m.newIn(j, i),
    );
    if (parts.length === 0 || (current.length === 0 && parts.length < 2)) continue;
    const group = [...current, ...parts].sort((x, y) => x - y);
    const union = unionBag(group.map((j) => b.bags[j]!));
    const groupScore = dice(a.bags[i]!, union);
    const single = current.length ? m.score(i, current[0]!) : 0;
    // How much of the old article the parts carry, together versus alone: split parts often
    // gain new wording, which lowers Dice although the old text is now fully covered.
    const coverageGain =
      containment(a.bags[i]!, union) - (current.length ? m.oldIn(i, current[0]!) : 0);
    if (
      groupScore >= single + GROUP_GAIN ||
      coverageGain >= 1.5 * GROUP_GAIN ||
      (single < PAIR_THRESHOLD && groupScore >= PAIR_THRESHOLD)
    ) {
      for (const j of parts) m.pair(i, j);
      growNear(m, i, group);
    }
  }
}

/**
 * A split's parts stand together in the new text, with other articles' pairs and new articles
 * in between: 行政复议法 2017 第二十八条 (the decisions) became 2023 第六十一条 to 第七十条,
 * with 第六十二条 from 第三十一条 and the new 第六十七条 (无效) among them. A leftover unit at
 * most NEAR_PART_DISTANCE places from the split's units joins it when NEAR_PART_CONTAINMENT of
 * its text is the old unit's and one of its paragraphs comes from the old unit
 * (NEAR_PART_PARAGRAPH, that paragraph's best anywhere): containment alone cannot tell a part
 * that gained new grounds from a new article in the same words (第六十九条, 驳回 a claim of
 * 不履行法定职责, is 49% old words but no old sentence).
 */
function growNear(m: Matching, i: number, group: readonly number[]): void {
  const members = [...group];
  for (let grew = true; grew;) {
    grew = false;
    for (const j of m.leftoverNew()) {
      if (!members.some((k) => Math.abs(k - j) <= NEAR_PART_DISTANCE)) continue;
      if (m.newIn(j, i) < NEAR_PART_CONTAINMENT || m.paragraphFrom(i, j) < NEAR_PART_PARAGRAPH)
        continue;
      m.pair(i, j);
      members.push(j);
      grew = true;
    }
  }
}

/** Step 4, split-offs: new units made of the old text that an old unit's one partner dropped. */
function pairSplitOffs(m: Matching): void {
  for (let i = 0; i < m.a.units.length; i++) {
    const current = m.oldTo.get(i) ?? [];
    if (current.length !== 1 || (m.newFrom.get(current[0]!) ?? []).length > 1) continue;
    // Same text, same bag: the partner dropped nothing.
    if (m.a.norms[i] === m.b.norms[current[0]!]) continue;
    const dropped = subtractBag(m.a.bags[i]!, m.b.bags[current[0]!]!);
    const shared = (j: number, w: number) => m.shared[w]![j]!;
    for (const j of splitOffs(dropped, i, m.leftoverNew(), m.b.bags, m.a.bags.length, shared))
      if (!aloneElsewhere(m, j, i, 'new')) m.pair(i, j);
  }
}

/**
 * Whether a leftover unit of the whole's side is more alike `part` (a unit of the other side)
 * than `whole` by distinctive words: then `part` is that unit's text rewritten, not a part of
 * `whole`. 公司法 2023 第一百七十一条 (国有独资公司章程由履行出资人职责的机构制定) holds more plain
 * words of 2018 第六十四条 (国有独资公司, 履行出资人职责) but is 第六十五条 (国有独资公司章程由…制定).
 */
function aloneElsewhere(m: Matching, part: number, whole: number, side: 'old' | 'new'): boolean {
  const { oldRow, newRow } = m.weighted();
  const row = side === 'new' ? newRow(part) : oldRow(part);
  const others = side === 'new' ? m.leftoverOld() : m.leftoverNew();
  return others.some((w) => row[w]! > row[whole]!);
}

/** Step 4, the mirror of splits: several old units merged into one new unit. */
function pairMerges(m: Matching): void {
  const { a, b } = m;
  for (let j = 0; j < b.units.length; j++) {
    const current = m.newFrom.get(j) ?? [];
    if (current.length !== 1 || (m.oldTo.get(current[0]!) ?? []).length > 1) continue;
    const parts = withAdjacent(
      current,
      m.leftoverOld().filter((i) => a.bags[i]!.size > 0),
      (i) => m.oldIn(i, j),
    );
    if (parts.length === 0) continue;
    const group = [...current, ...parts].sort((x, y) => x - y);
    const union = unionBag(group.map((i) => a.bags[i]!));
    const groupScore = dice(union, b.bags[j]!);
    const coverageGain = containment(b.bags[j]!, union) - m.newIn(j, current[0]!);
    if (groupScore >= m.score(current[0]!, j) + GROUP_GAIN || coverageGain >= 1.5 * GROUP_GAIN)
      for (const i of parts) m.pair(i, j);
  }
}

/** Step 4, the mirror of split-offs: old units whose text a new unit gained beyond its partner's. */
function pairMergeOffs(m: Matching): void {
  for (let j = 0; j < m.b.units.length; j++) {
    const current = m.newFrom.get(j) ?? [];
    if (current.length !== 1 || (m.oldTo.get(current[0]!) ?? []).length > 1) continue;
    if (m.b.norms[j] === m.a.norms[current[0]!]) continue;
    const dropped = subtractBag(m.b.bags[j]!, m.a.bags[current[0]!]!);
    const shared = (i: number, w: number) => m.shared[i]![w]!;
    for (const i of splitOffs(dropped, j, m.leftoverOld(), m.a.bags, m.b.bags.length, shared))
      if (!aloneElsewhere(m, i, j, 'old')) m.pair(i, j);
  }
}

/**
 * Step 5, gaps: an old and a new unit left over between the same matched neighbours (the same
 * "gap" of both texts) that still resemble each other are one article rewritten, e.g. a final
 * article whose commencement date and repeal list both changed.
 */
function pairWithinGaps(m: Matching): void {
  const { a, b } = m;
  const matchedOldOf = (j: number) => m.newFrom.get(j)?.[0];
  for (let i = 0; i < a.units.length; i++) {
    if (m.oldTo.has(i)) continue;
    let lo = -1;
    for (let k = i - 1; k >= 0; k--)
      if (m.oldTo.has(k)) {
        lo = Math.max(...m.oldTo.get(k)!);
        break;
      }
    let hi = b.units.length;
    for (let k = i + 1; k < a.units.length; k++)
      if (m.oldTo.has(k)) {
        hi = Math.min(...m.oldTo.get(k)!);
        break;
      }
    // Among the candidates alike enough, the one sharing the most distinctive words: a short
    // new article made of a stock clause (构成犯罪的，依法追究刑事责任) lies mostly within many
    // old ones, and so scores high on plain words against any of them.
    let best = -1;
    let bestScore = -1;
    for (let j = lo + 1; j < hi; j++) {
      if (m.newFrom.has(j) || matchedOldOf(j) !== undefined) continue;
      const sc = Math.max(m.score(i, j), (m.oldIn(i, j) + m.newIn(j, i)) / 2);
      if (sc < GAP_THRESHOLD) continue;
      const distinctive = m.weighted().pair(i, j);
      if (distinctive >= bestScore) {
        best = j;
        bestScore = distinctive;
      }
    }
    // Plain words shared with a neighbour's topic are not enough: the gap's pair must share
    // some distinctive words too (CONTEXT_PAIR). 反不正当竞争法 1993 第十六条 (县级以上监督检查
    // 部门…可以进行监督检查) holds most of its words in 2017 第十三条 (监督检查部门调查…可以采取
    // 下列措施) beside it, but nothing of its own: its subject went to 第四条.
    if (best >= 0 && bestScore >= CONTEXT_PAIR) m.pair(i, best);
  }
}

/**
 * Step 5, kept within: a leftover unit whose text lives on almost whole inside a leftover unit
 * of the other side (each the other's best such match) is that unit, grown or cut down
 * wherever it now stands: 行政复议法 2017 第二十四条 (被申请人不得自行收集证据) is the first
 * sentence of 2023 第四十六条, which gained a second paragraph. Dice is low because one text is
 * several times longer, so the earlier steps miss it.
 */
function pairKeptWithin(m: Matching): void {
  const kept = (i: number, j: number) => {
    const x = m.a.bags[i]!;
    const y = m.b.bags[j]!;
    return Math.min(x.size, y.size) < SPLIT_OFF_MIN_SIZE
      ? 0
      : Math.max(m.oldIn(i, j), m.newIn(j, i));
  };
  const bestOf = <T>(items: readonly T[], value: (t: T) => number) =>
    items.reduce<T | undefined>(
      (best, t) => (best === undefined || value(t) > value(best) ? t : best),
      undefined,
    );
  for (const i of m.leftoverOld()) {
    const j = bestOf(m.leftoverNew(), (k) => kept(i, k));
    if (
      j === undefined ||
      kept(i, j) < KEPT_WITHIN ||
      bestOf(m.leftoverOld(), (k) => kept(k, j)) !== i
    )
      continue;
    m.pair(i, j);
  }
}

/** The old and new units linked to new unit `j`, directly or through other links. */
function groupOf(m: Matching, j: number): { from: number[]; to: number[] } {
  const from = new Set<number>();
  const to = new Set<number>([j]);
  const queue = [j];
  while (queue.length) {
    for (const i of m.newFrom.get(queue.pop()!) ?? []) {
      if (from.has(i)) continue;
      from.add(i);
      for (const k of m.oldTo.get(i) ?? []) {
        if (to.has(k)) continue;
        to.add(k);
        queue.push(k);
      }
    }
  }
  const sorted = (xs: Set<number>) => [...xs].sort((x, y) => x - y);
  return { from: sorted(from), to: sorted(to) };
}

/**
 * Step 6: the changes in new-document order (insertions, merges, splits, one-to-one pairs).
 * A group of several old and several new units is `merged` when it has one new unit,
 * `split` when it has one old unit, and `merged` (from several, into several) otherwise.
 */
function buildChanges(m: Matching): Alignment[] {
  const { a, b } = m;
  const changes: Alignment[] = [];
  const seenNew = new Set<number>();
  for (let j = 0; j < b.units.length; j++) {
    if (seenNew.has(j)) continue;
    if (!m.newFrom.has(j)) {
      changes.push({
        type: 'inserted',
        from: [],
        to: [j],
        similarity: 0,
        moved: false,
        renumbered: false,
      });
      continue;
    }
    const { from, to } = groupOf(m, j);
    to.forEach((k) => seenNew.add(k));
    if (from.length > 1 || to.length > 1) {
      const sim = dice(unionBag(from.map((i) => a.bags[i]!)), unionBag(to.map((k) => b.bags[k]!)));
      changes.push({
        type: to.length > 1 && from.length === 1 ? 'split' : 'merged',
        from,
        to,
        similarity: sim,
        moved: false,
        renumbered: false,
      });
      continue;
    }
    const i = from[0]!;
    const same = a.units[i]!.text === b.units[j]!.text || a.exact(i) === b.exact(j);
    changes.push({
      type: same ? 'unchanged' : 'modified',
      from: [i],
      to: [j],
      similarity: same ? 1 : m.score(i, j),
      moved: false,
      renumbered: a.units[i]!.label !== b.units[j]!.label,
    });
  }
  return changes;
}

/** Every old unit left unpaired is deleted, placed after the change holding its nearest earlier old unit. */
function insertDeletions(m: Matching, changes: Alignment[]): void {
  const paired = new Set(changes.flatMap((c) => c.from));
  for (let i = 0; i < m.a.units.length; i++) {
    if (paired.has(i)) continue;
    const deletion: Alignment = {
      type: 'deleted',
      from: [i],
      to: [],
      similarity: 0,
      moved: false,
      renumbered: false,
    };
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const idx = changes.findIndex((c) => c.from.includes(k));
      if (idx >= 0) {
        at = idx + 1;
        break;
      }
    }
    changes.splice(at, 0, deletion);
  }
}

/** A unit's paragraphs (its children's texts, or its own text when it has none), as bags. */
function paragraphBags(unit: Unit, cache: TextCache): ShingleBag[] {
  return pieceTexts(unit, cache.language).map((t) => cache.bag(t));
}

/** The texts paragraphBags shingles: Chinese paragraphs split after 。 and ；, in order. */
function pieceTexts(unit: Unit, language: string): string[] {
  const texts = unit.node.children.length ? unit.node.children.map(plainText) : [unit.text];
  return language === 'zh' ? texts.flatMap((t) => t.split(/(?<=[。；])/u)) : texts;
}

/** How well paragraph `x` lives on as `y`: Dice, or mean containment when one grew or shrank. */
export function paragraphScore(x: number, y: number, shared: number): number {
  if (Math.min(x, y) < PARAGRAPH_MIN_SIZE) return 0;
  const dice = x + y === 0 ? 1 : (2 * shared) / (x + y);
  const contained = ((x === 0 ? 1 : shared / x) + (y === 0 ? 1 : shared / y)) / 2;
  return Math.max(dice, contained);
}

interface Paragraphs {
  unit: number[];
  bags: ShingleBag[];
  index: OverlapIndex;
}

function paragraphsOf(units: Unit[], cache: TextCache): Paragraphs {
  const unit: number[] = [];
  const bags: ShingleBag[] = [];
  units.forEach((u, k) => {
    for (const bag of paragraphBags(u, cache)) {
      unit.push(k);
      bags.push(bag);
    }
  });
  return { unit, bags, index: overlapIndex(bags, cache) };
}

/**
 * The first paragraph of `others` with the highest score above 0 against `bag`, or -1 when
 * there is none or a paragraph of another unit scores as high: a stock sentence (构成犯罪的，
 * 依法追究刑事责任) found in several articles says nothing about where a text went.
 */
function bestParagraph(bag: ShingleBag, others: Paragraphs): { at: number; score: number } {
  const shared = overlapsWith(bag, others.index);
  let at = -1;
  let score = 0;
  let tied = false;
  for (let k = 0; k < others.bags.length; k++) {
    const sc = paragraphScore(bag.size, others.bags[k]!.size, shared[k]!);
    if (sc === score && at >= 0 && others.unit[k] !== others.unit[at]) tied = true;
    if (sc <= score) continue;
    at = k;
    score = sc;
    tied = false;
  }
  return tied ? { at: -1, score: 0 } : { at, score };
}

interface ParagraphLinks {
  olds: Paragraphs;
  news: Paragraphs;
  /** The best new paragraph for old paragraph k, and the mirror; memoised. */
  bestNewFor: (k: number) => { at: number; score: number };
  bestOldFor: (k: number) => { at: number; score: number };
}

function paragraphLinks(oldUnits: Unit[], newUnits: Unit[], cache: TextCache): ParagraphLinks {
  const olds = paragraphsOf(oldUnits, cache);
  const news = paragraphsOf(newUnits, cache);
  const memo = (from: Paragraphs, to: Paragraphs) => {
    const found = new Map<number, { at: number; score: number }>();
    return (k: number) => {
      let b = found.get(k);
      if (!b) found.set(k, (b = bestParagraph(from.bags[k]!, to)));
      return b;
    };
  };
  return { olds, news, bestNewFor: memo(olds, news), bestOldFor: memo(news, olds) };
}

/**
 * Step 7: links of leftover units through their paragraphs (see the header). A link needs the
 * two paragraphs to be each other's best anywhere in the texts, so a paragraph already
 * carried by a closer pair is never claimed twice.
 */
function linkParagraphs(m: Matching): void {
  const leftOld = m.leftoverOld();
  const leftNew = m.leftoverNew();
  if (leftOld.length === 0 && leftNew.length === 0) return;
  const { olds, news, bestNewFor, bestOldFor } = m.paragraphs();
  const links: [number, number][] = [];
  const oldLeft = new Set(leftOld);
  const newLeft = new Set(leftNew);
  // Only paragraphs of leftover units look for a partner: O(leftover × all), not all × all.
  olds.unit.forEach((unit, k) => {
    if (!oldLeft.has(unit)) return;
    const q = bestNewFor(k);
    if (q.at >= 0 && q.score >= PARAGRAPH_THRESHOLD && bestOldFor(q.at).at === k)
      links.push([unit, news.unit[q.at]!]);
  });
  news.unit.forEach((unit, k) => {
    if (!newLeft.has(unit)) return;
    const p = bestOldFor(k);
    if (p.at >= 0 && p.score >= PARAGRAPH_THRESHOLD && bestNewFor(p.at).at === k)
      links.push([olds.unit[p.at]!, unit]);
  });
  for (const [i, j] of links) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
}

/**
 * Step 7, sources: a leftover unit whose paragraphs come from several units of the other side
 * (each paragraph's best anywhere, SOURCE_PARAGRAPH), standing together (at most
 * NEAR_PART_DISTANCE apart), that together hold most of it (SOURCE_CONTAINMENT) is made of them: 行政复议法 2023 第二十四条 (the jurisdiction of local
 * governments) gathers 2017 第十二条, 第十三条, 第十四条 and 第十五条, none of which it holds
 * alone well enough for the steps above.
 */
function linkParagraphSources(m: Matching): void {
  const leftOld = m.leftoverOld();
  const leftNew = m.leftoverNew();
  if (leftOld.length === 0 && leftNew.length === 0) return;
  const { olds, news, bestNewFor, bestOldFor } = m.paragraphs();
  const sourcesOf = (
    own: Paragraphs,
    other: Paragraphs,
    best: (k: number) => { at: number; score: number },
    unit: number,
  ) => {
    const sources = new Set<number>();
    own.unit.forEach((u, k) => {
      if (u !== unit) return;
      const p = best(k);
      if (p.at >= 0 && p.score >= SOURCE_PARAGRAPH) sources.add(other.unit[p.at]!);
    });
    const sorted = [...sources].sort((x, y) => x - y);
    // Parts of one whole stand together (see growNear); sources far apart are borrowed words.
    return sorted.every((x, k) => k === 0 || x - sorted[k - 1]! <= NEAR_PART_DISTANCE)
      ? sorted
      : [];
  };
  for (const j of leftNew) {
    if (m.newFrom.has(j)) continue;
    const from = sourcesOf(news, olds, bestOldFor, j);
    if (from.length < 2) continue;
    const held = containment(m.b.bags[j]!, unionBag(from.map((i) => m.a.bags[i]!)));
    if (held >= SOURCE_CONTAINMENT) for (const i of from) m.pair(i, j);
  }
  for (const i of leftOld) {
    if (m.oldTo.has(i)) continue;
    const to = sourcesOf(olds, news, bestNewFor, i);
    if (to.length < 2) continue;
    const held = containment(m.a.bags[i]!, unionBag(to.map((j) => m.b.bags[j]!)));
    if (held >= SOURCE_CONTAINMENT) for (const j of to) m.pair(i, j);
  }
}

/**
 * Candidates that qualify as parts of a group: those mostly contained in the other side, and,
 * growing outwards from the group, neighbours that are contained at least in part.
 */
function withAdjacent(
  group: readonly number[],
  leftovers: readonly number[],
  contained: (k: number) => number,
): number[] {
  const parts = new Set(leftovers.filter((k) => contained(k) >= PART_CONTAINMENT));
  const members = new Set([...group, ...parts]);
  for (let grew = true; grew;) {
    grew = false;
    for (const k of leftovers) {
      if (parts.has(k) || !(members.has(k - 1) || members.has(k + 1))) continue;
      if (contained(k) >= ADJACENT_PART_CONTAINMENT) {
        parts.add(k);
        members.add(k);
        grew = true;
      }
    }
  }
  return [...parts].sort((x, y) => x - y);
}

/**
 * Leftover units made mostly (SPLIT_OFF_SHARE) of `dropped`, the text of unit `whole` that its
 * partner no longer carries, and sharing no more text with any other unit of the whole's side.
 */
function splitOffs(
  dropped: ShingleBag,
  whole: number,
  leftovers: readonly number[],
  partBags: readonly ShingleBag[],
  wholes: number,
  shared: (part: number, whole: number) => number,
): number[] {
  if (dropped.size === 0) return [];
  return leftovers.filter((k) => {
    const part = partBags[k]!;
    if (part.size < SPLIT_OFF_MIN_SIZE || overlap(part, dropped) < SPLIT_OFF_SHARE * part.size)
      return false;
    const own = shared(k, whole);
    for (let w = 0; w < wholes; w++) if (w !== whole && shared(k, w) > own) return false;
    return true;
  });
}

/** One-to-one pairs outside the longest order-preserving run are `moved`. */
function markMoved(changes: Alignment[]): void {
  const pairs = changes.filter((c) => c.from.length >= 1 && c.to.length >= 1);
  const seq = pairs.map((c) => Math.min(...c.from));
  // Longest increasing subsequence, O(n log n), keeping predecessor links.
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let k = 0; k < seq.length; k++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[k]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const keep = new Set<number>();
  for (let k = tails.at(-1) ?? -1; k >= 0; k = prev[k]!) keep.add(k);
  pairs.forEach((c, k) => {
    if (!keep.has(k)) c.moved = true;
  });
}

interface Distinctive {
  idf: Weights;
  /** Weighted Dice of old unit i against every new unit, and the mirror; memoised. */
  oldRow: (i: number) => Float64Array;
  newRow: (j: number) => Float64Array;
  /** Weighted Dice of old unit i and new unit j alone: a candidate is checked before a row. */
  pair: (i: number, j: number) => number;
}

function distinctiveScores(
  oldBags: readonly ShingleBag[],
  newBags: readonly ShingleBag[],
  cache: TextCache,
): Distinctive {
  const idf = inverseFrequencies([oldBags, newBags], cache.vocabularySize);
  const oldSizes = oldBags.map((b) => weightedSize(b, idf));
  const newSizes = newBags.map((b) => weightedSize(b, idf));
  // Rows are asked for leftovers only; the index of the other side is built on the first.
  const rows = (
    from: readonly ShingleBag[],
    fromSizes: number[],
    to: readonly ShingleBag[],
    toSizes: number[],
  ) => {
    let index: OverlapIndex | undefined;
    const found = new Map<number, Float64Array>();
    return (k: number) => {
      let row = found.get(k);
      if (row) return row;
      index ??= overlapIndex(to, cache);
      row = weightedOverlapsWith(from[k]!, index, idf);
      for (let q = 0; q < to.length; q++) {
        const size = fromSizes[k]! + toSizes[q]!;
        row[q] = size === 0 ? 0 : (2 * row[q]!) / size;
      }
      found.set(k, row);
      return row;
    };
  };
  return {
    idf,
    oldRow: rows(oldBags, oldSizes, newBags, newSizes),
    newRow: rows(newBags, newSizes, oldBags, oldSizes),
    pair: (i, j) => {
      const size = oldSizes[i]! + newSizes[j]!;
      return size === 0 ? 0 : (2 * weightedOverlap(oldBags[i]!, newBags[j]!, idf)) / size;
    },
  };
}

interface SentenceMatches {
  /** The old sentence's most alike new sentence (`at` -1 if none), and the mirror. */
  bestNew: (k: number) => { at: number; score: number };
  bestOld: (k: number) => { at: number; score: number };
}

function sentenceMatches({ olds, news }: ParagraphLinks, idf: Weights): SentenceMatches {
  const finder = (from: Paragraphs, to: Paragraphs) => {
    const sizes = to.bags.map((b) => weightedSize(b, idf));
    const found = new Map<number, { at: number; score: number }>();
    return (k: number) => {
      let best = found.get(k);
      if (best) return best;
      best = { at: -1, score: 0 };
      const bag = from.bags[k]!;
      if (bag.size >= PARAGRAPH_MIN_SIZE) {
        const own = weightedSize(bag, idf);
        const shared = weightedOverlapsWith(bag, to.index, idf);
        for (let q = 0; q < to.bags.length; q++) {
          if (to.bags[q]!.size < PARAGRAPH_MIN_SIZE || own + sizes[q]! === 0) continue;
          const score = (2 * shared[q]!) / (own + sizes[q]!);
          if (score > best.score) best = { at: q, score };
        }
      }
      found.set(k, best);
      return best;
    };
  };
  return { bestNew: finder(olds, news), bestOld: finder(news, olds) };
}

/** The first index of the highest value (-1 for an empty or all-zero row). */
export function argMax(row: Float64Array): number {
  let at = -1;
  let best = 0;
  row.forEach((v, k) => {
    if (v > best) {
      at = k;
      best = v;
    }
  });
  return at;
}

/**
 * Step 8, context: an old unit still leftover pairs with a leftover new unit standing among
 * the partners of its nearest paired neighbours (one place beyond them either way) when
 * each is the other's most alike unit in the *whole* other text by distinctive words
 * (Dice over IDF-weighted shingles, distinctive.ts), from CONTEXT_PAIR: 行政复议法 2017
 * 第二十二条 (书面审查, 听取…意见) is 2023 第四十九条 (听取当事人的意见, 书面审理), beside
 * 第四十八条 from its neighbour 第二十三条. Plain Dice is low (0.21) and a stock phrase
 * (认为有必要) ties it with 第五十条; weighting rare words and asking for the context lets
 * a rewritten article pair without lowering the bar elsewhere: 2017 第十八条 is as alike to
 * the new 第三十一条 in plain words, but its most distinctive match (第六十条) is far away.
 * The old unit's most alike new unit may be another one when its partners hold that one better
 * (bestLeftToItsPartners).
 */
function pairInContext(m: Matching): void {
  const leftNew = new Set(m.leftoverNew());
  if (leftNew.size === 0) return;
  for (const i of m.leftoverOld()) {
    if (m.a.bags[i]!.size === 0) continue;
    const [lo, hi] = contextOf(m, i);
    const window = [...leftNew].filter((j) => j >= lo && j <= hi);
    if (window.length === 0) continue;
    const { oldRow, newRow, pair } = m.weighted();
    // The best in the window must reach CONTEXT_PAIR before the whole texts are searched.
    const j = window.reduce((best, k) => (pair(i, k) > pair(i, best) ? k : best));
    if (pair(i, j) < CONTEXT_PAIR || argMax(newRow(j)) !== i) continue;
    // Between its neighbours' partners (not one place beyond them), the slot vouches for more.
    const inSlot = j > lo + 1 && j < hi - 1;
    const floor = inSlot ? SLOT_CONTAINMENT : NEAR_PART_CONTAINMENT;
    if (argMax(oldRow(i)) !== j && !bestLeftToItsPartners(m, i, j, floor)) continue;
    // One place beyond them, the field's words are not enough: the pair needs one of its own.
    if (!inSlot && !sharesOwnWord(m, i, j)) continue;
    m.pair(i, j);
    leftNew.delete(j);
  }
}

/**
 * Whether leftover old unit `i` may take new unit `j` in context (pairInContext) although `j` is
 * not its most alike new unit: every new unit more alike `i` is paired, and each of its partners
 * is more alike it than `i` is (that unit is rightly theirs), and `j` holds `floor` (by default
 * NEAR_PART_CONTAINMENT) or more of `i`'s text. 国防教育法 2018 第三条 (使公民增强国防观念，掌握
 * 基本的国防知识…自觉履行国防义务) is the end of 2024 第三条 (…使全体公民增强国防观念…依法履行国防
 * 义务, after a new 指导思想 clause), which is most alike it; by distinctive words it is a little
 * more alike 2024 第十五条 (…具备基本的国防观念), which 2018 第十五条 holds far better.
 * A new unit standing between the partners of the old unit's paired neighbours (the same slot)
 * needs only SLOT_CONTAINMENT: 上海市推进国际金融中心建设条例 2009 第三条 (建设方向: 以金融市场体系
 * 建设为核心…国际金融中心) is 2024 第三条 (现代金融体系建设, 人民币资产全球配置中心), between 第二条
 * (from 第二条) and 第五条 (from 第四条), rewritten so that it keeps 0.29 of the old text; the old
 * article is a little more alike 第五条 and 第二条, which their partners hold better.
 */
function bestLeftToItsPartners(
  m: Matching,
  i: number,
  j: number,
  floor = NEAR_PART_CONTAINMENT,
): boolean {
  if (m.oldIn(i, j) < floor) return false;
  const { oldRow } = m.weighted();
  const row = oldRow(i);
  for (let k = 0; k < row.length; k++) {
    if (k === j || row[k]! <= row[j]!) continue;
    const from = m.newFrom.get(k);
    if (!from || !from.every((p) => oldRow(p)[k]! > row[k]!)) return false;
  }
  return true;
}

/**
 * The new units among the partners of old unit `i`'s nearest paired neighbours, one place beyond
 * them either way, as [first, last]: where a leftover old unit would stand in the new text.
 */
function contextOf(m: Matching, i: number): [number, number] {
  const partnersNear = (step: number) => {
    for (let k = i + step; k >= 0 && k < m.a.units.length; k += step) {
      const to = m.oldTo.get(k);
      if (to) return to;
    }
    return step < 0 ? [-1] : [m.b.units.length];
  };
  const around = [...partnersNear(-1), ...partnersNear(1)];
  return [Math.min(...around) - 1, Math.max(...around) + 1];
}

/**
 * Whether old unit `i` and new unit `j` share a word of their own: a shingle that one of the two
 * texts has in that unit alone (unitFrequencies). A pair that only its position and the field's
 * common words vouch for (监督检查部门, 工作人员, 父母或者其他监护人, words in many articles of both
 * texts) is two articles of one field, not one article rewritten: 反不正当竞争法 1993 第十八条
 * (监督检查部门工作人员…应当出示检查证件) is deleted and 2017 第十五条 (监督检查部门及其工作人员对
 * 调查过程中知悉的商业秘密负有保密义务) new, one place beyond the partners of 第十八条's neighbours;
 * 北京市未成年人保护条例 2016 第十七条 (父母…应当教育制止…夜不归宿) and 2023 第四十七条 (公安机关…
 * 带离危险环境), whose sentences are each the other's best by the stock 父母或者其他监护人 alone.
 * An article rewritten mostly keeps a word no other article of one text has: 职业教育法 1996
 * 第二十三条 (…应当实行产教结合) is 2022 第四十条 (…应当注重产教融合), 产教 in that old article
 * alone. Between the partners of the old unit's neighbours the slot vouches without it: 国防教育法
 * 2018 第十二条 (国家设立全民国防教育日) is 2024 第十二条 (每年九月的第三个星期六为全民国防教育日).
 */
function sharesOwnWord(m: Matching, i: number, j: number): boolean {
  const [inOld, inNew] = m.unitFrequencies();
  const own = new Set<number>();
  const x = m.a.bags[i]!;
  for (let k = 0; k < x.ids.length; k++) own.add(x.ids[k]!);
  const y = m.b.bags[j]!;
  for (let k = 0; k < y.ids.length; k++) {
    const id = y.ids[k]!;
    if (own.has(id) && (inOld[id] === 1 || inNew[id] === 1)) return true;
  }
  return false;
}

/**
 * Step 8, a sentence in the region: an old unit still leftover pairs with a leftover new unit
 * in the region where the old units around it (REGION_NEIGHBOURS either side) went, when a
 * sentence of each is the other's most alike sentence in the whole other text by distinctive
 * words (from REGION_SENTENCE): 行政复议法 2017 第二十五条 (撤回…行政复议终止) is 2023 第四十一条,
 * whose first item is the withdrawal, beside 第四十二条 from 2017 第二十一条. The same words in
 * 第七十四条 (撤回 after 和解) stand far from that region, and 2017 第十八条's best sentence,
 * in 第六十条, is far from its neighbours' partners. Whole articles outweigh a sentence alike by
 * a stock opening (alikeElsewhere).
 */
function pairSentenceInRegion(m: Matching): void {
  const leftNew = new Set(m.leftoverNew());
  if (leftNew.size === 0) return;
  for (const i of m.leftoverOld()) {
    const near: number[] = [];
    for (let k = i - REGION_NEIGHBOURS; k <= i + REGION_NEIGHBOURS; k++)
      near.push(...(m.oldTo.get(k) ?? []));
    if (near.length === 0) continue;
    const lo = Math.min(...near) - 1;
    const hi = Math.max(...near) + 1;
    if (![...leftNew].some((j) => j >= lo && j <= hi)) continue;
    const { olds, news } = m.paragraphs();
    const { bestNew, bestOld } = m.weightedSentences();
    olds.unit.some((unit, k) => {
      if (unit !== i) return false;
      const q = bestNew(k);
      const j = q.at < 0 ? -1 : news.unit[q.at]!;
      if (q.score < REGION_SENTENCE || j < lo || j > hi || !leftNew.has(j)) return false;
      if (bestOld(q.at).at !== k) return false;
      const plain = m.paragraphs().bestNewFor(k);
      if (plain.at >= 0 && alikeElsewhere(m, i, j, news.unit[plain.at]!, leftNew)) return true;
      if (!sharesOwnWord(m, i, j)) return true;
      m.pair(i, j);
      leftNew.delete(j);
      return true;
    });
  }
}

/**
 * Whether leftover old unit `i` and another leftover new unit are each the other's most alike
 * unit by distinctive words, and `j` is clearly less alike `i` (at most PART_HOLDER_MARGIN as
 * much): a sentence of `i` most alike one of `j` through a stock opening is weaker evidence than
 * the whole articles. 上海市推进国际金融中心建设条例 2009 第十五条 (市人民政府及其有关部门应当支持
 * 金融行业协会发挥规范、协调、服务、自律等作用) is 2024 第六十四条 (…支持金融领域相关行业自律组织
 * 服务行业发展、规范市场秩序、完善自律机制), its mutual most alike; its one sentence is most alike by
 * distinctive words the opening of the new 第三十一条 (市人民政府及其有关部门支持股权投资集聚区建设),
 * in its region, for the stock opening alone.
 */
function alikeElsewhere(
  m: Matching,
  i: number,
  j: number,
  plainBest: number,
  leftNew: ReadonlySet<number>,
): boolean {
  const { oldRow, newRow } = m.weighted();
  const k = argMax(oldRow(i));
  if (k < 0 || k === j || k !== plainBest || !leftNew.has(k) || argMax(newRow(k)) !== i)
    return false;
  return oldRow(i)[j]! <= PART_HOLDER_MARGIN * oldRow(i)[k]!;
}

/**
 * Step 8, beside the parts: a leftover unit right next to a partner of the unit it is most
 * like by distinctive words, holding at least BESIDE_SHARE of the distinctive text that the
 * partner(s) dropped, is split off from it: 立法法 2015 第三条's
 * 以经济建设为中心…坚持改革开放 became the new 第四条 beside 第三条, which kept the rest;
 * 第九十九条's third paragraph (主动审查) opens 第一百一十一条 beside 第一百一十条. The part
 * gained new text of its own, so its share of old text is below SPLIT_OFF_SHARE. Splits only:
 * an old article beside a merge's parts that lent it one phrase (北京 2017 第七条's
 * 遵循和把握客观规律, now in 2023 第八条) is still, for a reader, an article deleted.
 * The partners must leave a sentence of the whole (one of PARAGRAPH_MIN_SIZE or more that
 * they hold less than PART_CONTAINMENT of): words dropped here and there are no part.
 * 农产品质量安全法 2018 第三十六条 (复检) is 2022 第五十一条, which carries three quarters or
 * more of each of its sentences; the new 第五十条 beside it (快速检测方法 for 监督抽查) took the
 * words 国务院…会同有关部门认定的 that 第五十一条 left out, and is a new article. 立法法 2015
 * 第三条's one sentence is half carried by 2023 第三条; 第九十九条's 主动审查 sentence, 0.56.
 */
function pairBesideParts(m: Matching): void {
  for (const j of m.leftoverNew()) {
    if (m.b.bags[j]!.size < SPLIT_OFF_MIN_SIZE) continue;
    // The whole must be the partner of a neighbour: those few are checked before a row.
    const wholes = [...(m.newFrom.get(j - 1) ?? []), ...(m.newFrom.get(j + 1) ?? [])];
    if (wholes.length === 0) continue;
    const { idf, newRow } = m.weighted();
    const fits = wholes.filter((w) => {
      const current = m.oldTo.get(w)!;
      const union = unionBag(current.map((p) => m.b.bags[p]!));
      const dropped = subtractBag(m.a.bags[w]!, union);
      // A few words dropped (公司法 2018 第一百八十八条's 公告公司终止) are no part to split off.
      if (dropped.size < SPLIT_OFF_MIN_SIZE) return false;
      const size = weightedSize(dropped, idf);
      if (size === 0 || weightedOverlap(dropped, m.b.bags[j]!, idf) < BESIDE_SHARE * size)
        return false;
      // Words dropped here and there are no part either: the partners must leave a sentence.
      const { olds } = m.paragraphs();
      return olds.unit.some(
        (u, k) =>
          u === w &&
          olds.bags[k]!.size >= PARAGRAPH_MIN_SIZE &&
          containment(olds.bags[k]!, union) < PART_CONTAINMENT,
      );
    });
    if (fits.length === 0) continue;
    const i = argMax(newRow(j));
    if (fits.includes(i)) m.pair(i, j);
  }
}

/**
 * Step 8, alike anywhere: an old unit still leftover and a leftover new unit, each the other's
 * most alike unit in the whole other text by distinctive words, pair from FAR_PAIR once the
 * distance between their relative positions is taken off as in step 3 (DISTANCE_WEIGHT). No
 * neighbour vouches for them: 公司法 2018 第二十九条 (报送公司登记申请书…) is 2023 第三十条 in
 * the new 第二章 公司登记, an inserted chapter with no old neighbour paired into it. The
 * distance keeps out a pair alike only in its topic across the text: 行政复议法 2017 第十八条
 * (转送, 七日) is most alike 2023 第六十条 (六十日内…转送), a quarter of the text away, and was
 * dropped.
 */
function pairAlikeAnywhere(m: Matching): void {
  pairMutualBests(
    m,
    (i, j) => m.weighted().pair(i, j) - DISTANCE_WEIGHT * positionDistance(m, i, j) >= FAR_PAIR,
  );
}

/**
 * Step 8's pairings anywhere in the texts (pairAlikeAnywhere, pairAlikeBySentence,
 * pairAlikeByMargin): each old unit still leftover pairs with its most alike new unit by
 * distinctive words when that one is leftover too, most alike it in turn, and `accept` agrees.
 */
function pairMutualBests(m: Matching, accept: (i: number, j: number) => boolean): void {
  const leftNew = new Set(m.leftoverNew());
  if (leftNew.size === 0) return;
  for (const i of m.leftoverOld()) {
    if (m.a.bags[i]!.size === 0) continue;
    const { oldRow, newRow } = m.weighted();
    const j = argMax(oldRow(i));
    if (j < 0 || !leftNew.has(j) || argMax(newRow(j)) !== i || !accept(i, j)) continue;
    m.pair(i, j);
    leftNew.delete(j);
  }
}

/** How far apart old unit `i` and new unit `j` stand in their texts, as shares of each (step 3). */
function positionDistance(m: Matching, i: number, j: number): number {
  const rel = (k: number, n: number) => (n <= 1 ? 0 : k / (n - 1));
  return Math.abs(rel(i, m.a.units.length) - rel(j, m.b.units.length));
}

/**
 * Step 8, alike anywhere by a sentence: an old unit still leftover and a leftover new unit, each
 * the other's most alike unit in the whole other text by distinctive words, pair however far
 * apart they stand when a sentence of each is the other's most alike sentence both in plain
 * words (SOURCE_PARAGRAPH or more) and in distinctive ones (REGION_SENTENCE or more): the old
 * article moved to another chapter and was rewritten around a sentence it kept. 科学技术普及法
 * 2002 第二十九条 (对在科普工作中做出重要贡献的组织和个人予以表彰和奖励), in 保障措施, is 2024
 * 第十三条 (…做出突出贡献的组织和个人…给予表彰、奖励) in 总则; 职业教育法 1996 第三十三条
 * (职业学校、职业培训机构举办企业…的收入应当主要用于发展职业教育) is 2022 第四十一条 (…举办企业、
 * 开展经营活动取得的收入用于改善办学条件). Units that both cite articles of their own text
 * must cite a pair: 行政复议法 2017 第十八条 (依照本法第十五条第二款…转送) shares its 接受转送的…
 * sentence with 2023 第六十条 (依照本法第五十六条、第五十七条的规定接受转送的…), which follows the
 * articles that 2017 第二十六条 and 第二十七条 became, not 第十五条's.
 */
function pairAlikeBySentence(m: Matching): void {
  pairMutualBests(m, (i, j) => shareBestSentence(m, i, j) && citeAPair(m, i, j));
}

/** The highest value of `row` but the one at `best` (0 if none). */
function secondBest(row: Float64Array, best: number): number {
  let second = 0;
  for (let q = 0; q < row.length; q++) if (q !== best && row[q]! > second) second = row[q]!;
  return second;
}

/**
 * Step 8, alike anywhere by a clear margin: an old unit still leftover and a leftover new unit,
 * each the other's most alike unit in the whole other text by distinctive words, pair from the
 * lower bar MARGIN_PAIR (their Dice less the distance in position, as in pairAlikeAnywhere)
 * when they score CLEAR_MARGIN times what either scores with any other unit of the other side.
 * FAR_PAIR keeps out a pair alike only in the topic its text shares with its rivals, and those
 * come near; an article rewritten in other words around its own subject has none.
 * 北京市规范性文件备案审查条例 2021 第十九条 (可以要求规范性文件的制定机关说明情况或者提供相关
 * 材料) is 2024 第二十七条 (…可以要求制定机关书面说明有关情况或者补充有关材料，派员列席会议、
 * 回答询问), 0.21 by distinctive words less 0.01 for the distance, while neither reaches 0.13
 * with another article. The distance still counts: an article far from where its neighbours
 * went stays apart, however clear its margin (the hand-built drafts in align.test.ts).
 */
function pairAlikeByMargin(m: Matching): void {
  pairMutualBests(m, (i, j) => {
    const { oldRow, newRow } = m.weighted();
    const row = oldRow(i);
    if (row[j]! - DISTANCE_WEIGHT * positionDistance(m, i, j) < MARGIN_PAIR) return false;
    const rival = Math.max(secondBest(row, j), secondBest(newRow(j), i));
    return row[j]! >= CLEAR_MARGIN * rival;
  });
}

/**
 * Step 8, whole by its sentences: an old unit still leftover and a leftover new unit, each the
 * other's most alike unit in the whole other text by distinctive words, pair however far apart
 * they stand when every sentence of the old unit (of PARAGRAPH_MIN_SIZE shingles or more, two or
 * more of them of SPLIT_OFF_MIN_SIZE or more) is most alike, by distinctive words, a sentence of
 * that new unit: compared sentence by sentence, the article went there whole, rewritten and moved
 * to another chapter.
 * 北京市规范性文件备案审查条例 2021 第十条 (…通知其限期报送或者补充报送；逾期仍不报送的，…由主任
 * 会议决定予以通报，并限期改正), in 备案, is 2024 第四十三条 (制定机关瞒报、迟报、漏报…要求其限期
 * 改正。逾期未改正的，经常务委员会主任会议决定，予以通报…) in 保障与监督, two thirds of the text
 * away; 2021 第五条's two paragraphs (市人大常委会…备案审查信息平台; 区人大常委会…平台的使用和管理)
 * are most alike the two of 2024 第三十八条 (…备案审查信息平台的建设和管理…数据库). One sentence
 * is no whole: an article of one sentence that is most alike a sentence far away shares a
 * phrase with it (北京市未成年人保护条例 2016 第二十一条 and 2023 第三十六条), and neither is a
 * short clause beside it (撤回表决票的，该票不计入表决结果, 14 shingles, in a list far away:
 * align.test.ts).
 */
function pairWholeBySentences(m: Matching): void {
  pairMutualBests(m, (i, j) => everySentenceIn(m, i, j));
}

/**
 * Whether each sentence of old unit `i` of PARAGRAPH_MIN_SIZE shingles or more is most alike, by
 * distinctive words, a sentence of new unit `j`, and two or more of them have SPLIT_OFF_MIN_SIZE.
 */
function everySentenceIn(m: Matching, i: number, j: number): boolean {
  const { olds, news } = m.paragraphs();
  const { bestNew } = m.weightedSentences();
  let sentences = 0;
  for (let k = 0; k < olds.unit.length; k++) {
    if (olds.unit[k] !== i || olds.bags[k]!.size < PARAGRAPH_MIN_SIZE) continue;
    const q = bestNew(k);
    if (q.at < 0 || news.unit[q.at] !== j) return false;
    if (olds.bags[k]!.size >= SPLIT_OFF_MIN_SIZE) sentences++;
  }
  return sentences >= 2;
}

/**
 * Whether a sentence of old unit `i` and one of new unit `j` are each the other's most alike
 * sentence in plain words (SOURCE_PARAGRAPH) and in distinctive ones (REGION_SENTENCE), or
 * nearly so in distinctive ones (nearBestSentence), both of SPLIT_OFF_MIN_SIZE shingles or more:
 * a short clause (撤回表决票的，该票不计入表决结果, 14) found in a list far away is too little to
 * carry an article there.
 */
function shareBestSentence(m: Matching, i: number, j: number): boolean {
  const { olds, news, bestNewFor, bestOldFor } = m.paragraphs();
  const { bestNew, bestOld } = m.weightedSentences();
  return olds.unit.some((unit, k) => {
    if (unit !== i) return false;
    const q = bestNewFor(k);
    if (q.at < 0 || q.score < SOURCE_PARAGRAPH || news.unit[q.at] !== j) return false;
    if (Math.min(olds.bags[k]!.size, news.bags[q.at]!.size) < SPLIT_OFF_MIN_SIZE) return false;
    if (bestOldFor(q.at).at !== k) return false;
    const w = bestNew(k);
    if (w.at === q.at && w.score >= REGION_SENTENCE && bestOld(q.at).at === k) return true;
    return nearBestSentence(m, k, q.at);
  });
}

/**
 * Whether old sentence `k` and new sentence `q`, each the other's most alike in plain words, are
 * by distinctive words as good as tied with the best each has: PART_HOLDER_MARGIN of the higher
 * of that best and REGION_SENTENCE. The sentence ahead of them shares little more than a stock
 * opening. 上海市推进国际金融中心建设条例 2009 第十五条 (市人民政府及其有关部门应当支持金融行业协会
 * 发挥规范、协调、服务、自律等作用) is the first sentence of 2024 第六十四条 (市人民政府及其有关部门
 * 应当支持金融领域相关行业自律组织服务行业发展、规范市场秩序、完善自律机制…), 0.19 by distinctive
 * words, while the short opening of 第三十一条 (市人民政府及其有关部门支持股权投资集聚区建设) reaches
 * 0.20 on the stock subject alone.
 */
function nearBestSentence(m: Matching, k: number, q: number): boolean {
  const { olds, news } = m.paragraphs();
  const { bestNew, bestOld } = m.weightedSentences();
  const { idf } = m.weighted();
  const x = olds.bags[k]!;
  const y = news.bags[q]!;
  const size = weightedSize(x, idf) + weightedSize(y, idf);
  const score = size === 0 ? 0 : (2 * weightedOverlap(x, y, idf)) / size;
  return [bestNew(k).score, bestOld(q).score].every(
    (best) => score >= PART_HOLDER_MARGIN * Math.max(best, REGION_SENTENCE),
  );
}

const NUMERAL = '[零〇一二三四五六七八九十百千两]+';
/**
 * Citations of articles of the text's own after `lead`: 本 for any (本法第十五条第二款,
 * 本条例第五十六条、第五十七条), 违反本 for the duties a penalty enforces (align-citations.ts).
 */
export function ownCitationPattern(lead: string): RegExp {
  return new RegExp(
    `${lead}(?:法|条例|规定|办法|细则|规则|决定)((?:第${NUMERAL}条(?:第${NUMERAL}款)?(?:第[（(]${NUMERAL}[)）]项)?(?:[、，,和及与或至]|或者)*)+)`,
    'gu',
  );
}
const CITED_ARTICLE = new RegExp(`第${NUMERAL}条`, 'gu');
const OWN_CITATION = ownCitationPattern('本');

/** The units of `units` that unit `k` cites by article number through `pattern`, never itself. */
export function unitsCitedBy(units: readonly Unit[], k: number, pattern: RegExp): number[] {
  const byLabel = new Map(units.map((u, at) => [u.label, at] as const));
  const cited = new Set<number>();
  for (const match of units[k]!.text.matchAll(pattern))
    for (const label of match[1]!.match(CITED_ARTICLE) ?? []) {
      const at = byLabel.get(label);
      if (at !== undefined && at !== k) cited.add(at);
    }
  return [...cited].sort((x, y) => x - y);
}

/**
 * Whether old unit `i` and new unit `j` do not contradict each other by what they cite: when
 * both cite articles of their own text, one of the old articles cited is paired with one of the
 * new articles cited.
 */
function citeAPair(m: Matching, i: number, j: number): boolean {
  const olds = unitsCitedBy(m.a.units, i, OWN_CITATION);
  const news = new Set(unitsCitedBy(m.b.units, j, OWN_CITATION));
  if (olds.length === 0 || news.size === 0) return true;
  return olds.some((c) => (m.oldTo.get(c) ?? []).some((k) => news.has(k)));
}

/**
 * Step 8, by the rules they apply: an old unit still leftover and a leftover new unit pair,
 * however alike their words, when SHARED_CITATIONS or more of the articles of its own text that
 * the old unit cites are paired with articles the new unit cites, and each is the other's best
 * by that count (then by distinctive words) among the leftovers: both apply the same rules to
 * the same subject. 公司法 2018 第一百零八条 (股份有限公司设董事会…本法第四十五条…第四十六条…
 * 适用于股份有限公司) is 2023 第一百二十条 (…本法第六十七条、第六十八条第一款、第七十条、第七十一条
 * 的规定，适用于股份有限公司), 2018 第四十五、四十六条 being 2023 第七十、六十七条; their own
 * words are mostly the numbers they cite (0.16 by distinctive words). One citation in common is
 * no proof: 行政复议法 2017 第十八条 cites 第十五条, whose partner three new articles cite.
 */
function pairByCitedRules(m: Matching): void {
  const leftOld = m.leftoverOld();
  const leftNew = m.leftoverNew();
  if (leftOld.length === 0 || leftNew.length === 0) return;
  const cites = (units: readonly Unit[], ks: readonly number[]) =>
    new Map(
      ks
        .map((k) => [k, unitsCitedBy(units, k, OWN_CITATION)] as const)
        .filter(([, c]) => c.length >= SHARED_CITATIONS),
    );
  const newCites = cites(m.b.units, leftNew);
  if (newCites.size === 0) return;
  const oldCites = cites(m.a.units, leftOld);
  const shared = (i: number, j: number) => {
    const news = newCites.get(j)!;
    return oldCites.get(i)!.filter((c) => (m.oldTo.get(c) ?? []).some((k) => news.includes(k)))
      .length;
  };
  const { pair } = m.weighted();
  // The best of `items` by the count of cited pairs, then by distinctive words (-1 if none).
  const best = (
    items: Iterable<number>,
    count: (q: number) => number,
    alike: (q: number) => number,
  ) => {
    let at = -1;
    let top = SHARED_CITATIONS - 1;
    for (const q of items) {
      const n = count(q);
      if (n > top || (n === top && at >= 0 && alike(q) > alike(at))) [at, top] = [q, n];
    }
    return at;
  };
  const pairs: [number, number][] = [];
  for (const i of oldCites.keys()) {
    const j = best(
      newCites.keys(),
      (q) => shared(i, q),
      (q) => pair(i, q),
    );
    if (j < 0) continue;
    const back = best(
      oldCites.keys(),
      (p) => shared(p, j),
      (p) => pair(p, j),
    );
    if (back === i) pairs.push([i, j]);
  }
  for (const [i, j] of pairs) m.pair(i, j);
}

/** A piece that is an item of a list, as plainText writes it: （二）向有关组织和人员调查取证…； */
const LIST_ITEM = /^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+、)/u;

/**
 * Step 8, a second part by its sentence: an old unit whose partners carry some of its sentences
 * but not another one, which went to a new unit left over, is split over both. The sentence
 * and a sentence of the leftover are each the other's most alike sentence, in plain words or
 * in distinctive ones (from REGION_SENTENCE); the leftover is, of all the old units, most alike
 * that old unit by distinctive words; and it carries at least SECOND_PART_SHARE of the old text
 * the partners leave. 职业教育法 1996 第六条 kept its 发展规划 sentence in 2022 第七条, and its
 * 行业组织和企业、事业组织应当依法履行实施职业教育的义务 is the last paragraph of the new 第九条
 * (…等应当依法履行实施职业教育的义务). The sentence alone is no proof:
 * - the partners must have taken another sentence: 人民武装警察法 2009 第六条 (警衔) is one
 *   sentence, which shares 由…中央军事委员会…规定 with the new 第十条 (组织指挥);
 * - one sentence of many that went nowhere is no part: 国防教育法 2018 第六条's 国务院领导全国的
 *   国防教育工作 is most alike the opening of the new 第四条 (领导体制), a tenth of the text
 *   第五条 does not carry;
 * - an item of a list is not a sentence of its own: 行政复议法 2017 第三条 (二) (调查取证) opens
 *   the new 第四十五条, which a reader sees as a new article (as linkParagraphMoves does).
 * The mirror, a leftover old unit taken in by a paired new unit, is pairSentenceMerges.
 */
function pairSentenceSplits(m: Matching): void {
  const links: [number, number][] = [];
  let first: number[] | undefined;
  for (const [i, partners] of m.oldTo) {
    if (partners.length === 1 && m.a.norms[i] === m.b.norms[partners[0]!]) continue;
    const whole = m.a.bags[i]!;
    const union =
      partners.length === 1 ? m.b.bags[partners[0]!]! : unionBag(partners.map((j) => m.b.bags[j]!));
    const kept = partners.length === 1 ? m.oldIn(i, partners[0]!) : containment(whole, union);
    // A sentence needs half its shingles left, and has PARAGRAPH_MIN_SIZE or more.
    if (whole.size * (1 - kept) < PARAGRAPH_MIN_SIZE * (1 - SENTENCE_CARRIED)) continue;
    const { olds, news, bestNewFor, bestOldFor } = m.paragraphs();
    // Sentences are in unit order: unit i's run starts at first[i].
    first ??= olds.unit.reduceRight((at, u, k) => ((at[u] = k), at), new Array<number>());
    const own: number[] = [];
    for (let k = first[i] ?? -1; k >= 0 && olds.unit[k] === i; k++) own.push(k);
    const carried = own.map((k) => containment(olds.bags[k]!, union));
    if (!carried.some((c) => c > SENTENCE_CARRIED)) continue;
    const texts = pieceTexts(m.a.units[i]!, m.cache.language);
    own.forEach((k, n) => {
      if (olds.bags[k]!.size < PARAGRAPH_MIN_SIZE || carried[n]! > SENTENCE_CARRIED) return;
      if (LIST_ITEM.test(texts[n]!)) return;
      const { bestNew, bestOld } = m.weightedSentences();
      const found = new Set<number>();
      for (const [best, back] of [
        [bestNewFor, bestOldFor],
        [bestNew, bestOld],
      ] as const) {
        const q = best(k);
        if (q.at >= 0 && q.score >= REGION_SENTENCE && back(q.at).at === k)
          found.add(news.unit[q.at]!);
      }
      for (const j of found) {
        if (m.newFrom.has(j) || argMax(m.weighted().newRow(j)) !== i) continue;
        const gain = containment(whole, unionBag([union, m.b.bags[j]!])) - kept;
        if (gain >= SECOND_PART_SHARE * (1 - kept)) links.push([i, j]);
      }
    });
  }
  for (const [i, j] of links) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
}

/**
 * Step 8, merged by a sentence: a leftover old unit joins a paired new unit when a sentence of
 * the new unit that its partners do not carry (at most SENTENCE_CARRIED of it) and a sentence of
 * the old unit are each the other's most alike sentence in the whole other text by distinctive
 * words (MERGE_SENTENCE or more): the old article lives on as that sentence, wherever it stood.
 * 妇女权益保障法 2018 第五十八条 (性骚扰、家庭暴力: 受害人可以提请公安机关…处罚，也可以…提起民事
 * 诉讼), in 法律责任, is the third paragraph of 2022 第二十三条 (受害妇女可以向公安机关报案，也可以
 * …提起民事诉讼) in 人身和人格权益, beside old 第四十条's 禁止性骚扰; 农产品质量安全法 2018
 * 第十七条 (禁止在有毒有害物质超标区域生产) is the last sentence of 2022 第二十一条 with 第十五条's
 * 划定特定农产品禁止生产区域. The bar is above REGION_SENTENCE because no neighbour vouches for
 * the place: 公司法 2018 第九十四条 (发起人的责任) shares 0.21 with a sentence of 2023 第二十三条
 * (股东滥用…连带责任) and is 第一百零七条.
 */
function pairSentenceMerges(m: Matching): void {
  // Nothing left over (most comparisons): no paragraphs or distinctive scores are built.
  const leftOld = new Set(m.leftoverOld());
  if (leftOld.size === 0) return;
  const { olds, news } = m.paragraphs();
  const links: [number, number][] = [];
  // Each paired unit's partners' text, once per unit rather than once per sentence.
  const unions = new Map<number, ShingleBag>();
  news.unit.forEach((j, k) => {
    const partners = m.newFrom.get(j);
    if (!partners || news.bags[k]!.size < PARAGRAPH_MIN_SIZE) return;
    let union = unions.get(j);
    if (!union) unions.set(j, (union = unionBag(partners.map((i) => m.a.bags[i]!))));
    if (containment(news.bags[k]!, union) > SENTENCE_CARRIED) return;
    const { bestOld, bestNew } = m.weightedSentences();
    const p = bestOld(k);
    if (p.at < 0 || p.score < MERGE_SENTENCE || bestNew(p.at).at !== k) return;
    const i = olds.unit[p.at]!;
    if (leftOld.has(i)) links.push([i, j]);
  });
  for (const [i, j] of links) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
}

/**
 * Step 8, a sentence moved into a paired unit: a sentence of a paired new unit (of
 * SPLIT_OFF_MIN_SIZE shingles or more) that its partners carry at most SENTENCE_CARRIED of, and
 * a sentence of an old unit outside its partners, are each the other's most alike sentence in
 * plain words (SOURCE_PARAGRAPH or more) and in distinctive ones; the old unit, leftover or
 * paired with one unit that carries at most SENTENCE_CARRIED of that sentence and at most
 * PART_HOLDER_MARGIN as much as the new unit holds, joins the new unit's row. A drafter's
 * 对照表 shows the two articles in one row when a sentence went from one to the other: 人民武装警察法 2009 第二条 (…由国务院、中央军事委员会领导…) is 2020 第四条, and its
 * 领导体制 sentence, rewritten, is 2020 第二条 (…由中央军事委员会集中统一领导), beside 2009 第三条;
 * 职业教育法 1996 第九条 (国家鼓励并组织职业教育的科学研究) is the first sentence of 2022 第六十一条,
 * whose rest is 1996 第三十八条 (0.44 in plain words, 0.18 by distinctive ones). Old units
 * already split over several units are left out: the links would chain groups into rows no
 * drafter writes (行政复议法 2017 第十五条, 妇女权益保障法 2018 第五十一条). A sentence the old
 * unit's partner holds nearly as well stayed there too: 预防未成年人犯罪法 2012 第三十五条's
 * 对严重不良行为…制止 (0.42 of it in 2020 第四十三条, 0.45 in 第四十条). Both measures must
 * agree, and MOVED_PIECE (0.6, align-paragraph-moves.ts) is not needed.
 */
function pairSentenceMoves(m: Matching): void {
  const links: [number, number][] = [];
  let first: number[] | undefined;
  for (const [j, partners] of m.newFrom) {
    if (partners.length === 1 && m.a.norms[partners[0]!] === m.b.norms[j]) continue;
    const whole = m.b.bags[j]!;
    const union =
      partners.length === 1 ? m.a.bags[partners[0]!]! : unionBag(partners.map((i) => m.a.bags[i]!));
    const kept = partners.length === 1 ? m.newIn(j, partners[0]!) : containment(whole, union);
    // Such a sentence needs more than half of SPLIT_OFF_MIN_SIZE shingles left uncarried.
    if (whole.size * (1 - kept) < SPLIT_OFF_MIN_SIZE * (1 - SENTENCE_CARRIED)) continue;
    const { olds, news, bestOldFor, bestNewFor } = m.paragraphs();
    // Sentences are in unit order: unit j's run starts at first[j].
    first ??= news.unit.reduceRight((at, u, q) => ((at[u] = q), at), new Array<number>());
    for (let q = first[j] ?? -1; q >= 0 && news.unit[q] === j; q++) {
      const bag = news.bags[q]!;
      if (bag.size < SPLIT_OFF_MIN_SIZE || containment(bag, union) > SENTENCE_CARRIED) continue;
      const p = bestOldFor(q);
      if (p.at < 0 || p.score < SOURCE_PARAGRAPH || bestNewFor(p.at).at !== q) continue;
      const i = olds.unit[p.at]!;
      const to = m.oldTo.get(i);
      if (partners.includes(i) || (to && to.length > 1)) continue;
      const { bestOld, bestNew } = m.weightedSentences();
      if (bestOld(q).at !== p.at || bestNew(p.at).at !== q) continue;
      if (to) {
        // Its partner carries little of the sentence, and clearly less than unit j holds.
        const sentence = olds.bags[p.at]!;
        const carried = containment(sentence, m.b.bags[to[0]!]!);
        const held = containment(sentence, whole);
        if (carried > SENTENCE_CARRIED || carried > PART_HOLDER_MARGIN * held) continue;
      }
      links.push([i, j]);
    }
  }
  for (const [i, j] of links) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
}

/**
 * Last, parts by a stock clause: a unit split over several units loses a part (that has no
 * other partner, and is not the partner sharing the most with it) when another unit of its
 * side holds every shingle the part shares with it and shares more with the part besides. A
 * clause that several articles end with (构成犯罪的，依法追究刑事责任) names no source: 档案法
 * 2016 第二十五条 (携运禁止出境的档案…; 构成犯罪的，依法追究刑事责任) is 2020 第五十条, and the
 * general 第五十一条 (违反本法规定，构成犯罪的，依法追究刑事责任；…民事责任) shares nothing with
 * it that 第二十四条 does not hold too, and shares more with 第二十四条 (23 shingles against 14).
 * A holder that only ties leaves the part: H.R. 2157's Navy construction proviso is found word
 * for word in another account too, but it went to Sec. 1001 from the Navy account.
 * Splits only: in a merge, the words a part shares with the whole may well be in a parallel
 * article of the same text (公司法 2023's 有限责任公司 and 股份有限公司 boards).
 */
function dropStockParts(m: Matching): void {
  const drops: [number, number][] = [];
  for (const [i, parts] of m.oldTo) {
    if (parts.length < 2) continue;
    const main = parts.reduce((best, j) => (m.shared[i]![j]! > m.shared[i]![best]! ? j : best));
    const whole = m.a.bags[i]!;
    for (const j of parts) {
      if (j === main || (m.newFrom.get(j) ?? []).length !== 1) continue;
      const shared = subtractBag(whole, subtractBag(whole, m.b.bags[j]!));
      if (shared.size === 0) continue;
      const own = m.shared[i]![j]!;
      const held = m.a.bags.some(
        (bag, w) => w !== i && m.shared[w]![j]! > own && overlap(shared, bag) === shared.size,
      );
      if (held) drops.push([i, j]);
    }
  }
  for (const [i, j] of drops) m.unpair(i, j);
}

/**
 * Last, a partner taken by a worse fit: an old unit still leftover takes the new unit most alike
 * it by distinctive words from the old unit it is paired with (one to one) when the evidence for
 * the leftover is clearly stronger, and the position agrees; the old unit it displaces is left
 * over and goes through pairFreed. Either
 * - each is the other's most alike unit, the new unit stands among the leftover's neighbours'
 *   partners (as in pairInContext), the displaced unit is most alike another new unit, and the
 *   new unit holds a share of the displaced unit's text at most PART_HOLDER_MARGIN of the share
 *   it holds of the leftover's: 农产品质量安全法 2018 第四十九条 (保鲜剂、防腐剂、添加剂不符合,
 *   0.57 of it in the new text) is item (二) of 2022 第七十二条, which its neighbour 第五十条
 *   (销售…第三十三条第一项至第三项, 0.35), most alike 第七十一条, had taken for their common
 *   责令停止销售…无害化处理 penalty words; or
 * - the leftover holds KEPT_WITHIN or more of the new unit, the displaced unit at most
 *   PART_HOLDER_MARGIN as much, and the leftover stands no farther from it in relative position:
 *   公司法 2023 第四十五条 (设立有限责任公司，应当由股东共同制定公司章程) is item (三) of 2018
 *   第二十三条's 设立条件 (0.90 of it), not the one-person company's 章程由股东制定 of 第六十条
 *   (0.50, more alike by Dice as both are short), which was dropped.
 */
function pairTakenBetter(m: Matching): void {
  const rel = (k: number, n: number) => (n <= 1 ? 0 : k / (n - 1));
  const distance = (i: number, j: number) =>
    Math.abs(rel(i, m.a.units.length) - rel(j, m.b.units.length));
  const taken = new Set<number>();
  for (const i of m.leftoverOld()) {
    if (m.a.bags[i]!.size === 0) continue;
    const { oldRow, newRow } = m.weighted();
    const j = argMax(oldRow(i));
    const from = j < 0 || taken.has(j) ? undefined : m.newFrom.get(j);
    if (from?.length !== 1 || m.oldTo.get(from[0]!)!.length !== 1) continue;
    const p = from[0]!;
    const [lo, hi] = contextOf(m, i);
    const alike =
      j >= lo &&
      j <= hi &&
      m.oldIn(p, j) <= PART_HOLDER_MARGIN * m.oldIn(i, j) &&
      argMax(newRow(j)) === i &&
      argMax(oldRow(p)) !== j;
    const within =
      m.newIn(j, i) >= KEPT_WITHIN &&
      m.newIn(j, p) <= PART_HOLDER_MARGIN * m.newIn(j, i) &&
      distance(i, j) <= distance(p, j);
    if (!alike && !within) continue;
    m.unpair(p, j);
    m.pair(i, j);
    taken.add(j);
  }
}

/**
 * Last, a pair whose new unit another old unit explains clearly better is undone, when that old
 * unit is firmly paired elsewhere: the new unit is most alike, by distinctive words, an old unit
 * paired one to one with a new unit, each the other's most alike, and its own partner holds at
 * most PART_HOLDER_MARGIN as much of it as that unit does, by distinctive-word Dice and by
 * containment both. The new unit is a new article written on that unit's model, and its partner
 * shares little more than the model's stock words: 预防未成年人犯罪法 2020 第二十九条
 * (未成年人的父母或者其他监护人发现未成年人有不良行为的，应当及时制止并加强管教) follows 2020
 * 第三十七条 (…发现未成年人组织或者参加实施不良行为的团伙，应当及时制止), which is 2012 第十七条
 * (0.75 of it), while 2012 第十九条 (不得让不满十六周岁的未成年人脱离监护单独居住, 0.44 of it,
 * paired at Dice 0.45) shares only the subject 未成年人的父母或者其他监护人. Its penalty, 2012
 * 第五十条 (公安机关…予以训诫), paired by the duty with 2020 第四十条 (公安机关…责令其父母…严加
 * 管教), holds a quarter of it; 2012 第四十九条, paired with 2020 第六十一条, holds 0.41.
 */
function dropModelledOnOthers(m: Matching): void {
  const drops: [number, number][] = [];
  for (const [i, to] of m.oldTo) {
    const j = to[0]!;
    if (to.length !== 1 || m.newFrom.get(j)!.length !== 1) continue;
    // Plain containment first: most pairs have no old unit holding that much more of the new
    // one, and they need no row of distinctive scores.
    const held = m.newIn(j, i) / PART_HOLDER_MARGIN;
    if (!m.a.units.some((_, k) => k !== i && m.newIn(j, k) >= held)) continue;
    const { oldRow, newRow, pair } = m.weighted();
    const k = argMax(newRow(j));
    const model = k < 0 || k === i ? undefined : m.oldTo.get(k);
    if (model?.length !== 1) continue;
    const q = model[0]!;
    if (
      m.newFrom.get(q)!.length !== 1 ||
      m.newIn(j, k) < held ||
      pair(i, j) > PART_HOLDER_MARGIN * pair(k, j) ||
      argMax(oldRow(k)) !== q ||
      argMax(newRow(q)) !== k
    )
      continue;
    drops.push([i, j]);
  }
  for (const [i, j] of drops) m.unpair(i, j);
}

/**
 * After the drops, the units they freed go through step 8's pairings once more: each was a
 * part of a split or merge when those ran, so it never looked for a partner of its own; so do
 * the units pairTakenBetter displaced and dropModelledOnOthers freed.
 * 国防教育法 2018 第十二条 (国家设立全民国防教育日) was merged by Dice into 2024 第十三条 (国防教育日
 * 活动) and dropped from it as adding nothing; freed, it pairs in context with 2024 第十二条
 * (每年九月的第三个星期六为全民国防教育日) between the same neighbours.
 */
function pairFreed(m: Matching): void {
  pairInContext(m);
  pairSentenceInRegion(m);
  pairAlikeAnywhere(m);
}

/**
 * Last, parts that add nothing: a unit paired with several units of the other side loses a
 * partner (that has no other partner) holding none of its text that the other partners do
 * not hold already. 档案法 2016 第十一条 (…必须按照国家规定，定期向档案馆移交档案) was paired by
 * Dice with the shorter 2020 第十六条 (…发生机构变动…时，应当…向有关单位或者档案馆移交档案),
 * then linked through its only paragraph to 第十五条 (…应当按照国家有关规定，定期向档案馆移交
 * 档案，…), which holds every word 第十六条 shares with it: 第十六条 is a new rule.
 */
function dropEmptyParts(m: Matching): void {
  const prune = (
    wholes: Map<number, number[]>,
    back: Map<number, number[]>,
    wholeBags: readonly ShingleBag[],
    partBags: readonly ShingleBag[],
    unpair: (whole: number, part: number) => void,
  ) => {
    for (const [whole, parts] of [...wholes]) {
      if (parts.length < 2) continue;
      for (const part of parts) {
        const current = wholes.get(whole) ?? [];
        const others = current.filter((k) => k !== part);
        if (others.length === 0 || (back.get(part) ?? []).length !== 1) continue;
        const rest = subtractBag(wholeBags[whole]!, unionBag(others.map((k) => partBags[k]!)));
        if (overlap(rest, partBags[part]!) === 0) unpair(whole, part);
      }
    }
  };
  prune(m.oldTo, m.newFrom, m.a.bags, m.b.bags, (i, j) => m.unpair(i, j));
  prune(m.newFrom, m.oldTo, m.b.bags, m.a.bags, (j, i) => m.unpair(i, j));
}
