import { describe, expect, it } from 'vitest';
import { condense, memberDiff } from '../../../src/lib/moderation/member-diff.ts';

const body = 'Women deserve a fair shot in sports, but when males are allowed to compete in female sports contests, that fair shot disappears.';

describe('member diffs', () => {
  it('show an added opening sentence with only a little of the unchanged letter after it', () => {
    const d = memberDiff(body, `God created man and women. ${body}`, 10);
    expect(d.same).toBe(false);
    expect(d.parts[0]).toEqual({ op: 'insert', text: 'God created man and women. ' });
    expect(d.parts.slice(1)).toEqual([{ op: 'equal', text: 'Women dese' }, { op: 'gap' }]);
  });
  it('keep context on both sides of a change in the middle', () => {
    const d = memberDiff(body, body.replace('fair shot in', 'real chance in'), 8);
    const kinds = d.parts.map((p) => p.op);
    expect(kinds).toContain('delete');
    expect(kinds).toContain('insert');
    expect(kinds.at(-1)).toBe('gap');
  });
  it('say "same" for identical copies', () => {
    expect(memberDiff(body, body)).toEqual({ same: true, parts: [] });
  });
  it('leave short unchanged runs whole', () => {
    expect(condense([{ op: 'equal', text: 'abc' }, { op: 'insert', text: 'x' }], 10)).toEqual([{ op: 'equal', text: 'abc' }, { op: 'insert', text: 'x' }]);
  });
});
