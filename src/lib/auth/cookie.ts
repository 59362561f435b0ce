/**
 * The staff session cookie. Over HTTPS (secure cookies on) it carries the `__Host-` prefix
 * (ASVS 3.4.4): the browser then accepts it only with Secure, Path=/ and no Domain, so a
 * sibling subdomain cannot plant or overwrite it. Over plain HTTP (a local start) the prefix
 * would make browsers drop the cookie, so it keeps its plain name, scoped to /staff.
 */
import type { AstroCookies } from 'astro';

export const SESSION_COOKIE_PLAIN = 'oc_session';
export const SESSION_COOKIE_HOST = '__Host-oc_session';

export interface SessionCookieShape {
  name: string;
  path: string;
}

export function sessionCookieShape(secure: boolean): SessionCookieShape {
  return secure
    ? { name: SESSION_COOKIE_HOST, path: '/' }
    : { name: SESSION_COOKIE_PLAIN, path: '/staff' };
}

export function readSessionToken(cookies: AstroCookies, secure: boolean): string | undefined {
  return cookies.get(sessionCookieShape(secure).name)?.value;
}

export function setSessionCookie(
  cookies: AstroCookies,
  token: string,
  maxAgeMs: number,
  secure: boolean,
): void {
  const { name, path } = sessionCookieShape(secure);
  cookies.set(name, token, {
    path,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(cookies: AstroCookies, secure: boolean): void {
  const { name, path } = sessionCookieShape(secure);
  cookies.delete(name, { path, secure, httpOnly: true, sameSite: 'strict' });
}
