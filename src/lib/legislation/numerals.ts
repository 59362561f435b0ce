/**
 * Numbers as legal texts write them: Chinese numerals (第一百零五条), Arabic and full-width
 * digits, letter designations of US bills ((a), (aa)) and roman numerals ((iv), TITLE XI).
 * Every parser is strict (returns null on anything it cannot read back exactly) and has a
 * formatter that is its inverse, so labels can be generated as well as read.
 */

const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CHINESE_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = '零一二三四五六七八九';

/** Characters that may occur in a Chinese or Arabic designation number (for regular expressions). */
export const NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万0-9０-９';

/** Full-width digits to ASCII; everything else unchanged. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/**
 * A Chinese numeral, or Arabic / full-width digits, to an integer; null if it is not one.
 * Accepts the usual variants (两 for 二, 〇 for 零, 一十 for 十, 一百十 for 一百一十) and the
 * digit-by-digit style (一〇五); rejects garbled forms such as 十十 or 一百百.
 *
 * @example
 * parseChineseNumeral('一百零五') // 105
 * parseChineseNumeral('两百')     // 200
 * parseChineseNumeral('１２')     // 12
 * parseChineseNumeral('十十')     // null
 */
export function parseChineseNumeral(input: string): number | null {
  const text = toHalfWidthDigits(input.trim());
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number.parseInt(text, 10);
  if ([...text].every((c) => c in CHINESE_DIGITS)) {
    if (text.length === 1) return CHINESE_DIGITS[text] ?? null;
    // Digit-by-digit style, as in years: 二〇二三.
    return Number.parseInt([...text].map((c) => CHINESE_DIGITS[c]).join(''), 10);
  }
  const value = readPositional(text);
  if (value === null) return null;
  // Strict: the canonical spelling of the value must equal the input up to accepted variants.
  const canonical = formatChineseNumeral(value);
  const variant = text.replace(/两/g, '二').replace(/〇/g, '零');
  const accepted = new Set([
    canonical,
    `一${canonical}`,
    canonical.replace(/([百千万])一十/g, '$1十'),
  ]);
  return accepted.has(variant) ? value : null;
}

function readPositional(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return null;
      digit = CHINESE_DIGITS[char] ?? 0;
    } else if (char in CHINESE_UNITS) {
      const unit = CHINESE_UNITS[char] ?? 1;
      section += (digit === null ? 1 : digit) * unit;
      digit = null;
    } else if (char === '万') {
      total += (section + (digit ?? 0)) * 10_000;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

function formatGroup(n: number, leading: boolean): string {
  // n in 0..9999; `leading` is true for the first group of the whole number.
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let out = '';
  let pendingZero = false;
  values.forEach((v, i) => {
    const d = Math.floor(n / v) % 10;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    const omitOne = leading && out === '' && v === 10 && d === 1;
    out += (omitOne ? '' : (DIGIT_CHARS[d] ?? '')) + (units[i] ?? '');
  });
  return out;
}

/**
 * An integer (0 to 99,999,999) in canonical Chinese numerals, as legal texts number things.
 *
 * @example
 * formatChineseNumeral(10)   // '十'
 * formatChineseNumeral(110)  // '一百一十'
 * formatChineseNumeral(1001) // '一千零一'
 */
export function formatChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000)
    throw new RangeError(`not a supported number: ${n}`);
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  if (high === 0) return formatGroup(low, true);
  let out = `${formatGroup(high, true)}万`;
  if (low === 0) return out;
  if (low < 1000) out += '零';
  return out + formatGroup(low, false);
}

/**
 * A letter designation of a US bill to its number: a–z are 1–26, then doubled letters
 * (aa = 27 … zz = 52), tripled (aaa = 53) and so on. Case is kept by the caller: (A) and
 * (a) both give 1. Mixed letters (ab) are not designations: null.
 *
 * @example
 * parseLetters('c')  // 3
 * parseLetters('aa') // 27
 */
export function parseLetters(text: string): number | null {
  const lower = text.toLowerCase();
  if (!/^([a-z])\1*$/.test(lower)) return null;
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}

/** Inverse of {@link parseLetters}, lower case. @example formatLetters(28) // 'bb' */
export function formatLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`not a supported number: ${n}`);
  const times = Math.floor((n - 1) / 26) + 1;
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(times);
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Inverse of {@link parseRoman}, lower case, 1–3999. @example formatRoman(14) // 'xiv' */
export function formatRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999)
    throw new RangeError(`not a supported number: ${n}`);
  let rest = n;
  let out = '';
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * A canonical roman numeral (either case) to its number; null for anything else (iiii, ic).
 *
 * @example
 * parseRoman('iv') // 4
 * parseRoman('XI') // 11
 */
export function parseRoman(text: string): number | null {
  const lower = text.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const value = romanValue(lower[i]);
    const next = i + 1 < lower.length ? romanValue(lower[i + 1]) : 0;
    total += value < next ? -value : value;
  }
  return total >= 1 && total <= 3999 && formatRoman(total) === lower ? total : null;
}

function romanValue(char: string | undefined): number {
  return ROMAN.find(([, s]) => s === char)?.[0] ?? 0;
}
