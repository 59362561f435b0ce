/** A page's Astro global as runFormAction sees it, posting the given fields (urlencoded). */
import { translator } from '../../src/lib/i18n/index.ts';
import type { runFormAction } from '../../src/lib/web/form-action.ts';

export type PostedAstro = Parameters<typeof runFormAction>[0] & { response: { status: number } };

export function formPost(
  fields: Record<string, string>,
  options: { staff?: { user: { roles: string[] } } } = {},
): PostedAstro {
  const astro = {
    request: new Request('http://localhost/page', {
      method: 'POST',
      body: new URLSearchParams(fields),
    }),
    response: { status: 200 },
    locals: { t: translator('en'), staff: options.staff },
    redirect: (to: string, status = 302) =>
      new Response(null, { status, headers: { Location: to } }),
  };
  return astro as unknown as PostedAstro;
}
