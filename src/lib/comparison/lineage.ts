/**
 * Lineage: which clauses of a new version carry on a clause of the previous one. A clause that
 * is unchanged, modified, renumbered or moved keeps its predecessor's lineage (for a split,
 * the most similar part does; for a merge, the result keeps the first part's); everything
 * else starts a new lineage. Inside a carried-over article, paragraphs and items follow the
 * paragraph alignment, and the descendants of an unchanged clause follow by relative path.
 */
import type { Change, Comparison } from './index.ts';

export interface LineageRow {
  eId: string;
  lineage: string;
}

/** Maps new eIds to the old eIds they carry on. */
export function carriedOver(comparison: Comparison, oldEIds: readonly string[], newEIds: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  const under = (root: string, ids: readonly string[]) => ids.filter((e) => e === root || e.startsWith(`${root}__`));
  const byPath = (oldRoot: string, newRoot: string) => {
    const olds = new Set(under(oldRoot, oldEIds).map((e) => e.slice(oldRoot.length)));
    for (const e of under(newRoot, newEIds)) {
      const rest = e.slice(newRoot.length);
      if (olds.has(rest) && !map.has(e)) map.set(e, oldRoot + rest);
    }
  };
  const visit = (changes: Change[] | undefined) => {
    for (const c of changes ?? []) {
      if (c.from.length === 0 || c.to.length === 0) continue;
      if (c.type === 'unchanged') byPath(c.from[0]!, c.to[0]!);
      else if (c.type === 'modified') {
        map.set(c.to[0]!, c.from[0]!);
        visit(c.children);
      } else if (c.type === 'split') map.set(c.to[0]!, c.from[0]!);
      else if (c.type === 'merged') map.set(c.to[0]!, c.from[0]!);
    }
  };
  visit(comparison.changes);
  return map;
}

export function assignLineage(
  versionId: number,
  newEIds: readonly string[],
  previous: { rows: readonly LineageRow[]; carried: Map<string, string> } | null,
): Map<string, string> {
  const oldLineage = new Map(previous?.rows.map((r) => [r.eId, r.lineage]) ?? []);
  const out = new Map<string, string>();
  for (const eId of newEIds) {
    const from = previous?.carried.get(eId);
    out.set(eId, (from && oldLineage.get(from)) || `${versionId}:${eId}`);
  }
  return out;
}
