/** Guard clauses for staff pages: signed in, and holding a permission. */
import type { AstroGlobal } from 'astro';
import { can, type Permission } from '../auth/index.ts';

export type GuardResult =
  { ok: true; staff: NonNullable<App.Locals['staff']> } | { ok: false; response: Response };

/** To the sign-in page, and back to this address after it. */
export function signInRedirect(astro: Pick<AstroGlobal, 'url' | 'redirect'>): Response {
  const back = encodeURIComponent(astro.url.pathname + astro.url.search);
  return astro.redirect(`/staff/sign-in?next=${back}`, 303);
}

export function requireStaff(
  astro: Pick<AstroGlobal, 'locals' | 'url' | 'redirect'>,
  permission: Permission,
): GuardResult {
  const staff = astro.locals.staff;
  if (!staff) return { ok: false, response: signInRedirect(astro) };
  if (!can(staff.user.roles, permission)) {
    return {
      ok: false,
      response: new Response(astro.locals.t('staff.forbidden'), {
        status: 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      }),
    };
  }
  return { ok: true, staff };
}
