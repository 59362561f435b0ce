/**
 * Post-enactment evaluation ratings of a clause: clarity, enforceability and effect, each 1-5.
 * Optional as a whole; when any is given, all three are required.
 */
import type { FieldError } from './validate.ts';

export const RATING_ASPECTS = ['clarity', 'enforceability', 'effect'] as const;
export type RatingAspect = (typeof RATING_ASPECTS)[number];
export type Ratings = Record<RatingAspect, number>;

export function readRatings(
  raw: Record<string, string | undefined>,
): { ok: true; value: Ratings | null } | { ok: false; errors: FieldError[] } {
  const given = RATING_ASPECTS.map((a) => raw[`rating_${a}`] ?? '');
  if (given.every((g) => g === '')) return { ok: true, value: null };
  const values = given.map(Number);
  if (values.some((v) => !Number.isInteger(v) || v < 1 || v > 5)) {
    return {
      ok: false,
      errors: [
        {
          field: 'ratings',
          code: 'ratings-incomplete',
          message: { key: 'fieldError.ratingsIncomplete' },
        },
      ],
    };
  }
  const [clarity, enforceability, effect] = values as [number, number, number];
  return { ok: true, value: { clarity, enforceability, effect } };
}

/** Average of a kept sum, one decimal; null when nobody rated. */
export function average(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}
