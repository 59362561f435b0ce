import type { APIRoute } from 'astro';
import { clearSessionCookie, readSessionToken, signOut } from '../../lib/auth/index.ts';
import { getDb } from '../../lib/db/index.ts';

/** POST only (CSRF-checked in the middleware): ends the session. */
export const POST: APIRoute = async ({ cookies, locals, redirect }) => {
  const token = readSessionToken(cookies, locals.config.secureCookies);
  if (token && locals.staff) await signOut(await getDb(), token, locals.staff.user);
  clearSessionCookie(cookies, locals.config.secureCookies);
  return redirect('/staff/sign-in', 303);
};
