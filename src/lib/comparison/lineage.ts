/**
 * Lineage: which clauses of a new version carry on a clause of the previous one. A clause that
 * is unchanged, modified, renumbered or moved keeps its predecessor's lineage (for a split,
 * the first part does; for a merge, the result keeps the first part's); everything else
 * starts a new lineage. Inside a carried-over article, and across the articles of a split or
 * merge, paragraphs and items follow the paragraph alignment (#16: the other parts of a split
 * keep the lineage of the old paragraphs they took, so their earlier comments follow them),
 * and the descendants of an unchanged clause follow by relative path. An old clause lends its
 * lineage to one new clause at most.
 */
import type { Change, Comparison } from './index.ts';

export interface LineageRow {
  eId: string;
  lineage: string;
}

/** Maps new eIds to the old eIds they carry on. */
export function carriedOver(
  comparison: Comparison,
  oldEIds: readonly string[],
  newEIds: readonly string[],
): Map<string, string> {
  const map = new Map<string, string>();
  const lent = new Set<string>();
  const carry = (newEId: string, oldEId: string) => {
    if (map.has(newEId) || lent.has(oldEId)) return;
    map.set(newEId, oldEId);
    lent.add(oldEId);
  };
  const under = (root: string, ids: readonly string[]) =>
    ids.filter((e) => e === root || e.startsWith(`${root}__`));
  const byPath = (oldRoot: string, newRoot: string) => {
    const olds = new Set(under(oldRoot, oldEIds).map((e) => e.slice(oldRoot.length)));
    for (const e of under(newRoot, newEIds)) {
      const rest = e.slice(newRoot.length);
      if (olds.has(rest)) carry(e, oldRoot + rest);
    }
  };
  const visit = (changes: Change[] | undefined) => {
    for (const c of changes ?? []) {
      if (c.from.length === 0 || c.to.length === 0) continue;
      if (c.type === 'unchanged') byPath(c.from[0]!, c.to[0]!);
      else {
        carry(c.to[0]!, c.from[0]!);
        visit(c.children);
      }
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

/** The clause_links rows of a comparison: every old article of a change with every new one. */
export function clauseLinkRows(fromVersionId: number, toVersionId: number, changes: Change[]) {
  return changes.flatMap((c) =>
    c.from.flatMap((fromEId) =>
      c.to.map((toEId) => ({
        fromVersionId,
        toVersionId,
        fromEId,
        toEId,
        type: c.type,
        similarity: Math.round(c.similarity * 1000),
      })),
    ),
  );
}
