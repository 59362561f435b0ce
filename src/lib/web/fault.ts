/**
 * What a visitor sees when a request fails: a page in their language that says whether
 * anything was saved and what to do, with a 503 when the database cannot be reached (so
 * load balancers and monitors see it too) and a 500 otherwise. Pure: the middleware passes
 * the error, the request method and a translator.
 */
import { escapeHtml } from '../html/escape.ts';
import { isDatabaseUnavailable } from '../errors/index.ts';
import { htmlLang, type Locale, type Translate } from '../i18n/index.ts';

/** Time to the first byte of an answer; a streamed body (CSV export) may take longer. */
export const REQUEST_DEADLINE_MS = 10_000;

/**
 * Rejects with code REQUEST_DEADLINE when `work` has not settled after `ms`. A query that
 * waits on a connection lost mid-outage can wait forever in postgres.js 3.4.9 (seen in
 * tests/faults/postgres-outage.test.ts), so a request must not wait on it: the visitor gets
 * the "try again" page, and a form sent again keeps its idempotency key.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'REQUEST_DEADLINE' })),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * `late`: the request deadline passed while the work went on. The work may still commit (a
 * 5,000-row import answered "nothing saved" and then stored every row; issue #14), so a late
 * POST is told that the outcome is not known and how to find it out, never that nothing was saved.
 */
export type FaultKind = 'unavailable' | 'late' | 'error';

export function faultKindOf(error: unknown): FaultKind {
  if ((error as { code?: unknown } | null)?.code === 'REQUEST_DEADLINE') return 'late';
  return isDatabaseUnavailable(error) ? 'unavailable' : 'error';
}

/** The error page for a failed request; a failed POST says whether anything was stored. */
export function faultResponse(
  kind: FaultKind,
  method: string,
  locale: Locale,
  t: Translate,
): Response {
  const busy = kind !== 'error';
  const title = t(busy ? 'fault.unavailable.title' : 'fault.error.title');
  const message =
    method === 'POST'
      ? t(kind === 'late' ? 'fault.outcomeUnknown' : 'fault.notSaved')
      : t(busy ? 'fault.unavailable.read' : 'fault.error.read');
  return messagePage(
    busy ? 503 : 500,
    title,
    message,
    locale,
    t,
    busy ? { 'Retry-After': '30' } : {},
  );
}

/** The answer to a form post refused before any page saw it: too large (413) or not a readable form (400). */
export function badBodyResponse(
  problem: 'too-large' | 'malformed',
  locale: Locale,
  t: Translate,
): Response {
  return problem === 'too-large'
    ? messagePage(413, t('hostile.tooLarge.title'), t('hostile.tooLarge.body'), locale, t, {
        Connection: 'close',
      })
    : messagePage(400, t('hostile.malformed.title'), t('hostile.malformed.body'), locale, t);
}

/** The answer to a staff form post whose CSRF token is missing or wrong: 403, nothing saved. */
export function staleFormResponse(locale: Locale, t: Translate): Response {
  return messagePage(403, t('hostile.staleForm.title'), t('hostile.staleForm.body'), locale, t);
}

/** The answer to a query parameter out of its range (see ./query.ts): 400, saying which and what it takes. */
export function badParameterResponse(
  problem: { name: string; min: number; max: number },
  locale: Locale,
  t: Translate,
): Response {
  return messagePage(
    400,
    t('hostile.malformed.title'),
    t('query.badNumber', { name: problem.name, min: problem.min, max: problem.max }),
    locale,
    t,
  );
}

function messagePage(
  status: number,
  title: string,
  message: string,
  locale: Locale,
  t: Translate,
  headers: Record<string, string> = {},
): Response {
  const html = `<!doctype html>
<html lang="${htmlLang(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · ${escapeHtml(t('site.short'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">${escapeHtml(t('fault.home'))}</a></p></main></body>
</html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}
