/**
 * Issue #18: a staff post is read only for a session that exists. The middleware looks the
 * session cookie up before it reads any body, so a forged cookie's upload gets the sign-in
 * redirect with its body unread: the server answers while the client still holds back most of
 * a large upload, and it never takes the one turn that posts with files wait for.
 */
import http from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { SESSION_COOKIE_HOST, SESSION_COOKIE_PLAIN } from '../../src/lib/auth/cookie.ts';
import { MAX_ATTACHMENT_POST_BYTES } from '../../src/lib/attachments/index.ts';

const baseURL = inject('baseURL');

/** Sends the start of a post of `total` bytes and holds the rest back; resolves with the answer. */
function postHeldBack(
  path: string,
  total: number,
  cookie: string,
): Promise<{ status: number; location: string; sent: number }> {
  const boundary = '----OpenClauseForgedSession';
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = http.request(new URL(path, baseURL), {
      method: 'POST',
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(total),
        Origin: baseURL,
        Cookie: cookie,
      },
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? '', sent });
      req.destroy();
    });
    req.on('error', (error) => {
      if (sent === 0) reject(error);
    });
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="scan.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const part = Buffer.alloc(64 * 1024, 0x25);
    req.write(head);
    req.write(part);
    sent = head.byteLength + part.byteLength;
  });
}

describe('a forged staff session cookie', () => {
  it('gets the sign-in redirect for its upload before the body is sent', async () => {
    // Under the cap of a post with files, so only the session can refuse it.
    const total = MAX_ATTACHMENT_POST_BYTES - 1024;
    const token = 'forged'.padEnd(43, 'x');
    const answer = await postHeldBack(
      '/staff/enter?target=sample',
      total,
      `${SESSION_COOKIE_PLAIN}=${token}; ${SESSION_COOKIE_HOST}=${token}`,
    );
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(
      `/staff/sign-in?next=${encodeURIComponent('/staff/enter?target=sample')}`,
    );
    expect(answer.sent).toBeLessThan(total / 100);
  });

  it('and no cookie at all get the same answer, unread, on any staff post', async () => {
    const answer = await postHeldBack('/staff/import', 3 * 1024 * 1024, '');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe(`/staff/sign-in?next=${encodeURIComponent('/staff/import')}`);
  });
});
