/**
 * Per request: locale, the clock, staff session, CSRF check for staff forms, security headers,
 * and an honest status for a page whose render fails (the whole HTML is rendered before the
 * first byte is sent, so a failure midway answers 500 instead of 200 with a cut body).
 * Role checks happen in each staff page through `requireStaff` (src/lib/web/guard.ts).
 */
import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { findSession, readSessionToken, secondFactorGate } from './lib/auth/index.ts';
import { settlePending } from './lib/intake/index.ts';
import { clockOf, readConfig } from './lib/config/index.ts';
import { getDb } from './lib/db/index.ts';
import { pickLocale, translator, type Locale, type Translate } from './lib/i18n/index.ts';
import { clientAddress } from './lib/web/address.ts';
import { signInRedirect } from './lib/web/guard.ts';
import {
  badBodyResponse,
  faultKindOf,
  faultResponse,
  staleFormResponse,
  REQUEST_DEADLINE_MS,
  withDeadline,
} from './lib/web/fault.ts';
import { isDraining, trackRequest } from './lib/web/drain.ts';
import { rendered } from './lib/web/rendered.ts';
import { outlet } from './lib/web/outlet.ts';
import { paced } from './lib/web/paced.ts';
import { DOWNLOAD_CSP, securityHeaders } from './lib/web/headers.ts';
import { DOWNLOAD_PATH } from './lib/attachments/download.ts';
import {
  checkFormBody,
  hasNulInUrl,
  MAX_FORM_BYTES,
  UPLOAD_FORM_BYTES,
  UPLOAD_PATHS,
} from './lib/web/request-body.ts';
import { filesPostCap, readFilesPost, staffFilesBoundary } from './lib/web/staff-files-post.ts';
import { attachmentTurn } from './lib/web/attachment-post.ts';
import { FILES_DEADLINE_MS } from './lib/attachments/limits.ts';

const config = readConfig();
const clock = clockOf(config.testNow);
/** Staff posts taken without a session: signing in (password, second factor) and out. */
const SESSIONLESS_STAFF_POSTS = /^\/staff\/(sign-in(\/code)?|sign-out)$/;

export const onRequest = defineMiddleware(async (context, next) => {
  const { url, cookies } = context;
  const queryLang = url.searchParams.get('lang');
  const locale = pickLocale(queryLang, cookies.get('lang')?.value);
  if (queryLang === 'zh' || queryLang === 'en') {
    cookies.set('lang', queryLang, {
      path: '/',
      sameSite: 'lax',
      httpOnly: true,
      maxAge: 365 * 24 * 3600,
    });
  }
  context.locals.locale = locale;
  context.locals.t = translator(locale);
  context.locals.config = config;
  context.locals.now = clock();
  context.locals.staff = null;
  // Read on demand: only the forms with rate limits need it.
  context.locals.clientAddress = () =>
    clientAddress(
      context.clientAddress,
      {
        forwardedFor: context.request.headers.get('x-forwarded-for'),
        realIp: context.request.headers.get('x-real-ip'),
      },
      config.trustedProxies,
    );

  let response: Response;
  // A process shutting down takes no new request; the load balancer retries elsewhere.
  const done = isDraining() ? null : trackRequest();
  let release: (() => void) | null = null;
  try {
    // Who is signed in, before any body is read: a staff post is read only for a session that
    // exists, so a forged or stale cookie costs one lookup, not an upload (issue #18).
    if (done && url.pathname.startsWith('/staff'))
      await withDeadline(staffSession(context), REQUEST_DEADLINE_MS);
    // A signed-in staff post with files waits, unread, for its turn (src/lib/web/staff-files-post.ts).
    const filesBoundary =
      done && context.locals.staff ? staffFilesBoundary(context.request, url) : null;
    if (filesBoundary) release = await attachmentTurn();
    // The deadline bounds the wait until the page starts rendering (a query that never
    // answers), as when pages streamed; the render itself is read whole after it.
    // A download is paced to the socket instead (src/lib/web/paced.ts).
    response = done
      ? paced(
          await rendered(
            await withDeadline(
              sessionAndPage(context, next, filesBoundary),
              filesBoundary ? FILES_DEADLINE_MS : REQUEST_DEADLINE_MS,
            ),
          ),
          outlet(),
        )
      : shuttingDown(context.request.method, locale, context.locals.t);
  } catch (error) {
    // A failed request gets a page in the visitor's language instead of an empty 500; the
    // cause goes to the log, never to the visitor.
    process.stderr.write(
      `${context.request.method} ${context.url.pathname} failed: ${(error as Error)?.stack ?? String(error)}\n`,
    );
    response = failedResponse(error, context.request.method, locale, context.locals.t);
  } finally {
    release?.();
    done?.();
  }
  for (const [name, value] of Object.entries(securityHeaders(config)))
    response.headers.set(name, value);
  if (url.pathname.startsWith('/staff')) response.headers.set('Cache-Control', 'no-store');
  if (DOWNLOAD_PATH.test(url.pathname))
    response.headers.set('Content-Security-Policy', DOWNLOAD_CSP);
  return response;
});

/**
 * The answer to a request that failed. A page read (GET) that failed for a reason other than
 * the database answers with an empty 500, which Astro replaces with the site's own error page
 * (src/pages/500.astro, through this middleware, so in the visitor's language); a form post
 * says that nothing was saved, and an outage answers 503 with its "try again" page.
 */
function failedResponse(error: unknown, method: string, locale: Locale, t: Translate): Response {
  const kind = faultKindOf(error);
  if (kind === 'error' && (method === 'GET' || method === 'HEAD'))
    return new Response(null, { status: 500 });
  return faultResponse(kind, method, locale, t);
}

function shuttingDown(method: string, locale: Locale, t: Translate): Response {
  const response = faultResponse('unavailable', method, locale, t);
  response.headers.set('Connection', 'close');
  return response;
}

/** The staff member whose session the request's cookie names, if that session exists. */
async function staffSession(context: APIContext): Promise<void> {
  const token = readSessionToken(context.cookies, config.secureCookies);
  if (token) context.locals.staff = await findSession(await getDb(), token, context.locals.now);
}

/** The body checks, the CSRF check of staff forms and the second-factor gate, then the page. */
async function sessionAndPage(
  context: APIContext,
  next: MiddlewareNext,
  filesBoundary: string | null,
): Promise<Response> {
  const { url, request } = context;
  // A staff post without a session gets the sign-in page's address, as the page's guard would
  // answer (src/lib/web/guard.ts), with its body unread.
  if (
    request.method === 'POST' &&
    url.pathname.startsWith('/staff') &&
    !context.locals.staff &&
    !SESSIONLESS_STAFF_POSTS.test(url.pathname)
  )
    return signInRedirect(context);
  const upload = request.method === 'POST' && UPLOAD_PATHS.test(url.pathname);
  // Up to 50 MB are read only for a signed-in staff member (the session was looked up first).
  const filesPost =
    filesBoundary && !hasNulInUrl(url)
      ? await readFilesPost(request, filesBoundary, filesPostCap(url.pathname))
      : null;
  const bodyProblem = hasNulInUrl(url)
    ? 'malformed'
    : filesPost
      ? filesPost.ok
        ? null
        : filesPost.problem
      : await checkFormBody(request, upload ? UPLOAD_FORM_BYTES : MAX_FORM_BYTES, {
          binaryFiles: upload,
        });
  if (bodyProblem) return badBodyResponse(bodyProblem, context.locals.locale, context.locals.t);
  if (filesPost?.ok) context.locals.filesPost = filesPost.post;
  if (url.pathname.startsWith('/staff')) {
    const enrol = secondFactorGate(
      url.pathname,
      config.requireTotp,
      context.locals.staff?.user ?? null,
    );
    if (enrol) return context.redirect(enrol, 303);
    // Staff see every stored comment in counts, lists and groups, even one taken a moment ago.
    if (context.locals.staff && request.method === 'GET') await settlePending(await getDb());
    if (request.method === 'POST' && context.locals.staff) {
      const csrf = filesPost?.ok
        ? filesPost.post.fields['_csrf']
        : (
            await request
              .clone()
              .formData()
              .catch(() => null)
          )?.get('_csrf');
      if (csrf !== context.locals.staff.csrfToken)
        return staleFormResponse(context.locals.locale, context.locals.t);
    }
  }

  return next();
}
