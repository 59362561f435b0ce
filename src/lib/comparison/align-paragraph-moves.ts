/**
 * Step 7, moves: paragraphs that left their article for another one, whether or not either
 * article already has a partner. linkParagraphs (align.ts) links leftover units only; in a full
 * revision, articles keep most of their text but hand a paragraph or a list item to another
 * article, and a drafter's 对照表 shows those articles as one row (a many-to-many group):
 * 公司法 2018 第二十条第三款 (滥用法人独立地位, 连带责任) became the first paragraph of 2023
 * 第二十三条, whose other paragraph is 2018 第六十三条, while the rest of 第二十条 is 第二十一条.
 *
 * A unit's pieces are compared at two sizes: its paragraphs (款), and its sentences (split at
 * 。and ；as paragraphBags splits them, so that a list item ending in ；stands alone). Scores
 * are paragraphScore's (Dice, or mean containment when one piece grew or shrank). A piece
 * "is carried" by its unit's partners as far as its shingles are found in their whole text.
 * For each size:
 * - A moved piece: a piece of a paired unit whose partners carry at most NOT_CARRIED of it
 *   (a departure), whose best arrival of the other side (a piece its own unit's partners carry
 *   at most NOT_CARRIED of) scores MOVED_PIECE or more, no other unit's as high, lies in a unit
 *   that is not a partner, and has the departure as its best departure. Both units are linked.
 *   Pairing departures with arrivals keeps a sentence that parallel articles share (the
 *   会议记录 of both kinds of company in 公司法) from tying with its copy kept in place.
 *   Both tests matter: the 垃圾分类 duty added to the owners' list while the waste article
 *   keeps it in a longer sentence is a copy, not a move.
 * - A sourced piece: a piece of a paired unit that its partners carry at most NEW_TEXT of
 *   (new text) and whose best piece of the other side (SOURCED_PIECE or more, no other unit's
 *   as high) lies in a unit left over and is at least SOURCED_SHARE of that unit: the leftover
 *   went there, rewritten more than a whole article could be and still be recognised: 2018
 *   第一百三十六条 (募足股款后 公告) is the last paragraph of 2023 第一百五十六条. The lower
 *   threshold is safe because both pieces are text that nothing else explains; the share keeps
 *   a large new article that took one old list item (行政复议法 2023 第四十五条, 调查取证, from
 *   2017 第三条 (二)) a new article.
 */
import { plainText } from '../legislation/index.ts';
import type { Matching } from './align.ts';
import { PARAGRAPH_MIN_SIZE, paragraphScore, type Unit } from './align.ts';
import {
  containment,
  unionBag,
  overlapIndex,
  overlapsWith,
  type OverlapIndex,
  type ShingleBag,
  type TextCache,
} from './similarity.ts';

/** Score from which a piece of a paired unit counts as moved to another unit. */
export const MOVED_PIECE = 0.6;
/** Most of a moved piece that its unit's partners (or its new unit's partners) may carry. */
export const NOT_CARRIED = 0.5;
/** A piece its unit's partners carry at most this much of is new text in its unit. */
export const NEW_TEXT = 0.3;
/** Share of the leftover unit that the source piece must be: the unit itself moved, not one item. */
export const SOURCED_SHARE = 0.5;
/** Score from which such new text names a leftover unit of the other side as its source. */
export const SOURCED_PIECE = 0.4;

interface Pieces {
  /** Each piece's unit; pieces are in unit order. */
  unit: readonly number[];
  bags: readonly ShingleBag[];
  /** The first piece of unit u is first[u], its last first[u + 1] - 1. */
  first: readonly number[];
  /** The shared mass of a bag with every piece, in piece order. */
  overlaps: (bag: ShingleBag) => ArrayLike<number>;
}

/**
 * From this many units on both sides together, the pieces are align.ts's own sentences, already
 * split, shingled and indexed for step 7; below it (the paragraphs of one article), pieces of
 * our own.
 */
const REUSE_FROM = 64;

type Size = 'paragraph' | 'sentence';

/** A unit's pieces; sentences are split as align.ts's paragraphBags splits them. */
function pieceTexts(unit: Unit, size: Size, language: string): string[] {
  const texts = unit.node.children.length ? unit.node.children.map(plainText) : [unit.text];
  if (size === 'paragraph' || language !== 'zh') return texts;
  return texts.flatMap((t) => t.split(/(?<=[。；])/u));
}

/** Pieces over bags in unit order; `index` gives (or builds) their index when they are many. */
function pieces(
  unit: readonly number[],
  bags: readonly ShingleBag[],
  units: number,
  index: () => OverlapIndex,
): Pieces {
  const first = new Array<number>(units + 1).fill(0);
  for (const u of unit) first[u + 1]!++;
  for (let u = 0; u < units; u++) first[u + 1]! += first[u]!;
  // overlapIndex compares a few bags one by one itself, when an index would cost more.
  return { unit, bags, first, overlaps: (bag) => overlapsWith(bag, index()) };
}

function piecesOf(units: Unit[], size: Size, cache: TextCache): Pieces {
  const unit: number[] = [];
  const bags: ShingleBag[] = [];
  units.forEach((u, k) => {
    for (const text of pieceTexts(u, size, cache.language)) {
      unit.push(k);
      bags.push(cache.bag(text));
    }
  });
  let index: OverlapIndex | undefined;
  return pieces(unit, bags, units.length, () => (index ??= overlapIndex(bags, cache)));
}

interface Best {
  at: number;
  score: number;
}

/**
 * The first piece of `others` scoring highest against `bag` (`any`), and the same among the
 * pieces that are `eligible`; each -1 when a piece of another unit ties. Pieces under
 * SOURCED_PIECE are passed over (no rule links on less): most share a shingle or two (公司,
 * 应当) and nothing more, and a pair needs at least 0.4 of the smaller piece in common to
 * reach it, Dice or mean containment.
 */
function bestPieces(
  bag: ShingleBag,
  others: Pieces,
  eligible: (p: number) => boolean,
): { any: Best; eligible: Best } {
  const shared = others.overlaps(bag);
  const found = { any: { at: -1, score: 0 }, eligible: { at: -1, score: 0 } };
  const tied = { any: false, eligible: false };
  const offer = (which: 'any' | 'eligible', p: number, sc: number) => {
    const best = found[which];
    if (sc === best.score && best.at >= 0 && others.unit[p] !== others.unit[best.at])
      tied[which] = true;
    if (sc <= best.score) return;
    found[which] = { at: p, score: sc };
    tied[which] = false;
  };
  for (let p = 0; p < others.bags.length; p++) {
    const s = shared[p]!;
    const size = others.bags[p]!.size;
    if (s < SOURCED_PIECE * Math.min(bag.size, size)) continue;
    const sc = paragraphScore(bag.size, size, s);
    if (sc < SOURCED_PIECE) continue;
    if (sc >= found.any.score) offer('any', p, sc);
    // Eligibility may cost a merge: test it only for a piece that would count.
    if (sc >= found.eligible.score && eligible(p)) offer('eligible', p, sc);
  }
  const none = { at: -1, score: 0 };
  return {
    any: tied.any ? none : found.any,
    eligible: tied.eligible ? none : found.eligible,
  };
}

/** One side of the matching as the rules see it; `other` is the mirror. */
interface Side {
  units: Unit[];
  /** Unit bags. */
  bags: readonly ShingleBag[];
  partners: (u: number) => readonly number[] | undefined;
  /** Share of `bag` (a piece of unit `u` of this side) found in the text of `u`'s partners. */
  carried: (bag: ShingleBag, u: number) => number;
  /** This side's pieces of one size, built on first use: most calls never need them. */
  pieces: (size: Size) => Pieces;
}

function side(
  units: Unit[],
  bags: readonly ShingleBag[],
  partners: (u: number) => readonly number[] | undefined,
  partnerBags: readonly ShingleBag[],
  cache: TextCache,
  sentences: (() => Pieces) | undefined,
): Side {
  const unions = new Map<number, ShingleBag>();
  const built = new Map<Size, Pieces>();
  return {
    units,
    bags,
    partners,
    carried: (bag, u) => {
      let union = unions.get(u);
      if (!union) {
        const theirs = partners(u) ?? [];
        union =
          theirs.length === 1
            ? partnerBags[theirs[0]!]!
            : unionBag(theirs.map((k) => partnerBags[k]!));
        unions.set(u, union);
      }
      return containment(bag, union);
    },
    pieces: (size) => {
      let p = built.get(size);
      if (!p)
        built.set(
          size,
          (p = size === 'sentence' && sentences ? sentences() : piecesOf(units, size, cache)),
        );
      return p;
    },
  };
}

/**
 * The links from `own`'s pieces of one size (see the header); `own.carried` measures a piece
 * of `own` against its unit's partners on the other side, `other.carried` the mirror.
 */
function movesFrom(
  own: Side,
  other: Side,
  size: Size,
  link: (own: number, other: number) => void,
): void {
  own.units.forEach((_, u) => {
    const mine = own.partners(u);
    if (!mine) return;
    // Text missing from the partners, an upper bound on any piece's: a piece needs at least
    // half its shingles missing, and pieces have PARAGRAPH_MIN_SIZE shingles or more.
    const missing = own.bags[u]!.size * (1 - own.carried(own.bags[u]!, u));
    if (missing < PARAGRAPH_MIN_SIZE * (1 - NOT_CARRIED)) return;
    const ours = own.pieces(size);
    for (let k = ours.first[u]!; k < ours.first[u + 1]!; k++) {
      const bag = ours.bags[k]!;
      if (bag.size < PARAGRAPH_MIN_SIZE) continue;
      // Most text stays where it was: test that first, it costs one merge of two bags.
      const carried = own.carried(bag, u);
      if (carried > NOT_CARRIED) continue;
      const theirs = other.pieces(size);
      // A move pairs a departure with an arrival: a piece that its own unit's partners do not
      // carry. The same sentence kept in two parallel articles (the 会议记录 of both kinds of
      // company) is then no tie: the copy kept in place is no arrival.
      const arrival = (p: number) => other.carried(theirs.bags[p]!, theirs.unit[p]!) <= NOT_CARRIED;
      const departure = (p: number) => own.carried(ours.bags[p]!, ours.unit[p]!) <= NOT_CARRIED;
      const { any: q, eligible: moved } = bestPieces(bag, theirs, arrival);
      if (
        moved.at >= 0 &&
        moved.score >= MOVED_PIECE &&
        !mine.includes(theirs.unit[moved.at]!) &&
        bestPieces(theirs.bags[moved.at]!, ours, departure).eligible.at === k
      ) {
        link(u, theirs.unit[moved.at]!);
        continue;
      }
      if (q.at < 0 || q.score >= MOVED_PIECE) continue;
      const target = theirs.unit[q.at]!;
      const found = theirs.bags[q.at]!;
      if (
        q.score >= SOURCED_PIECE &&
        other.partners(target) === undefined &&
        found.size >= SOURCED_SHARE * other.bags[target]!.size &&
        carried <= NEW_TEXT
      )
        link(u, target);
    }
  });
}

/** Links paired units to the units their pieces moved to or came from (see the header). */
export function linkParagraphMoves(m: Matching): void {
  const links: [number, number][] = [];
  const shared = m.a.units.length + m.b.units.length >= REUSE_FROM;
  const from = (p: () => { unit: number[]; bags: ShingleBag[]; index: OverlapIndex }, n: number) =>
    shared
      ? () => {
          const q = p();
          return pieces(q.unit, q.bags, n, () => q.index);
        }
      : undefined;
  const olds = side(
    m.a.units,
    m.a.bags,
    (i) => m.oldTo.get(i),
    m.b.bags,
    m.cache,
    from(() => m.paragraphs().olds, m.a.units.length),
  );
  const news = side(
    m.b.units,
    m.b.bags,
    (j) => m.newFrom.get(j),
    m.a.bags,
    m.cache,
    from(() => m.paragraphs().news, m.b.units.length),
  );
  // English pieces are whole paragraphs at both sizes (see pieceTexts): one size is enough,
  // the one align.ts has already built.
  const sizes: Size[] = m.cache.language === 'zh' ? ['paragraph', 'sentence'] : ['sentence'];
  for (const size of sizes) {
    movesFrom(olds, news, size, (i, j) => links.push([i, j]));
    movesFrom(news, olds, size, (j, i) => links.push([i, j]));
  }
  for (const [i, j] of links) if (!(m.oldTo.get(i) ?? []).includes(j)) m.pair(i, j);
}
