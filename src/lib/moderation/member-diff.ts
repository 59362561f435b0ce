/**
 * How a campaign member differs from its representative, for reading at a glance: the word
 * diff with long unchanged runs cut down to a little context on each side of a change.
 */
import { diffText, type DiffPart } from '../comparison/index.ts';

export type CondensedPart = DiffPart | { op: 'gap' };

export interface MemberDiff {
  /** True when the texts are the same. */
  same: boolean;
  /** True when the diff gave up within its bounds: show the member's text instead. */
  replaced: boolean;
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
    // Cut at a space where there is one, so English context shows whole words.
    const after = chars.slice(0, keepTail).join('');
    const before = chars.slice(chars.length - keepHead).join('');
    if (keepTail)
      out.push({
        op: 'equal',
        text: after.includes(' ') ? after.slice(0, after.lastIndexOf(' ') + 1) : after,
      });
    out.push({ op: 'gap' });
    if (keepHead)
      out.push({
        op: 'equal',
        text: before.includes(' ') ? before.slice(before.indexOf(' ') + 1) : before,
      });
  });
  return out;
}

/**
 * The condensed diff of a member against the representative, bounded like every diffText by
 * the length of the edit script for the texts' size (never by time, so the same pair always
 * gives the same answer); `replaced` when it gave up.
 */
export function memberDiff(
  representative: string,
  member: string,
  options: { context?: number } = {},
): MemberDiff {
  if (representative === member) return { same: true, replaced: false, parts: [] };
  const language = /\p{Script=Han}/u.test(representative) ? 'zh' : 'en';
  const diff = diffText(representative, member, language);
  return {
    same: false,
    replaced: diff.replaced,
    parts: diff.replaced ? [] : condense(diff.parts, options.context ?? 40),
  };
}

/**
 * How many characters of member texts one page diffs against the representative: a group of
 * many long, very different texts cannot stall the page. Past it, members are shown whole
 * (`replaced`). A count of characters, not a clock, so the same group always shows the same.
 */
export const MEMBER_DIFF_BUDGET = 400_000;

/** Each member's diff against the representative, in order, within `MEMBER_DIFF_BUDGET`. */
export function memberDiffs(
  representative: string,
  members: readonly string[],
  budget = MEMBER_DIFF_BUDGET,
): MemberDiff[] {
  let left = budget;
  return members.map((member) => {
    if (member === representative) return { same: true, replaced: false, parts: [] };
    left -= representative.length + member.length;
    return left >= 0
      ? memberDiff(representative, member)
      : { same: false, replaced: true, parts: [] };
  });
}
