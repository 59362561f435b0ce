/**
 * myers.ts walks the edit graph as jsdiff does, so for the same tokens it finds jsdiff's edit
 * script: checked against jsdiff's diffArrays on small alphabets, where ties are many.
 */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffIds } from '../../../src/lib/comparison/myers.ts';

const jsdiff = (a: number[], b: number[], maxEditLength: number) =>
  diffArrays(a, b, { maxEditLength })?.map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    count: c.count,
  }));

describe('Myers over token ids', () => {
  it("gives jsdiff's runs, or gives up where jsdiff does", () => {
    const tokens = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 });
    fc.assert(
      fc.property(tokens, tokens, fc.integer({ min: 0, max: 70 }), (a, b, bound) => {
        expect(diffIds(a, b, bound)).toEqual(jsdiff(a, b, bound));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles empty sides and identical inputs', () => {
    expect(diffIds([], [], 0)).toEqual([]);
    expect(diffIds([1, 2], [], 5)).toEqual([{ op: 'delete', count: 2 }]);
    expect(diffIds([], [1, 2], 1)).toBeUndefined();
    expect(diffIds([1, 2], [1, 2], 0)).toEqual([{ op: 'equal', count: 2 }]);
  });
});
