/**
 * Checks that siblings of one kind are numbered 1, 2, 3 … with 之一 insertions (10, 10-1,
 * 10-2, 11) allowed, and reports gaps and duplicates with the line where they occur.
 */
import { messages, type ProblemSink } from './problems.ts';
import type { ClauseNode } from './types.ts';

export function checkSequence(
  nodes: readonly ClauseNode[],
  label: (num: number, sub: number | null) => string,
  sink: ProblemSink,
): void {
  const seen = new Map<string, number>();
  let prev: { num: number; sub: number } = { num: 0, sub: 0 };
  for (const n of nodes) {
    if (n.num === null) continue;
    const key = `${n.num}-${n.subNum ?? 0}`;
    const first = seen.get(key);
    if (first !== undefined) {
      sink.error('duplicate-number', n.line, messages.duplicateNumber(n.label || label(n.num, n.subNum), first));
      continue;
    }
    seen.set(key, n.line);
    const sub = n.subNum ?? 0;
    const ok = sub === 0 ? n.num === prev.num + 1 : n.num === prev.num && sub === prev.sub + 1;
    if (!ok) {
      const expected = sub === 0 ? label(prev.num + 1, null) : label(prev.num, prev.sub + 1);
      sink.error('numbering-gap', n.line, messages.numberingGap(expected, n.label || label(n.num, n.subNum)));
    }
    prev = { num: n.num, sub };
  }
}
