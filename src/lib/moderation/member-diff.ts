/**
 * How a campaign member differs from its representative, for reading at a glance: the word
 * diff with long unchanged runs cut down to a little context on each side of a change.
 */
import { diffText, type DiffPart } from '../comparison/index.ts';

export type CondensedPart = DiffPart | { op: 'gap' };

export interface MemberDiff {
  /** True when the texts are the same. */
  same: boolean;
  parts: CondensedPart[];
}

/**
 * @example condense([{op:'equal', text: 'a'.repeat(200)}, {op:'insert', text:'x'}], 10)
 * // [{op:'gap'}, {op:'equal', text:'aaaaaaaaaa'}, {op:'insert', text:'x'}]
 */
export function condense(parts: readonly DiffPart[], context: number): CondensedPart[] {
  const out: CondensedPart[] = [];
  parts.forEach((p, i) => {
    if (p.op !== 'equal') return void out.push(p);
    const chars = [...p.text];
    const keepHead = i < parts.length - 1 ? context : 0;
    const keepTail = i > 0 ? context : 0;
    if (chars.length <= keepHead + keepTail + 10) return void out.push(p);
    if (keepTail) out.push({ op: 'equal', text: chars.slice(0, keepTail).join('') });
    out.push({ op: 'gap' });
    if (keepHead) out.push({ op: 'equal', text: chars.slice(chars.length - keepHead).join('') });
  });
  return out;
}

/** The condensed diff of a member against the representative (bounded: see diffText). */
export function memberDiff(representative: string, member: string, context = 40): MemberDiff {
  if (representative === member) return { same: true, parts: [] };
  const language = /\p{Script=Han}/u.test(representative) ? 'zh' : 'en';
  const diff = diffText(representative, member, language, { timeout: 50, maxEditLength: 1000 });
  return { same: false, parts: condense(diff.parts, context) };
}
