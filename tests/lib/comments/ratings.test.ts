import { describe, expect, it } from 'vitest';
import { average, readRatings } from '../../../src/lib/comments/ratings.ts';

describe('evaluation ratings', () => {
  it('are optional as a whole', () => {
    expect(readRatings({})).toEqual({ ok: true, value: null });
  });
  it('need all three aspects, each 1 to 5', () => {
    expect(
      readRatings({ rating_clarity: '4', rating_enforceability: '3', rating_effect: '5' }),
    ).toEqual({ ok: true, value: { clarity: 4, enforceability: 3, effect: 5 } });
    expect(readRatings({ rating_clarity: '4' }).ok).toBe(false);
    expect(
      readRatings({ rating_clarity: '6', rating_enforceability: '3', rating_effect: '5' }).ok,
    ).toBe(false);
    expect(
      readRatings({ rating_clarity: '2.5', rating_enforceability: '3', rating_effect: '5' }).ok,
    ).toBe(false);
  });
  it('average kept sums to one decimal', () => {
    expect(average(11, 3)).toBe(3.7);
    expect(average(0, 0)).toBeNull();
  });
});
