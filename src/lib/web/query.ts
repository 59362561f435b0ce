/**
 * Numeric query parameters, checked before they reach a query: `?limit=2.5` and
 * `?before=1e308` answered 500 when passed on as numbers (issue #14).
 */
export type IntParam =
  { ok: true; value: number | null } | { ok: false; name: string; min: number; max: number };

/**
 * The whole number in `params[name]` within [min, max]; null when the parameter is absent or
 * empty; a refusal naming the parameter and its range otherwise.
 *
 * @example intParam(new URLSearchParams('limit=20'), 'limit', { min: 1, max: 200 }) // { ok: true, value: 20 }
 * @example intParam(new URLSearchParams('limit=2.5'), 'limit', { min: 1, max: 200 }) // { ok: false, name: 'limit', min: 1, max: 200 }
 */
export function intParam(
  params: URLSearchParams,
  name: string,
  range: { min: number; max: number },
): IntParam {
  const raw = params.get(name);
  if (raw === null || raw === '') return { ok: true, value: null };
  const value = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  return value >= range.min && value <= range.max
    ? { ok: true, value }
    : { ok: false, name, ...range };
}

/** Row ids (PostgreSQL integer and bigint keys that paging passes back). */
export const ID_RANGE = { min: 1, max: Number.MAX_SAFE_INTEGER } as const;
