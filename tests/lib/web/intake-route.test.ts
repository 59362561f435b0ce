/**
 * The direct route for the comment form's post: it stores a same-site form post and answers
 * with the receipt, and hands everything else to the next handler (Astro) with the outcome it
 * reached, so nothing is stored twice and refusals are shown by the page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseRowsOf } from '../../../src/lib/comments/repository.ts';
import { clauseTextOf } from '../../../src/lib/comments/suggestion.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  commentPost,
  directPostsTaken,
  formFields,
  intakeRoute,
  takenIntake,
  type TakenIntake,
} from '../../../src/lib/web/intake-route.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let server: http.Server;
let base: string;
/** What the next handler saw: the request path and the outcome the route left for it. */
const handedOn: { url: string; taken: TakenIntake | undefined; body: Buffer | undefined }[] = [];
const path = '/regulations/sample/versions/first-reading/comment';

beforeAll(async () => {
  db = await seededDatabase();
  const listener = intakeRoute({
    db: () => db.db,
    config: { addressSalt: 'test-salt', commentsPerHour: 1000, trustedProxies: [] },
    next: (req, res) => {
      handedOn.push({ url: req.url!, taken: takenIntake(), body: (req as { body?: Buffer }).body });
      res.writeHead(299).end();
    },
  });
  server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.cleanup();
});

let seq = 0;
const form = (over: Record<string, string> = {}) =>
  new URLSearchParams({
    idempotencyKey: `route-test-key-${++seq}-x`,
    clause: 'chp_1__art_3',
    stance: 'amend',
    body: '建议写明办理期限。',
    consentPublish: 'on',
    ...over,
  }).toString();
const post = (
  body: string | Uint8Array<ArrayBuffer>,
  headers: Record<string, string> = {},
  url = path,
) =>
  fetch(base + url, {
    method: 'POST',
    redirect: 'manual',
    body,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers },
  });
const stored = async () =>
  (await db.db.select({ id: schema.comments.id }).from(schema.comments)).length;

describe('the direct comment route', () => {
  it('stores a same-site form post and answers 303 to its receipt with the security headers', async () => {
    const before = await stored();
    const handed = handedOn.length;
    const response = await post(form());
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/receipts\/[A-Z0-9-]+\?new=1$/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await stored()).toBe(before + 1);
    expect(handedOn.length).toBe(handed);
    const code = decodeURIComponent(location.slice('/receipts/'.length, location.indexOf('?')));
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, code));
    expect(row).toMatchObject({
      clauseEId: 'chp_1__art_3',
      stance: 'amend',
      body: '建议写明办理期限。',
    });
  });

  it('answers a resubmitted form with the first receipt and stores it once', async () => {
    const body = form();
    const first = await post(body);
    const before = await stored();
    const again = await post(body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await stored()).toBe(before);
  });

  it('hands a refused post on to the page with the outcome and the body, storing nothing', async () => {
    const before = await stored();
    const body = form({ body: '' });
    const response = await post(body);
    expect(response.status).toBe(299);
    const last = handedOn.at(-1)!;
    expect(last.taken?.outcome).toMatchObject({ ok: false, reason: 'invalid' });
    expect(last.taken?.values['clause']).toBe('chp_1__art_3');
    expect(last.body?.toString()).toBe(body);
    expect(await stored()).toBe(before);
  });

  it('hands on, untouched, what is not plainly this site’s form: another origin, a query, another type, a bad body', async () => {
    const before = await stored();
    const cases: [string | Uint8Array<ArrayBuffer>, Record<string, string>, string?][] = [
      [form(), { origin: 'https://evil.example' }],
      [form(), { origin: '' }],
      [form(), {}, `${path}?lang=en`],
      [JSON.stringify({ body: 'x' }), { 'content-type': 'application/json' }],
      [new Uint8Array([0x62, 0x6f, 0x64, 0x79, 0x3d, 0xff, 0xfe]), {}],
      ['body=%00', {}],
      ['body=%E4%BD', {}],
    ];
    for (const [body, headers, url] of cases) {
      const handed = handedOn.length;
      expect((await post(body, headers, url)).status).toBe(299);
      expect(handedOn.length).toBe(handed + 1);
      expect(handedOn.at(-1)!.taken).toBeUndefined();
    }
    expect(await stored()).toBe(before);
  });

  it('checks a quote against the clause with the items under it', async () => {
    const [version] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'first-reading'));
    const text = clauseTextOf(
      await clauseRowsOf(db.db, version!.id, 'chp_1__art_3'),
      'chp_1__art_3',
    );
    const start = text.indexOf('公开透明');
    expect(start, 'the quoted words are in an item under the article').toBeGreaterThan(0);
    const quoted = await post(
      form({ quote: '公开透明', quoteStart: String(start), quoteEnd: String(start + 4) }),
    );
    expect(quoted.status).toBe(303);
    const code = decodeURIComponent(
      /\/receipts\/([^?]+)/.exec(quoted.headers.get('location')!)![1]!,
    );
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, code));
    expect(row).toMatchObject({ quote: '公开透明', quoteStart: start, quoteEnd: start + 4 });
    const misplaced = await post(
      form({ quote: '公开透明', quoteStart: String(start + 1), quoteEnd: String(start + 5) }),
    );
    expect(misplaced.status).toBe(299);
    expect(handedOn.at(-1)!.taken?.outcome).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('hands on a post for a version that does not exist with that outcome', async () => {
    const response = await post(form(), {}, '/regulations/sample/versions/no-such-reading/comment');
    expect(response.status).toBe(299);
    expect(handedOn.at(-1)!.taken?.outcome).toEqual({ ok: false, reason: 'no-version' });
  });
});

describe('the direct route behind a load balancer', () => {
  const LIMIT = 2;
  /** A route on the same database with a small limit; `trusted` as OPENCLAUSE_TRUSTED_PROXIES. */
  async function routeWith(trusted: string[]) {
    const listener = intakeRoute({
      db: () => db.db,
      config: {
        addressSalt: `salt-${trusted.length}-${Math.random()}`,
        commentsPerHour: LIMIT,
        trustedProxies: trusted,
      },
      next: (req, res) => {
        handedOn.push({
          url: req.url!,
          taken: takenIntake(),
          body: (req as { body?: Buffer }).body,
        });
        res.writeHead(299).end();
      },
    });
    const s = http.createServer(listener);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    const send = async (forwardedFor: string) => {
      const res = await fetch(url + path, {
        method: 'POST',
        redirect: 'manual',
        body: form(),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: url,
          'x-forwarded-for': forwardedFor,
        },
      });
      return res.status === 299
        ? `299 ${(handedOn.at(-1)!.taken?.outcome as { reason?: string } | undefined)?.reason}`
        : String(res.status);
    };
    return { send, close: () => new Promise((resolve) => s.close(resolve)) };
  }

  it('counts each forwarded client against its own budget when the peer is a trusted proxy', async () => {
    const route = await routeWith(['127.0.0.1']);
    try {
      const taken = directPostsTaken();
      const a = [
        await route.send('203.0.113.1'),
        await route.send('203.0.113.1'),
        await route.send('203.0.113.1'),
      ];
      expect(a).toEqual(['303', '303', '299 rate-limited']);
      expect(await route.send('203.0.113.2'), 'another client has its own budget').toBe('303');
      // A client that writes someone else's address first: the balancer appends the real one.
      expect(
        await route.send('203.0.113.3, 203.0.113.1'),
        'a forged entry does not escape the limit',
      ).toBe('299 rate-limited');
      expect(directPostsTaken() - taken, 'every post was taken by the direct route').toBe(5);
    } finally {
      await route.close();
    }
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const route = await routeWith([]);
    try {
      expect([
        await route.send('203.0.113.1'),
        await route.send('203.0.113.2'),
        await route.send('203.0.113.3'),
      ]).toEqual(['303', '303', '299 rate-limited']);
    } finally {
      await route.close();
    }
  });
});

describe('recognising the form post', () => {
  const request = (over: Partial<http.IncomingMessage> & { headers?: http.IncomingHttpHeaders }) =>
    ({
      method: 'POST',
      url: path,
      socket: {},
      ...over,
      headers: {
        host: 'example.org',
        origin: 'http://example.org',
        'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'content-length': '20',
        ...over.headers,
      },
    }) as http.IncomingMessage;

  it('takes a same-origin urlencoded post of a known length within the limit', () => {
    expect(commentPost(request({}))).toEqual({
      regulationSlug: 'sample',
      versionSlug: 'first-reading',
    });
  });

  it('leaves GET, other paths, missing or oversized lengths and foreign origins to Astro', () => {
    expect(commentPost(request({ method: 'GET' }))).toBeNull();
    expect(commentPost(request({ url: '/regulations/a/versions/b/comment/../x' }))).toBeNull();
    expect(commentPost(request({ url: '/regulations/A%2F/versions/b/comment' }))).toBeNull();
    expect(commentPost(request({ headers: { 'content-length': undefined } }))).toBeNull();
    expect(
      commentPost(request({ headers: { 'content-length': String(2 * 1024 * 1024) } })),
    ).toBeNull();
    expect(
      commentPost(request({ headers: { origin: 'http://example.org.evil.example' } })),
    ).toBeNull();
    expect(commentPost(request({ headers: { origin: 'https://example.org' } }))).toBeNull();
  });

  it('takes a post that came through a proxy (the address is worked out the way the pages do)', () => {
    expect(
      commentPost(
        request({ headers: { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.9' } }),
      ),
    ).toEqual({ regulationSlug: 'sample', versionSlug: 'first-reading' });
  });

  it('reads the fields of a well-formed body and refuses bytes that are not text', () => {
    expect(formFields(Buffer.from('a=1&b=%E6%84%8F%E8%A7%81&a=2'))).toEqual({ a: '2', b: '意见' });
    expect(formFields(Buffer.from([0x61, 0x3d, 0xc3]))).toBeNull();
    expect(formFields(Buffer.from('a=%FF'))).toBeNull();
    expect(formFields(Buffer.from('a=%00'))).toBeNull();
  });
});
