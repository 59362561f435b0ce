import type { APIRoute } from 'astro';
import { SESSION_COOKIE, signOut } from '../../lib/auth/index.ts';
import { getDb } from '../../lib/db/index.ts';

/** POST only (CSRF-checked in the middleware): ends the session. */
export const POST: APIRoute = async ({ cookies, locals, redirect }) => {
  const token = cookies.get(SESSION_COOKIE)?.value;
  if (token && locals.staff) await signOut(await getDb(), token, locals.staff.user);
  cookies.delete(SESSION_COOKIE, { path: '/staff' });
  return redirect('/staff/sign-in', 303);
};
