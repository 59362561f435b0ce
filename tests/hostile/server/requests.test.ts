/**
 * Hostile requests against the running server: each gets a clear answer (never a 5xx, never a
 * hang) and leaves the stored comments as they were.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { generateReceiptCode } from '../../../src/lib/comments/receipt.ts';
import {
  VERSION_PATH,
  commentTotal,
  expectNothingStored,
  loopbackAddress,
  rawRequest,
} from './support.ts';

const baseURL = inject('baseURL');
const COMMENT_PATH = `${VERSION_PATH}/comment`;
const form = (fields: Record<string, string>) =>
  new URLSearchParams({
    idempotencyKey: randomUUID(),
    clause: 'chp_1__art_2',
    stance: 'support',
    body: '一条正常的意见。',
    ...fields,
  }).toString();
const post = (body: string | Buffer, headers: Record<string, string | number> = {}) =>
  rawRequest(baseURL, {
    method: 'POST',
    path: COMMENT_PATH,
    body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: baseURL,
      'Content-Length': Buffer.byteLength(body),
      ...headers,
    },
  });

describe('oversized bodies', () => {
  it('refuses a 5 MB form with 413 and a message, storing nothing', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(form({ body: '长'.repeat(5_000_000 / 9) }));
      expect(res.status).toBe(413);
      expect(res.body).toContain('提交的内容过大');
    });
  });

  it('refuses a form that declares more than the limit before reading it', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(form({}), { 'Content-Length': 1024 * 1024 * 50 }).catch(
        (error: Error) => ({ status: 413, body: error.message }),
      );
      expect(res.status).toBe(413);
    });
  });

  it('refuses a chunked form without a length once it passes the limit', async () => {
    await expectNothingStored(baseURL, async () => {
      const body = form({ body: '长'.repeat(2_000_000 / 9) });
      const res = await rawRequest(baseURL, {
        method: 'POST',
        path: COMMENT_PATH,
        body,
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Origin: baseURL,
          'Transfer-Encoding': 'chunked',
        },
      });
      // 413 from the size check; the request deadline would have answered 503.
      expect(res.status).toBe(413);
    });
  });

  it('answers a body just over the comment limit with the field error, not a crash', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(form({ body: '字'.repeat(5001) }));
      expect(res.status).toBe(422);
      expect(res.body).toContain('5000');
    });
  });
});

describe('invalid UTF-8 and hostile characters', () => {
  it('refuses percent-escapes that are not UTF-8 with 400 and a message', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(`${form({})}&body=%FF%FE%C3%28`);
      expect(res.status).toBe(400);
      expect(res.body).toContain('UTF-8');
    });
  });

  it('refuses raw bytes that are not UTF-8', async () => {
    await expectNothingStored(baseURL, async () => {
      const body = Buffer.concat([
        Buffer.from(`${form({})}&displayName=`),
        Buffer.from([0xc3, 0x28, 0xff]),
      ]);
      expect((await post(body)).status).toBe(400);
    });
  });

  it('refuses a multipart body that does not parse', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(
        '--x\r\nContent-Disposition: form-data; name="body"\r\n\r\nunterminated',
        { 'Content-Type': 'multipart/form-data; boundary=x' },
      );
      expect(res.status).toBe(400);
    });
  });

  it('strips control, bidi and zero-width characters before storing', async () => {
    const before = await commentTotal(baseURL);
    const res = await post(
      form({
        body: '建议\u202E修改\u001B第二条\u200B\u2066。\u0007',
        displayName: '张\u202E三\u200F',
      }),
    );
    expect(res.status).toBe(303);
    expect(await commentTotal(baseURL)).toBe(before + 1);
    const receipt = await (await fetch(`${baseURL}${res.headers.location}`)).text();
    expect(receipt).toContain('建议修改第二条。');
    expect(receipt).not.toMatch(/[\u0007\u001B\u200B\u202E\u2066]/);
  });

  it('refuses NUL in a form field, which no browser sends, storing nothing', async () => {
    await expectNothingStored(baseURL, async () => {
      const res = await post(form({ body: '建议\u0000修改' }));
      expect(res.status).toBe(400);
      expect(res.body).toContain('未保存任何内容');
    });
  });

  it('answers NUL in paths, query strings and sign-in fields with 400, not a server error', async () => {
    for (const path of [
      `/api/v1/regulations/sample/versions/first-reading/comments?clause=%00`,
      `${VERSION_PATH}/comments?clause=%00`,
      `${VERSION_PATH}/comment?clause=%00`,
      '/receipts?code=%00',
      '/api/v1/regulations/%00',
    ]) {
      const res = await rawRequest(baseURL, { path });
      expect(res.status, path).toBe(400);
    }
    const signIn = await rawRequest(baseURL, {
      method: 'POST',
      path: '/staff/sign-in',
      body: 'username=admin1%00&password=x%00',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: baseURL },
      from: loopbackAddress(),
    });
    expect(signIn.status).toBe(400);
  });
});

describe('SQL-like payloads', () => {
  it('stores SQL in a comment as plain text', async () => {
    const payload = `'); DROP TABLE comments; -- ${randomUUID()}`;
    const res = await post(form({ body: payload }));
    expect(res.status).toBe(303);
    const receipt = await (await fetch(`${baseURL}${res.headers.location}`)).text();
    expect(receipt).toContain(payload.replace(/'/g, '&#39;'));
    expect(await commentTotal(baseURL)).toBeGreaterThan(0);
  });

  it('refuses SQL in a clause id, a stance or the API’s parameters', async () => {
    await expectNothingStored(baseURL, async () => {
      expect((await post(form({ clause: "chp_1__art_2' OR '1'='1" }))).status).toBe(422);
      expect((await post(form({ stance: "support'; --" }))).status).toBe(422);
      for (const query of [
        "clause=' OR 1=1 --",
        "cursor=' OR 1=1 --",
        'limit=1;DROP TABLE comments',
        "stance=support' OR 'a'='a",
      ]) {
        const res = await rawRequest(baseURL, {
          path: `/api/v1/regulations/sample/versions/first-reading/comments?${encodeURI(query)}`,
        });
        expect(res.status, query).toBeLessThan(500);
        if (res.status === 200)
          expect(
            JSON.parse(res.body).comments.every((c: { clause: string | null }) => c !== null),
          ).toBe(true);
      }
    });
  });
});

describe('forged cross-site posts', () => {
  for (const [name, headers] of [
    ['no Origin', {}],
    ['a foreign Origin', { Origin: 'https://evil.example' }],
    ['a look-alike Origin', { Origin: `${baseURL}.evil.example` }],
  ] as const) {
    it(`refuses a comment posted with ${name}, storing nothing`, async () => {
      await expectNothingStored(baseURL, async () => {
        for (const type of ['application/x-www-form-urlencoded', 'text/plain']) {
          const body = form({});
          const res = await rawRequest(baseURL, {
            method: 'POST',
            path: COMMENT_PATH,
            body,
            headers: {
              'Content-Type': type,
              'Content-Length': Buffer.byteLength(body),
              ...headers,
            },
          });
          expect(res.status, type).toBe(403);
        }
      });
    });
  }

  it('stores nothing from a JSON post, which browsers cannot send cross-site without asking', async () => {
    await expectNothingStored(baseURL, async () => {
      const body = JSON.stringify({
        idempotencyKey: randomUUID(),
        stance: 'support',
        body: 'json',
      });
      const res = await rawRequest(baseURL, {
        method: 'POST',
        path: COMMENT_PATH,
        body,
        headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  });
});

describe('path tricks in slugs and eIds', () => {
  const paths = [
    '/regulations/..%2f..%2f..%2fetc%2fpasswd',
    '/regulations/%2e%2e/versions/first-reading',
    '/regulations/sample/versions/%2e%2e%2f%2e%2e%2fpackage.json',
    '/regulations/sample/versions/first-reading%00',
    `${VERSION_PATH}/comment?clause=..%2f..%2fetc%2fpasswd`,
    `${VERSION_PATH}/comment?clause=chp_1__art_2%00`,
    '/regulations/sample/compare?from=..%2f..&to=%00',
    '/regulations/sample/compare.xlsx?from=..%2f..%2fetc%2fpasswd&to=first-reading',
    '/regulations/sample/compare.docx?from=%2e%2e&to=%2e%2e',
    '/api/v1/regulations/..%2f..%2fetc%2fpasswd',
    '/api/v1/regulations/sample/versions/%2e%2e%2f%2e%2e',
    '/receipts/..%2f..%2fetc%2fpasswd',
    '/plans/..%2f2027',
    '/staff/comments/..%2f..%2fetc%2fpasswd',
    '/staff/report/%2e%2e/%2e%2e',
  ];
  it('answers every traversal attempt with a page of the site or a 4xx, never a file or a server error', async () => {
    for (const path of paths) {
      const res = await rawRequest(baseURL, { path });
      // A dot-segment spelled %2e%2e may be resolved like `..` to a page of the site.
      if (res.status === 200) expect(res.headers['content-type'], path).toMatch(/^text\/html/);
      else expect(res.status, path).toBeGreaterThanOrEqual(300);
      expect(res.status, path).toBeLessThan(500);
      expect(res.body, path).not.toMatch(/root:x:0:0|"name": "openclause"|"dependencies"/);
    }
  });

  it('refuses a comment on a clause id with path tricks, storing nothing', async () => {
    await expectNothingStored(baseURL, async () => {
      for (const clause of [
        '../chp_1__art_2',
        'chp_1__art_2/../../x',
        '%2e%2e',
        'chp_1__art_2\u0000',
      ]) {
        expect([400, 422], clause).toContain((await post(form({ clause }))).status);
      }
    });
  });
});

describe('receipt lookup brute force', () => {
  it('stops an address after 20 codes that do not exist, found codes included', async () => {
    const made = await post(form({ body: `要查询的意见 ${randomUUID()}` }));
    const real = made.headers.location!.replace('?new=1', '');
    const from = loopbackAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (await rawRequest(baseURL, { path: `/receipts/${generateReceiptCode()}`, from })).status,
      );
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
    expect(statuses[20]).toBe(429);
    const blocked = await rawRequest(baseURL, {
      path: real,
      from,
      headers: { 'X-Forwarded-For': '203.0.113.9' },
    });
    expect(blocked.status, 'a forged X-Forwarded-For does not reset the count').toBe(429);
    expect(blocked.body).toContain('一小时后再试');
    expect(
      (await rawRequest(baseURL, { path: real, from: loopbackAddress() })).status,
      'other addresses are not affected',
    ).toBe(200);
  });

  it('issues codes that share no guessable sequence', async () => {
    const codes = await Promise.all(
      Array.from(
        { length: 5 },
        async () => (await post(form({ body: `回执 ${randomUUID()}` }))).headers.location!,
      ),
    );
    const plain = codes.map((c) => c.replace(/^\/receipts\/|\?new=1$|-/g, ''));
    expect(new Set(plain).size).toBe(5);
    for (let i = 1; i < plain.length; i++) {
      const same = [...plain[i]!].filter((ch, k) => plain[i - 1]![k] === ch).length;
      expect(same, 'consecutive codes share no more than chance').toBeLessThan(8);
    }
  });
});
