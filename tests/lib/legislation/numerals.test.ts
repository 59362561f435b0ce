import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatChineseNumeral,
  formatLetters,
  formatRoman,
  parseChineseNumeral,
  parseLetters,
  parseRoman,
} from '../../../src/lib/legislation/index.ts';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二十', 120],
    ['一千零一', 1001],
    ['两百', 200],
    ['一十', 10],
    ['二〇二三', 2023],
    ['１２', 12],
    ['42', 42],
    ['一万零一', 10001],
  ] as const)('%s is %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });
  it.each(['十十', '一百百', '', '条', '五十五五'])('rejects garbled "%s"', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
  it('formats as laws write them', () => {
    expect(formatChineseNumeral(120)).toBe('一百二十');
    expect(formatChineseNumeral(105)).toBe('一百零五');
    expect(formatChineseNumeral(10)).toBe('十');
    expect(formatChineseNumeral(110)).toBe('一百一十');
  });
  it('reads back every number it formats (1 to 99,999)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        (n) => parseChineseNumeral(formatChineseNumeral(n)) === n,
      ),
    );
  });
});

describe('English designations', () => {
  it('reads letters including doubled ones', () => {
    expect(parseLetters('c')).toBe(3);
    expect(parseLetters('AA')).toBe(27);
    expect(parseLetters('ab')).toBeNull();
  });
  it('reads canonical roman numerals only', () => {
    expect(parseRoman('iv')).toBe(4);
    expect(parseRoman('XII')).toBe(12);
    expect(parseRoman('iiii')).toBeNull();
  });
  it('round-trips letters and roman numerals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        (n) => parseLetters(formatLetters(n)) === n && parseRoman(formatRoman(n)) === n,
      ),
    );
  });
});
