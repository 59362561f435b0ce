/**
 * Per request: locale, staff session, CSRF check for staff forms, security headers.
 * Role checks happen in each staff page through `requireStaff` (src/lib/web/guard.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { SESSION_COOKIE, findSession } from './lib/auth/index.ts';
import { readConfig } from './lib/config/index.ts';
import { getDb } from './lib/db/index.ts';
import { pickLocale, translator } from './lib/i18n/index.ts';

const config = readConfig();

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export const onRequest = defineMiddleware(async (context, next) => {
  const { url, cookies, request } = context;
  const queryLang = url.searchParams.get('lang');
  const locale = pickLocale(queryLang, cookies.get('lang')?.value);
  if (queryLang === 'zh' || queryLang === 'en') {
    cookies.set('lang', queryLang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
  }
  context.locals.locale = locale;
  context.locals.t = translator(locale);
  context.locals.config = config;
  context.locals.staff = null;

  if (url.pathname.startsWith('/staff')) {
    const token = cookies.get(SESSION_COOKIE)?.value;
    if (token) context.locals.staff = await findSession(await getDb(), token, new Date());
    if (request.method === 'POST' && context.locals.staff) {
      const form = await request.clone().formData().catch(() => null);
      if (form?.get('_csrf') !== context.locals.staff.csrfToken) {
        return new Response('CSRF token missing or wrong. 表单已过期，请刷新页面后重试。', { status: 403 });
      }
    }
  }

  const response = await next();
  response.headers.set('Content-Security-Policy', CSP);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  if (url.pathname.startsWith('/staff')) response.headers.set('Cache-Control', 'no-store');
  return response;
});
