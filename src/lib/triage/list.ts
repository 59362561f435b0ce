/** Pure helpers of the compact triage list. */

/** The first `max` characters (graphemes) of a text on one line, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(flat)].map(
    (s) => s.segment,
  );
  return chars.length <= max ? flat : `${chars.slice(0, max).join('')}…`;
}

/** Whole days between a comment's arrival and now (0 on the day it came). */
export function ageInDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 86_400_000));
}
