/**
 * Which failures mean "the database is not there" (an outage: the visitor is asked to try
 * again, 503) as against every other failure (an internal error, 500).
 */
/** Codes of postgres.js and Node sockets, and SQLSTATEs, that mean "the database is not there". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  'REQUEST_DEADLINE',
]);

/** What the embedded database (PGlite) throws once it has been closed, as when the process stops. */
const PGLITE_CLOSED = 'PGlite is closed';

/** Whether `error` (or anything in its `cause` chain) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let e = error;
    e && typeof e === 'object' && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e);
    if (e instanceof Error && (e.name === 'DatabaseUnavailable' || e.message === PGLITE_CLOSED))
      return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
      return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseUnavailable(inner)))
      return true;
  }
  return false;
}
