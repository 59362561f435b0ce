/**
 * Checks that siblings of one kind are numbered 1, 2, 3 … with 之一 insertions (10, 10-1,
 * 10-2, 11) allowed, and reports gaps and duplicates with the line where they occur, as
 * warnings: the tree is kept as written.
 */
import { formatChineseNumeral } from './numerals.ts';
import type { ProblemSink } from './problems.ts';
import type { ClauseNode } from './types.ts';

export interface SequenceOptions {
  /** Numbers the first node may also carry without a gap being reported (besides 1). */
  startsAllowed?: readonly number[];
}

export function checkSequence(
  nodes: readonly ClauseNode[],
  label: (num: number, sub: number | null) => string,
  sink: ProblemSink,
  options: SequenceOptions = {},
): void {
  const seen = new Map<string, number>();
  let prev: { num: number; sub: number } | null = null;
  for (const n of nodes) {
    if (n.num === null) continue;
    const key = `${n.num}-${n.subNum ?? 0}`;
    const first = seen.get(key);
    const shown = n.label || label(n.num, n.subNum);
    if (first !== undefined) {
      sink.warning('duplicate-number', n.line, { label: shown, first });
      continue;
    }
    seen.set(key, n.line);
    const sub = n.subNum ?? 0;
    const before = prev ?? { num: 0, sub: 0 };
    const ok =
      sub === 0
        ? n.num === before.num + 1 ||
          (prev === null && (options.startsAllowed ?? []).includes(n.num))
        : n.num === before.num && sub === before.sub + 1;
    if (!ok) {
      const expected =
        sub === 0
          ? (inStyleOf(shown, before.num + 1) ?? label(before.num + 1, null))
          : label(before.num, before.sub + 1);
      sink.warning('numbering-gap', n.line, { expected, found: shown });
    }
    prev = { num: n.num, sub };
  }
}

/**
 * The label `found` with its number replaced by `num`, in the same style: the expected label
 * of a gap reads like the text's own (十六、 beside 十七、, 第16条 beside 第17条, not （十六） or
 * 第十六条). Null when the label has no number to replace, or an 之 insertion's two.
 */
function inStyleOf(found: string, num: number): string | null {
  if (found.includes('之')) return null;
  const m = /\d+|[零〇一二三四五六七八九十百千]+/u.exec(found);
  if (!m) return null;
  const written = /\d/.test(m[0]) ? String(num) : formatChineseNumeral(num);
  return found.slice(0, m.index) + written + found.slice(m.index + m[0].length);
}
