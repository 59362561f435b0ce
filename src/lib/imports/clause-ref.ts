/**
 * The article number a clause reference names, however a spreadsheet writes it: `第40条`,
 * `第四十条`, `40`, `Article 40`, `Art. 40`, `§ 40`. Pure; the caller maps the number to the
 * article of that number in the consultation's version.
 */
import { parseChineseNumeral } from '../legislation/numerals.ts';

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
    const n = parseChineseNumeral(m[1]!);
    return n !== null && n > 0 ? n : null;
  }
  return null;
}
