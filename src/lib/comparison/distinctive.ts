/**
 * Distinctive wording: shingles weighted by how rare they are among the units of both
 * versions (inverse document frequency), so that two articles sharing 经费 and 列入 weigh
 * more than two sharing 行政复议机关 and 应当, which every article of 行政复议法 has.
 *
 * A shingle found in every unit weighs 0; one found in a single unit weighs ln(N). Scores
 * are weighted Dice: 2 × the weight of the shared shingles (the smaller count of each) over
 * the weight of both bags.
 */
import { weightedOverlap, type OverlapIndex, type ShingleBag } from './similarity.ts';

/** Shingle weights by id (see inverseFrequencies); a shingle of no weighed bag weighs 0. */
export type Weights = Float64Array;

/**
 * Weight of each shingle of the bags of `sides` (all of one TextCache, whose vocabulary has
 * `vocabulary` ids): ln(N / df), N the bags, df the bags holding it; 0 for a shingle in none.
 *
 * @example
 * // three bags, 应当 in all three, 经费 in one: 应当 weighs ln(3/3) = 0, 经费 ln(3/1) ≈ 1.1
 */
export function inverseFrequencies(
  sides: readonly (readonly ShingleBag[])[],
  vocabulary: number,
): Weights {
  const df = new Int32Array(vocabulary);
  let n = 0;
  for (const bags of sides) {
    n += bags.length;
    for (const b of bags) {
      const ids = b.ids;
      for (let k = 0; k < ids.length; k++) df[ids[k]!]!++;
    }
  }
  // ln(n / d) for each document frequency d, so each shingle costs a look-up, not a log.
  const byFrequency = new Float64Array(n + 1);
  for (let d = 1; d <= n; d++) byFrequency[d] = Math.log(n / d);
  const idf = new Float64Array(vocabulary);
  for (const bags of sides)
    for (const b of bags) {
      const ids = b.ids;
      for (let k = 0; k < ids.length; k++) idf[ids[k]!] = byFrequency[df[ids[k]!]!]!;
    }
  return idf;
}

/** Total weight of a bag: each shingle's weight times its count. */
export function weightedSize(bag: ShingleBag, idf: Weights): number {
  let size = 0;
  for (let n = 0; n < bag.ids.length; n++) size += (idf[bag.ids[n]!] ?? 0) * bag.counts[n]!;
  return size;
}

/** The weight `bag` shares with every bag of the index, in its order (see overlapsWith). */
export function weightedOverlapsWith(
  bag: ShingleBag,
  index: OverlapIndex,
  idf: Weights,
): Float64Array {
  const shared = new Float64Array(index.size);
  if (index.bags) {
    index.bags.forEach((other, k) => (shared[k] = weightedOverlap(bag, other, idf)));
    return shared;
  }
  const { ids, counts } = bag;
  const known = index.start.length - 1;
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    const w = idf[id] ?? 0;
    if (id >= known || w === 0) continue;
    const c = counts[n]!;
    for (let p = index.start[id]!, end = index.start[id + 1]!; p < end; p++) {
      const d = index.count[p]!;
      const k = index.bag[p]!;
      shared[k] = shared[k]! + w * (c < d ? c : d);
    }
  }
  return shared;
}
