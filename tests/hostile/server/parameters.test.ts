/**
 * Numeric query parameters, the Host header and gathering dates, against the running server
 * (issue #14, item 9): each refused with a 400 or 422 and a message, never a 500, and no
 * absolute URL built from what the client sent.
 */
import { describe, expect, inject, it } from 'vitest';
import { VERSION_PATH, rawRequest } from './support.ts';

const baseURL = inject('baseURL');
const password = inject('staffPassword');

describe('numeric query parameters', () => {
  it('answers a limit or a paging id that is not a whole number in range with 400 and says which', async () => {
    for (const query of ['limit=2.5', 'limit=1e2', 'limit=-3', 'limit=100000']) {
      const res = await rawRequest(baseURL, {
        path: `/api/v1/regulations/sample/versions/first-reading/comments?${query}`,
      });
      expect(res.status, query).toBe(400);
      expect(JSON.parse(res.body).error, query).toMatchObject({
        code: 'bad-parameter',
        parameter: 'limit',
      });
    }
    // The public list pages by number (its old `before` cursor is gone); a page out of range says so.
    const page = await rawRequest(baseURL, { path: `${VERSION_PATH}/comments?page=1e308` });
    expect(page.status).toBe(400);
    expect(page.body).toContain('页码应为 1 到');
    expect(
      (
        await rawRequest(baseURL, {
          path: '/api/v1/regulations/sample/versions/first-reading/comments?limit=2',
        })
      ).status,
    ).toBe(200);
  });
});

describe('the Host header', () => {
  it('never makes the feed’s or a poster’s absolute links', async () => {
    const headers = { Host: 'evil.example' };
    const feed = await rawRequest(baseURL, { path: '/feeds/consultations.xml', headers });
    expect(feed.status).toBe(200);
    expect(feed.body).not.toContain('evil.example');
    expect(feed.body).toContain(`<link rel="self" href="${baseURL}/feeds/consultations.xml"/>`);
    const poster = await rawRequest(baseURL, { path: `${VERSION_PATH}/poster`, headers });
    expect(poster.status).toBe(200);
    expect(poster.body).not.toContain('evil.example');
  });
});

describe('gathering dates of an opinion entered by staff', () => {
  it('refuses impossible, future and out-of-window dates with a message', async () => {
    const signIn = await fetch(`${baseURL}/staff/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
      body: new URLSearchParams({ username: 'clerk1', password }),
      redirect: 'manual',
    });
    const cookie = signIn.headers
      .getSetCookie()
      .find((c) => c.startsWith('oc_session='))!
      .split(';')[0]!;
    const page = await (
      await fetch(`${baseURL}/staff/enter?target=sample`, { headers: { cookie } })
    ).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    for (const [date, message] of [
      ['2026-02-30', '不是有效日期'],
      ['0000-00-00', '不是有效日期'],
      ['2099-01-01', '晚于今天'],
      ['2026-01-05', '不在本次征求意见期间'],
    ] as const) {
      const res = await fetch(`${baseURL}/staff/enter?target=sample`, {
        method: 'POST',
        headers: { cookie, Origin: baseURL, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          _csrf: csrf,
          idempotencyKey: crypto.randomUUID(),
          channel: 'letter',
          sourceDate: date,
          sourcePlace: '东湖街道',
          stance: 'support',
          body: `日期检查 ${date}`,
          category: 'individual',
        }),
      });
      expect(res.status, date).toBe(422);
      expect(await res.text(), date).toContain(message);
    }
  });
});
