import { describe, expect, it } from 'vitest';
import { clauseNumber } from '../../../src/lib/imports/clause-ref.ts';

describe('the article number a spreadsheet cell names', () => {
  it('reads Chinese, Arabic, full-width and English references alike', () => {
    expect(clauseNumber('第四十条')).toBe(40);
    expect(clauseNumber('第一百零三条')).toBe(103);
    expect(clauseNumber('第 40 条')).toBe(40);
    expect(clauseNumber('第４０条')).toBe(40);
    expect(clauseNumber('十二')).toBe(12);
    expect(clauseNumber('Art. 40')).toBe(40);
    expect(clauseNumber('§ 7')).toBe(7);
    expect(clauseNumber('Section 3.')).toBe(3);
  });

  it('names no article for a garbled numeral rather than guessing one', () => {
    // 十十 and 一百百 are typos, not 20 and 200: a comment filed under a guessed article is
    // worse than one the import lists as unmatched for staff to place.
    expect(clauseNumber('第十十条')).toBeNull();
    expect(clauseNumber('一百百')).toBeNull();
    expect(clauseNumber('第零条')).toBeNull();
    expect(clauseNumber('第五章')).toBeNull();
  });
});
