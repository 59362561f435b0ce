/**
 * Every staff route against every role: the server allows exactly what the role's
 * permissions say, and sends visitors without a session to sign in.
 */
import { describe, expect, inject, it } from 'vitest';
import { can, ROLES, type Permission } from '../../src/lib/auth/roles.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');

/** redirectsTo: a folder's address that leads on to the page listing its contents. */
const ROUTES: { path: string; permission: Permission; redirectsTo?: string }[] = [
  { path: '/staff', permission: 'comments:read' },
  { path: '/staff/comments', permission: 'comments:read' },
  { path: '/staff/audit', permission: 'audit:read' },
  { path: '/staff/moderation', permission: 'comments:moderate' },
  { path: '/staff/compare/sample', permission: 'comparison:annotate' },
  { path: '/staff/compare', permission: 'comparison:annotate', redirectsTo: '/staff#annotate-h' },
  { path: '/staff/enter', permission: 'comments:enter' },
  { path: '/staff/report/sample/first-reading', permission: 'comments:read' },
  { path: '/staff/campaigns', permission: 'comments:read' },
  { path: '/staff/heatmap', permission: 'comments:read' },
  { path: '/staff/workload', permission: 'comments:read' },
  { path: '/staff/import', permission: 'comments:enter' },
  { path: '/staff/import/template.csv', permission: 'comments:enter' },
  { path: '/staff/export/sample/first-reading.csv', permission: 'comments:read' },
  { path: '/staff/regulations', permission: 'regulations:publish' },
  { path: '/staff/versions', permission: 'regulations:publish', redirectsTo: '/staff/regulations' },
  {
    path: '/staff/consultations',
    permission: 'regulations:publish',
    redirectsTo: '/staff/regulations',
  },
  { path: '/staff/dashboard/sample/first-reading', permission: 'comments:read' },
  { path: '/staff/consultations/sample', permission: 'regulations:publish' },
  { path: '/staff/report/sample/first-reading/edit', permission: 'regulations:publish' },
  { path: '/staff/versions/sample', permission: 'regulations:publish' },
  { path: '/staff/versions/sample/first-reading.md', permission: 'regulations:publish' },
  { path: '/staff/amendments/sample/first-reading', permission: 'comments:dispose' },
  { path: '/staff/amendments/sample/first-reading/draft', permission: 'regulations:publish' },
  { path: '/staff/account', permission: 'comments:read' },
  { path: '/staff/account/sessions', permission: 'comments:read' },
  { path: '/staff/account/two-factor', permission: 'comments:read' },
  { path: '/staff/account/security-keys', permission: 'comments:read' },
];

async function session(username: string): Promise<string> {
  const res = await fetch(`${baseURL}/staff/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
    body: new URLSearchParams({ username, password }),
    redirect: 'manual',
  });
  expect(res.status).toBe(303);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('oc_session='));
  return cookie!.split(';')[0]!;
}

describe('staff routes × roles', () => {
  it('sends visitors without a session to sign in', async () => {
    for (const { path } of ROUTES) {
      const res = await fetch(`${baseURL}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/staff\/sign-in\?next=/);
    }
  });

  it.each(ROLES)('%s gets exactly the routes its permissions allow', async (role) => {
    const cookie = await session(`${role}1`);
    for (const { path, permission, redirectsTo } of ROUTES) {
      const res = await fetch(`${baseURL}${path}`, { headers: { cookie }, redirect: 'manual' });
      const allowed = can([role], permission);
      expect(res.status, `${role} ${path}`).toBe(allowed ? (redirectsTo ? 302 : 200) : 403);
      if (allowed && redirectsTo) expect(res.headers.get('location'), path).toBe(redirectsTo);
    }
  });

  it('refuses staff posts without the session CSRF token, whatever the role', async () => {
    const cookie = await session('admin1');
    for (const path of [
      '/staff/moderation',
      '/staff/compare/sample',
      '/staff/sign-out',
      '/staff/import',
      '/staff/versions/sample',
    ]) {
      const res = await fetch(`${baseURL}${path}`, {
        method: 'POST',
        headers: { cookie, Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'action=publish&id=1',
        redirect: 'manual',
      });
      expect(res.status, path).toBe(403);
      // A page that says what happened and that nothing was saved, in the reader's language.
      expect(res.headers.get('content-type'), path).toContain('text/html');
      expect(await res.text(), path).toContain('未保存任何内容');
    }
  });
});
