/** Naming "the whole thing" a comment is on by what it is. */
import { describe, expect, it } from 'vitest';
import { wholeTarget } from '../../../src/lib/comments/target.ts';

describe('wholeTarget', () => {
  it.each([
    ['drafting', 'draft'],
    ['review', 'draft'],
    ['enacted', 'regulation'],
    ['evaluation', 'regulation'],
    [null, 'draft'],
  ] as const)('names a version in stage %s a %s', (stage, expected) => {
    expect(wholeTarget({ stage })).toBe(expected);
  });

  it('names a comment on the legislative plan the plan, whatever the stage', () => {
    expect(wholeTarget({ stage: null, plan: true })).toBe('plan');
  });
});
