/**
 * The heat map of a consultation: comments per article (or per section in an English bill)
 * by stance, from the kept counts of each clause. A comment on a paragraph or item counts for
 * its article; one on a division above the articles (a chapter) keeps its own row.
 */
import { STANCES, type Stance } from '../comments/validate.ts';

export { STANCES, type Stance };

export interface HeatClause {
  eId: string;
  parentEId: string | null;
  kind: string;
  label: string;
  heading: string;
  position: number;
}

export interface HeatRow {
  /** '' for the whole draft. */
  eId: string;
  label: string;
  heading: string;
  counts: Record<Stance, number>;
  total: number;
}

const zero = (): Record<Stance, number> => ({
  support: 0,
  oppose: 0,
  amend: 0,
  question: 0,
  unstated: 0,
});

/** The kinds a comment rolls up to: articles where the text has them, else sections and recitals. */
function unitKinds(clauses: readonly HeatClause[]): ReadonlySet<string> {
  return new Set(clauses.some((c) => c.kind === 'article') ? ['article'] : ['section', 'recital']);
}

/**
 * One row per unit in document order (every unit, with zeros where nobody commented), then
 * any division above the units that was commented on directly, and the whole draft first.
 */
export function buildHeatMap(
  clauses: readonly HeatClause[],
  counts: readonly { clauseEId: string; stance: string; count: number }[],
): { rows: HeatRow[]; max: number } {
  const byEId = new Map(clauses.map((c) => [c.eId, c]));
  const units = unitKinds(clauses);
  const unitOf = (eId: string): string => {
    for (let c = byEId.get(eId); c; c = c.parentEId ? byEId.get(c.parentEId) : undefined)
      if (units.has(c.kind)) return c.eId;
    return eId;
  };
  const tally = new Map<string, Record<Stance, number>>();
  for (const { clauseEId, stance, count } of counts) {
    if (!(STANCES as readonly string[]).includes(stance)) continue;
    const key = clauseEId === '' || !byEId.has(clauseEId) ? '' : unitOf(clauseEId);
    const row = tally.get(key) ?? zero();
    row[stance as Stance] += count;
    tally.set(key, row);
  }
  const ordered = [...clauses]
    .sort((a, b) => a.position - b.position)
    .filter((c) => units.has(c.kind) || tally.has(c.eId));
  const rows: HeatRow[] = [
    { eId: '', label: '', heading: '', counts: tally.get('') ?? zero() },
    ...ordered.map((c) => ({
      eId: c.eId,
      label: c.label,
      heading: c.heading,
      counts: tally.get(c.eId) ?? zero(),
    })),
  ].map((r) => ({ ...r, total: STANCES.reduce((n, s) => n + r.counts[s], 0) }));
  return { rows, max: Math.max(0, ...rows.map((r) => r.total)) };
}
