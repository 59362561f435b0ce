/**
 * A server configured for production behind HTTPS, with two-step verification required:
 * HSTS on every answer (pages and the direct comment route), secure session cookies, and an
 * account without a second factor held at enrolment. Starts its own server on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentForm,
  createStaff,
  serverEnv,
  signIn,
  startServer,
  tempDir,
  VERSION_PATH,
  type RunningServer,
} from '../faults/support.ts';

const HSTS = 'max-age=31536000; includeSubDomains';
let server: RunningServer;
const dir = tempDir('oc-secure-');

beforeAll(async () => {
  const env = serverEnv({
    databaseUrl: null,
    dataDir: dir.dir,
    extra: { OPENCLAUSE_SECURE_COOKIES: '1', OPENCLAUSE_REQUIRE_TOTP: '1' },
  });
  createStaff(env, 'advisor1', 'advisor');
  server = await startServer(env);
});
afterAll(async () => {
  await server?.stop();
  dir.remove();
});

describe('a deployment behind HTTPS that requires two-step verification', () => {
  it('sends HSTS on pages, on error pages and on the direct comment route', async () => {
    for (const path of ['/', '/staff/sign-in', '/no-such-page']) {
      expect(
        (await fetch(`${server.baseURL}${path}`)).headers.get('strict-transport-security'),
        path,
      ).toBe(HSTS);
    }
    const posted = await fetch(`${server.baseURL}${VERSION_PATH}/comment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.baseURL },
      body: commentForm('本条规定的期限过短，建议延长至六十日。'),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('strict-transport-security')).toBe(HSTS);
  });

  it('sends CSP, nosniff, a same-origin referrer and no framing on every answer, no-store on staff pages, and no version banner', async () => {
    for (const path of ['/', '/staff/sign-in', '/api/v1/regulations', '/no-such-page']) {
      const res = await fetch(`${server.baseURL}${path}`);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
      expect(res.headers.get('server') ?? '', path).not.toMatch(/\d/);
    }
    expect((await fetch(`${server.baseURL}/staff/sign-in`)).headers.get('cache-control')).toBe(
      'no-store',
    );
  });

  it('names the session cookie with the __Host- prefix: Secure, Path=/ and no Domain', async () => {
    const res = await fetch(`${server.baseURL}/staff/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.baseURL },
      body: new URLSearchParams({ username: 'advisor1', password: 'fault-test-password' }),
      redirect: 'manual',
    });
    const cookies = res.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('oc_session='))).toBeUndefined();
    const session = cookies.find((c) => c.startsWith('__Host-oc_session='));
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/; Path=\/(;|$)/i);
    expect(session).not.toMatch(/; Domain=/i);
    // The prefixed cookie is the one the server reads: it opens a staff page.
    const page = await fetch(`${server.baseURL}/staff/account`, {
      headers: { cookie: session!.split(';')[0]! },
      redirect: 'manual',
    });
    expect(page.status).toBe(200);
  });

  it('holds an account without a second factor at enrolment, with its account pages open', async () => {
    const cookie = await signIn(server.baseURL, 'advisor1');
    for (const path of ['/staff', '/staff/audit', '/staff/moderation']) {
      const res = await fetch(`${server.baseURL}${path}`, {
        headers: { cookie },
        redirect: 'manual',
      });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toBe('/staff/account/two-factor');
    }
    const enrol = await fetch(`${server.baseURL}/staff/account/two-factor`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(enrol.status).toBe(200);
    expect(await enrol.text()).toContain('系统管理员要求所有工作人员开启两步验证');
    expect(
      (await fetch(`${server.baseURL}/staff/account`, { headers: { cookie }, redirect: 'manual' }))
        .status,
    ).toBe(200);
  });
});
