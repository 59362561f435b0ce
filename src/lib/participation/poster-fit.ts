/**
 * How small an article poster must print for the article to fit one A4 page with the title,
 * deadline, QR code and steps. Print CSS cannot measure text, so the page picks a size class by
 * the article's length; each class's sizes (styles/participation.css) were checked by printing
 * to PDF in Chromium (tests/browser/citizen.test.ts counts the pages).
 */
export type PosterFit = 'regular' | 'long' | 'longer' | 'longest';

/** Upper bounds, in characters (UTF-16 units, near enough for CJK text), of each class. */
const BOUNDS: readonly [number, PosterFit][] = [
  [220, 'regular'],
  [500, 'long'],
  [1000, 'longer'],
];

/**
 * @example posterFit('') // 'regular'
 * @example posterFit('字'.repeat(800)) // 'longer'
 */
export function posterFit(articleText: string): PosterFit {
  const n = articleText.length;
  return BOUNDS.find(([max]) => n <= max)?.[1] ?? 'longest';
}
