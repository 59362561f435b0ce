/** Picking an article poster's print size by the article's length. */
import { describe, expect, it } from 'vitest';
import { posterFit } from '../../../src/lib/participation/poster-fit.ts';

describe('posterFit', () => {
  it('keeps a short article at the regular size', () => {
    expect(posterFit('')).toBe('regular');
    expect(posterFit('字'.repeat(220))).toBe('regular');
  });

  it('steps down as the article grows', () => {
    expect(posterFit('字'.repeat(221))).toBe('long');
    expect(posterFit('字'.repeat(800))).toBe('longer');
    expect(posterFit('字'.repeat(1001))).toBe('longest');
  });
});
