/**
 * Myers' greedy diff over token ids, step for step the walk of jsdiff 9's
 * `Diff.diffWithOptionsObj` (same diagonal order, same choice between an insertion and a
 * deletion, same pruning at the edges of the edit graph), so for the same tokens it returns
 * the same runs as jsdiff's `diffArrays` / `diffWordsWithSpace` (a property test checks this).
 * jsdiff allocates an object per step and compares strings; here a step is a few typed-array
 * writes and the tokens are interned to integers, which made the word diffs of H.R. 2157's
 * long sections (#16) many times cheaper.
 *
 * The work is bounded by `maxEditLength` alone (no clock), so the same input always gives the
 * same output; the caller scales it to the input size (see diff-text.ts).
 */

/** What a run does (the same values as diff-text.ts's DiffOp). */
export type RunOp = 'equal' | 'insert' | 'delete';

/** A run of tokens with one operation: old tokens for equal and delete, new ones for insert. */
export interface TokenRun {
  op: RunOp;
  count: number;
}

/** No path on a diagonal (old positions start at -1, so -1 cannot mean that). */
const NONE = -0x80000000;

/**
 * The runs turning `a` into `b` (equal runs merged, changes in jsdiff's order), or undefined
 * when more than `maxEditLength` insertions and deletions would be needed.
 *
 * `best[offset + k]` is the old position reached farthest on diagonal k (jsdiff's bestPath,
 * NONE where it holds undefined). After each edit length d a copy of it over diagonals -d..d
 * is kept (about D² integers in all), and the path is read back from those copies at the end.
 */
export function diffIds(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  maxEditLength: number,
): TokenRun[] | undefined {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEdit = Math.min(oldLen + newLen, maxEditLength);
  // The snake along diagonal k from old position `oldPos`; returns the old position at its end.
  const snake = (oldPos: number, k: number): number => {
    let newPos = oldPos - k;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
      newPos++;
      oldPos++;
    }
    return oldPos;
  };
  // One side empty: all insertions or all deletions (jsdiff's walk gives the same).
  if (oldLen === 0 || newLen === 0) {
    if (oldLen + newLen > maxEdit) return undefined;
    return oldLen + newLen === 0
      ? []
      : [{ op: oldLen ? 'delete' : 'insert', count: oldLen + newLen }];
  }
  const seed = snake(-1, 0);
  const trace = new Trace();
  if (seed + 1 >= oldLen && seed + 1 >= newLen) return runs(oldLen, newLen, trace, 0, 0, seed);
  const offset = maxEdit + 2;
  const best = new Int32Array(2 * offset + 1).fill(NONE);
  best[offset] = seed;
  // No diagonal beyond ±maxEdit is ever reached: these stand for jsdiff's ±Infinity.
  let minDiagonal = -offset;
  let maxDiagonal = offset;
  for (let d = 1; d <= maxEdit; d++) {
    const first = Math.max(minDiagonal, -d);
    const last = Math.min(maxDiagonal, d);
    trace.keep(best, offset, first - 1, last + 1);
    for (let k = first; k <= last; k += 2) {
      const removePos = best[offset + k - 1]!;
      const addPos = best[offset + k + 1]!;
      const step = choose(removePos, addPos, k, oldLen, newLen);
      if (removePos !== NONE) best[offset + k - 1] = NONE;
      if (step === 0) {
        best[offset + k] = NONE;
        continue;
      }
      const oldPos = snake(step > 0 ? addPos : removePos + 1, k);
      if (oldPos + 1 >= oldLen && oldPos - k + 1 >= newLen)
        return runs(oldLen, newLen, trace, d, k, oldPos);
      best[offset + k] = oldPos;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (oldPos - k + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return undefined;
}

/**
 * jsdiff's choice for diagonal k given the farthest old positions on k - 1 and k + 1: 1 to
 * insert (from k + 1), -1 to delete (from k - 1), 0 when neither is possible.
 */
function choose(removePos: number, addPos: number, k: number, oldLen: number, newLen: number) {
  const canAdd = addPos !== NONE && addPos - k >= 0 && addPos - k < newLen;
  const canRemove = removePos !== NONE && removePos + 1 < oldLen;
  if (!canAdd && !canRemove) return 0;
  return !canRemove || (canAdd && removePos < addPos) ? 1 : -1;
}

/**
 * Copies of `best` over the diagonals read at each edit length d, taken before d's pass (at
 * most about D² integers in all), from which the path is read back at the end.
 */
class Trace {
  private data = new Int32Array(1024);
  private used = 0;
  /** Per edit length d (from 1): where its copy starts in data, and its lowest diagonal. */
  private readonly start: number[] = [];
  private readonly low: number[] = [];

  keep(best: Int32Array, offset: number, lo: number, hi: number): void {
    const size = hi - lo + 1;
    if (this.used + size > this.data.length) {
      const grown = new Int32Array(Math.max(2 * this.data.length, this.used + size));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    this.data.set(best.subarray(offset + lo, offset + hi + 1), this.used);
    this.start.push(this.used);
    this.low.push(lo);
    this.used += size;
  }

  /** best[k] as it stood before the pass of edit length d. */
  at(d: number, k: number): number {
    return this.data[this.start[d - 1]! + k - this.low[d - 1]!]!;
  }
}

/** The runs of the path ending on diagonal k at edit length d, old position `end`. */
function runs(
  oldLen: number,
  newLen: number,
  trace: Trace,
  d: number,
  k: number,
  end: number,
): TokenRun[] {
  // Walk back: each step is an edit then a snake up to the old position it ended at.
  const steps: { op: RunOp; snake: number }[] = [];
  for (; d > 0; d--) {
    const removePos = trace.at(d, k - 1);
    const addPos = trace.at(d, k + 1);
    const inserted = choose(removePos, addPos, k, oldLen, newLen) > 0;
    const start = inserted ? addPos : removePos + 1;
    steps.push({ op: inserted ? 'insert' : 'delete', snake: end - start });
    end = inserted ? addPos : removePos;
    k += inserted ? 1 : -1;
  }
  const out: TokenRun[] = [];
  const push = (op: RunOp, count: number) => {
    if (count === 0) return;
    const lastRun = out.at(-1);
    if (lastRun?.op === op) lastRun.count += count;
    else out.push({ op, count });
  };
  push('equal', end + 1);
  for (let s = steps.length - 1; s >= 0; s--) {
    push(steps[s]!.op, 1);
    push('equal', steps[s]!.snake);
  }
  return out;
}
