/**
 * Akoma Ntoso style eIds from each node's path: `chp_2__sec_1__art_15__para_2__point_3`.
 * A numbered node uses its number (`art_10-1` for 第十条之一); an unnumbered one its position
 * among same-kind siblings. Should a messy text still produce the same id twice, the later
 * one gets `-xN` and a warning, so ids stay unique and deterministic.
 */
import type { ProblemSink } from './problems.ts';
import type { ClauseKind, ClauseNode } from './types.ts';

export const EID_PREFIX: Record<ClauseKind, string> = {
  part: 'part',
  chapter: 'chp',
  section: 'sec',
  article: 'art',
  paragraph: 'para',
  point: 'point',
  subpoint: 'subpoint',
  title: 'title',
  subsection: 'subsec',
  subparagraph: 'subpara',
  clause: 'clause',
  subclause: 'subclause',
  recital: 'recital',
  heading: 'hcontainer',
  subpart: 'subpart',
  annex: 'annex',
};

export function assignEIds(nodes: ClauseNode[], sink: ProblemSink): void {
  const used = new Set<string>();
  // The next suffix to try for a base already used: -x2, -x3, … are only ever given in turn, so
  // the first free one is found without trying them all again (a text repeating one label
  // thousands of times took time in the square of the count).
  const nextSuffix = new Map<string, number>();
  const visit = (siblings: ClauseNode[], prefix: string) => {
    const positions = new Map<ClauseKind, number>();
    for (const n of siblings) {
      const position = (positions.get(n.kind) ?? 0) + 1;
      positions.set(n.kind, position);
      const number =
        n.num === null ? String(position) : n.subNum ? `${n.num}-${n.subNum}` : String(n.num);
      const base = `${prefix}${EID_PREFIX[n.kind]}_${number}`;
      let eId = base;
      if (used.has(eId)) {
        let k = nextSuffix.get(base) ?? 2;
        while (used.has(`${base}-x${k}`)) k++;
        eId = `${base}-x${k}`;
        nextSuffix.set(base, k + 1);
      }
      if (eId !== base) sink.warning('duplicate-eid', n.line, { eId: base, used: eId });
      used.add(eId);
      n.eId = eId;
      visit(n.children, `${eId}__`);
    }
  };
  visit(nodes, '');
}
