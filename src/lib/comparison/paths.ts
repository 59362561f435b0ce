/**
 * Three or more readings in one table (#16): 征求意见稿 → 一审稿 → 二审稿 → 表决稿, one row per
 * article's path through them. Consecutive readings are compared as usual (compareDocuments);
 * the rows are the connected groups of those correspondences, so an article split in the
 * second reading and merged again in the third stays one row.
 *
 * Rows follow the last reading's order; a row that ends earlier (an article deleted on the
 * way) stands after the row holding the article just before it in the last reading it
 * appears in.
 */
import { articlesOf, plainText, type ParsedDocument } from '../legislation/index.ts';
import { diffText, type DiffPart } from './diff-text.ts';
import { compareDocuments, type ChangeType, type Correction } from './index.ts';

export interface PathRow {
  /** eIds of the row's articles in each reading (empty where it has none). */
  cells: string[][];
  /** What happened between reading k and k+1 (null where the row has nothing on either side). */
  steps: (ChangeType | null)[];
}

/** `corrections[v]`: staff corrections between readings v and v + 1 (corrections.ts). */
export function readingPaths(
  docs: readonly ParsedDocument[],
  corrections: readonly (readonly Correction[])[] = [],
): PathRow[] {
  const key = (v: number, eId: string) => `${v}\u0000${eId}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (x: string, y: string) => parent.set(find(x), find(y));
  const positions = docs.map((d) => new Map(articlesOf(d).map((n, k) => [n.eId, k])));
  docs.forEach((_, v) => positions[v]!.forEach((_, e) => parent.set(key(v, e), key(v, e))));
  const stepTypes: Map<string, ChangeType>[] = [];
  for (let v = 0; v + 1 < docs.length; v++) {
    const types = new Map<string, ChangeType>();
    for (const c of compareDocuments(docs[v]!, docs[v + 1]!, corrections[v] ?? []).changes) {
      const members = [...c.from.map((e) => key(v, e)), ...c.to.map((e) => key(v + 1, e))];
      members.slice(1).forEach((m) => union(members[0]!, m));
      types.set(members[0]!, c.type);
    }
    stepTypes.push(types);
  }
  const groups = new Map<string, PathRow>();
  docs.forEach((_, v) => {
    for (const e of positions[v]!.keys()) {
      const root = find(key(v, e));
      if (!groups.has(root))
        groups.set(root, { cells: docs.map(() => []), steps: docs.slice(1).map(() => null) });
      groups.get(root)!.cells[v]!.push(e);
    }
  });
  stepTypes.forEach((types, v) => {
    for (const [member, type] of types) {
      const row = groups.get(find(member))!;
      const current = row.steps[v];
      row.steps[v] =
        current === null || current === undefined || current === type ? type : 'merged';
    }
  });
  return order([...groups.values()], positions);
}

/** Rows in the last reading's order, rows ending earlier after their nearest predecessor there. */
function order(rows: PathRow[], positions: readonly Map<string, number>[]): PathRow[] {
  const last = (r: PathRow) => r.cells.findLastIndex((c) => c.length > 0);
  const first = (r: PathRow, v: number) =>
    Math.min(...r.cells[v]!.map((e) => positions[v]!.get(e)!));
  let ordered: PathRow[] = [];
  for (let v = positions.length - 1; v >= 0; v--) {
    const ending = rows.filter((r) => last(r) === v).sort((x, y) => first(x, v) - first(y, v));
    if (ordered.length === 0) {
      ordered = ending;
      continue;
    }
    for (const row of ending) {
      const at = first(row, v);
      // The row holding the nearest article before this one in reading v.
      let after = -1;
      let best = -1;
      ordered.forEach((r, k) => {
        for (const e of r.cells[v]!) {
          const p = positions[v]!.get(e)!;
          if (p >= at || p <= best) continue;
          best = p;
          after = k;
        }
      });
      ordered.splice(after + 1, 0, row);
    }
  }
  return ordered;
}

export interface ReadingCell {
  labels: string[];
  text: string;
  /** Words against the previous reading's cell of the row: inserted words are marked. */
  parts: DiffPart[];
  /** What happened on the way into this reading (null in the first column). */
  step: ChangeType | null;
}

/** The table of readingPaths with each cell's labels, text and diff against the cell before it. */
export function readingTable(
  docs: readonly ParsedDocument[],
  corrections: readonly (readonly Correction[])[] = [],
): ReadingCell[][] {
  const nodes = docs.map((d) => new Map(articlesOf(d).map((n) => [n.eId, n])));
  return readingPaths(docs, corrections).map((row) => {
    const texts = row.cells.map((cell, v) =>
      cell.map((e) => plainText(nodes[v]!.get(e)!)).join('\n'),
    );
    return row.cells.map((cell, v) => ({
      labels: cell.map((e) => nodes[v]!.get(e)!.label || nodes[v]!.get(e)!.heading || e),
      text: texts[v]!,
      parts:
        v === 0 || texts[v] === '' || texts[v - 1] === ''
          ? [{ op: 'equal' as const, text: texts[v]! }]
          : diffText(texts[v - 1]!, texts[v]!, docs[v]!.language).parts,
      step: v === 0 ? null : row.steps[v - 1]!,
    }));
  });
}

/**
 * Whether a row of the reading table shows a change anywhere along its path: a step other than
 * unchanged, or a text that differs from the reading before (a punctuation edit is a change).
 * A row only renumbered is not: the printed 对照表 leaves those out.
 */
export function rowChanged(row: readonly ReadingCell[]): boolean {
  return row.some(
    (cell, v) => v > 0 && (cell.step !== 'unchanged' || cell.text !== row[v - 1]!.text),
  );
}

/** Whether a row unchanged throughout was renumbered on the way (its labels differ between readings). */
export function rowRenumbered(row: readonly ReadingCell[]): boolean {
  return row.some((cell, v) => v > 0 && cell.labels.join() !== row[v - 1]!.labels.join());
}
