import { describe, expect, it } from 'vitest';
import { condense, memberDiff, memberDiffs } from '../../../src/lib/moderation/member-diff.ts';

const body =
  'Women deserve a fair shot in sports, but when males are allowed to compete in female sports contests, that fair shot disappears.';

describe('member diffs', () => {
  it('show an added opening sentence with only a little of the unchanged letter after it', () => {
    const d = memberDiff(body, `God created man and women. ${body}`, { context: 10 });
    expect(d.same).toBe(false);
    expect(d.parts[0]).toEqual({ op: 'insert', text: 'God created man and women. ' });
    expect(d.parts.slice(1)).toEqual([{ op: 'equal', text: 'Women ' }, { op: 'gap' }]);
  });
  it('keep context on both sides of a change in the middle', () => {
    const d = memberDiff(body, body.replace('fair shot in', 'real chance in'), { context: 8 });
    const kinds = d.parts.map((p) => p.op);
    expect(kinds).toContain('delete');
    expect(kinds).toContain('insert');
    expect(kinds.at(-1)).toBe('gap');
  });
  it('say "same" for identical copies', () => {
    expect(memberDiff(body, body)).toEqual({ same: true, replaced: false, parts: [] });
  });
  it('give up when the edit is too long for the texts, the same way every time, and say so', () => {
    // The same 50 words in another order: no word occurs once, so nothing anchors the diff,
    // and the edit script is far longer than the bound for 12,000 tokens (#16).
    const long = Array.from({ length: 3000 }, (_, i) => `w${i % 50}`).join(' ');
    const shuffled = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919) % 50}`).join(' ');
    const first = memberDiff(long, shuffled);
    expect(first).toEqual({ same: false, replaced: true, parts: [] });
    expect(memberDiff(long, shuffled)).toEqual(first);
  });
  it('leave short unchanged runs whole', () => {
    expect(
      condense(
        [
          { op: 'equal', text: 'abc' },
          { op: 'insert', text: 'x' },
        ],
        10,
      ),
    ).toEqual([
      { op: 'equal', text: 'abc' },
      { op: 'insert', text: 'x' },
    ]);
  });
  it('keep Chinese context by characters, where there are no spaces', () => {
    const zh =
      '我们小区全体业主强烈要求在第二十三条中明确物业费调整必须经业主大会表决通过不得由物业公司单方面决定';
    expect(
      condense(
        [
          { op: 'insert', text: '新增' },
          { op: 'equal', text: zh },
        ],
        5,
      ),
    ).toEqual([{ op: 'insert', text: '新增' }, { op: 'equal', text: '我们小区全' }, { op: 'gap' }]);
  });
  it('diff members within a budget of characters, not of time, showing the rest whole', () => {
    const body =
      'We ask the committee to keep the hearing open to the public and to publish its record.';
    const members = [
      body,
      `${body} Thank you.`,
      `Dear committee, ${body}`,
      `${body} Signed, a resident.`,
    ];
    // The budget covers the first two differing members (each pair about 190 characters).
    const diffs = memberDiffs(body, members, 400);
    expect(diffs[0]).toEqual({ same: true, replaced: false, parts: [] });
    expect(diffs[1]!.replaced).toBe(false);
    expect(diffs[1]!.parts.some((p) => p.op === 'insert')).toBe(true);
    expect(diffs[2]!.replaced).toBe(false);
    expect(diffs[3]).toEqual({ same: false, replaced: true, parts: [] });
    expect(memberDiffs(body, members, 400)).toEqual(diffs);
  });
});
