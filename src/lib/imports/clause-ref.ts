/**
 * The article number a clause reference names, however a spreadsheet writes it: `第40条`,
 * `第四十条`, `40`, `Article 40`, `Art. 40`, `§ 40`. Pure; the caller maps the number to the
 * article of that number in the consultation's version.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
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
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral up to 9,999 (`四十`, `一百零三`, `十二`), or null.
 * @example chineseNumber('一百零三') // 103
 */
export function chineseNumber(text: string): number | null {
  if (text === '' || ![...text].every((ch) => ch in DIGITS || ch in UNITS)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else {
      total += (digit ?? 1) * UNITS[ch]!;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

const PATTERNS = [
  /^第\s*([0-9]+|[零〇一二两三四五六七八九十百千]+)\s*条$/u,
  /^(?:article|art\.?|section|sec\.?|§)\s*([0-9]+)\.?$/iu,
  /^([0-9]+)$/u,
  /^([零〇一二两三四五六七八九十百千]+)$/u,
];

/**
 * The article number of a reference, or null when it names no single article.
 * @example clauseNumber('Art. 40') // 40
 * @example clauseNumber('第四十条') // 40
 */
export function clauseNumber(ref: string): number | null {
  const text = ref.normalize('NFKC').trim();
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = /^[0-9]+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
    return n !== null && n > 0 ? n : null;
  }
  return null;
}
