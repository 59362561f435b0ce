/**
 * Rows worth a second look (#16): the alignment gets about four rows in five of an unseen full
 * revision right, and committee staff correct the rest (corrections.ts). With 250 rows to
 * check before a meeting, they should start where the misses are. After the alignment, a row
 * is doubtful, with the articles it may also correspond to, when:
 * - it is a deletion (or insertion) whose most alike article of the other side by distinctive
 *   words (distinctive.ts) scores DOUBT_CANDIDATE or more: perhaps rewritten, not deleted;
 * - a sentence of one of its articles that the row's other side does not carry (at most
 *   NOT_CARRIED_SENTENCE of it) is most alike, by distinctive words (DOUBT_SENTENCE or more), a
 *   sentence of an article outside the row: perhaps that article took it;
 * - it is a one-to-one pair whose Dice is under DOUBT_PAIR: perhaps another partner.
 * On the twelve hand-read pairs (tests/fixtures/compare-expected) 211 of 901 rows are doubtful
 * and they hold 40 of the 72 misses (bench/align-expected.ts prints the figure); a row that is
 * not doubtful is wrong about one time in twenty-two.
 */
import type { Matching } from './align.ts';
import { argMax, PARAGRAPH_MIN_SIZE } from './align.ts';
import { containment, unionBag } from './similarity.ts';

/** Distinctive-word Dice from which a deleted or inserted unit's best candidate is shown. */
export const DOUBT_CANDIDATE = 0.2;
/** Distinctive-word Dice from which a sentence's best match outside the row is shown. */
export const DOUBT_SENTENCE = 0.3;
/** Most of such a sentence that the row's other side may carry. */
export const NOT_CARRIED_SENTENCE = 0.5;
/** A one-to-one pair under this Dice is doubtful. */
export const DOUBT_PAIR = 0.5;

/** Why a row is doubtful, and the units of each side it may also take in (indexes). */
export interface Doubt {
  reason: 'candidate' | 'sentence' | 'weak';
  from: number[];
  to: number[];
}

/** The doubt of each old unit's and each new unit's row, by unit (see the header). */
export function doubtsOf(m: Matching): { old: Map<number, Doubt>; new: Map<number, Doubt> } {
  const out = { old: new Map<number, Doubt>(), new: new Map<number, Doubt>() };
  const add = (side: 'old' | 'new', unit: number, reason: Doubt['reason'], other: number) => {
    const d = out[side].get(unit) ?? { reason, from: [], to: [] };
    const list = side === 'old' ? d.to : d.from;
    if (other >= 0 && !list.includes(other)) list.push(other);
    out[side].set(unit, d);
  };
  const { oldRow, newRow } = m.weighted();
  m.a.units.forEach((_, i) => {
    if (m.oldTo.has(i)) return;
    const row = oldRow(i);
    const j = argMax(row);
    if (j >= 0 && row[j]! >= DOUBT_CANDIDATE) add('old', i, 'candidate', j);
  });
  m.b.units.forEach((_, j) => {
    if (m.newFrom.has(j)) return;
    const row = newRow(j);
    const i = argMax(row);
    if (i >= 0 && row[i]! >= DOUBT_CANDIDATE) add('new', j, 'candidate', i);
  });
  const { olds, news } = m.paragraphs();
  const { bestNew, bestOld } = m.weightedSentences();
  olds.unit.forEach((i, k) => {
    const to = m.oldTo.get(i);
    const bag = olds.bags[k]!;
    if (!to || bag.size < PARAGRAPH_MIN_SIZE) return;
    if (containment(bag, unionBag(to.map((j) => m.b.bags[j]!))) > NOT_CARRIED_SENTENCE) return;
    const q = bestNew(k);
    if (q.at < 0 || q.score < DOUBT_SENTENCE) return;
    const j = news.unit[q.at]!;
    if (!to.includes(j)) add('old', i, 'sentence', j);
  });
  news.unit.forEach((j, k) => {
    const from = m.newFrom.get(j);
    const bag = news.bags[k]!;
    if (!from || bag.size < PARAGRAPH_MIN_SIZE) return;
    if (containment(bag, unionBag(from.map((i) => m.a.bags[i]!))) > NOT_CARRIED_SENTENCE) return;
    const q = bestOld(k);
    if (q.at < 0 || q.score < DOUBT_SENTENCE) return;
    const i = olds.unit[q.at]!;
    if (!from.includes(i)) add('new', j, 'sentence', i);
  });
  m.a.units.forEach((_, i) => {
    const to = m.oldTo.get(i);
    if (to?.length !== 1 || m.newFrom.get(to[0]!)?.length !== 1) return;
    if (m.score(i, to[0]!) < DOUBT_PAIR && !out.old.has(i) && !out.new.has(to[0]!))
      add('old', i, 'weak', -1);
  });
  return out;
}
