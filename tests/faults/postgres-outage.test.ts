/**
 * PostgreSQL goes away under load (a TCP proxy between the app and the server is cut) and
 * comes back: submissions are refused with a "try again" page and never a receipt, reads and
 * /health say the database is down at once, and the same app process recovers by itself.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEEDS_POSTGRES,
  VERSION_PATH,
  commentForm,
  createPgDatabase,
  hostPort,
  serverEnv,
  serverUrl,
  startProxy,
  startServer,
  submit,
  tempDir,
  viaPort,
  type PgDatabase,
  type Proxy,
  type RunningServer,
  type Submission,
  waitUntilCounted,
} from './support.ts';
import { patience, sleep, until } from '../helpers/patience.ts';
import { REQUEST_DEADLINE_MS } from '../../src/lib/web/fault.ts';

/** A request cut off by the server's 10-second request deadline logs this (src/lib/web/fault.ts). */
const DEADLINE_LOG = /no answer within \d+ ms/;

describe.skipIf(!serverUrl)(`PostgreSQL stops under load (${NEEDS_POSTGRES})`, () => {
  let db: PgDatabase;
  let proxy: Proxy;
  let server: RunningServer;
  const dir = tempDir('oc-outage-');

  beforeAll(async () => {
    db = await createPgDatabase('oc_outage');
    proxy = await startProxy(hostPort(db.url));
    server = await startServer(
      serverEnv({ databaseUrl: viaPort(db.url, proxy.port), dataDir: dir.dir }),
    );
  });

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await db?.drop();
    dir.remove();
  });

  it('refuses submissions with a try-again page, never a receipt, and keeps every receipt it gave', async () => {
    // A retry sends the same form again (the key is bound to the content it was sent with).
    const results: { key: string; body: string; result: Submission }[] = [];
    let running = true;
    const client = async (n: number) => {
      for (let i = 0; running; i++) {
        const key = randomUUID();
        const body = `负载下的意见 ${n}-${i}`;
        const result = await submit(server.baseURL, commentForm(body, key));
        results.push({ key, body, result });
        if (result.status !== 303) await sleep(20);
      }
    };
    const clients = Array.from({ length: 8 }, (_, n) => client(n));
    // Each phase lasts until enough has happened in it, not for a fixed time.
    const accepted = () => results.filter((r) => r.result.status === 303).length;
    let down = false;
    try {
      await until('comments accepted before the outage', () => accepted() >= 20, 1000, 5);
      await proxy.cut();
      down = true;
      const refusedBefore = results.filter((r) => r.result.status !== 303).length;
      // On a loaded machine a post in the outage may be refused only by the request deadline, so
      // each of the 8 clients may need two deadlines for its two refusals.
      await until(
        'submissions refused during the outage',
        () => results.filter((r) => r.result.status !== 303).length >= refusedBefore + 16,
        2 * REQUEST_DEADLINE_MS,
        5,
      );
      await proxy.restore();
      down = false;
      const acceptedAfterCut = accepted();
      await until(
        'comments accepted again after it',
        () => accepted() >= acceptedAfterCut + 20,
        3000,
        5,
      );
    } finally {
      // Stop the clients even when a phase fails, so that they do not run into the next test.
      running = false;
      if (down) await proxy.restore();
      await Promise.all(clients);
    }

    const refused = results.filter((r) => r.result.status !== 303);
    const stored303 = results.filter((r) => r.result.status === 303);
    expect(refused.length, 'some submissions fell into the outage').toBeGreaterThan(0);
    expect(stored303.length).toBeGreaterThan(0);
    for (const { result } of refused) {
      expect(result.status).toBe(503);
      expect(result.receipt).toBeNull();
      // Refused at once: nothing was saved. Refused by the request deadline: the outcome is not
      // known (issue #14: never "nothing saved" about work that may still commit). Either way no
      // receipt, and the page says to send the same form again.
      expect(result.text).toMatch(/未生成回执|原样重新提交/);
    }
    for (const { result } of stored303)
      expect(result.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const stored = await db.sql<
      { receipt_code: string; body: string }[]
    >`select receipt_code, body from comments`;
    const byBody = new Map(stored.map((r) => [r.body, r.receipt_code]));
    for (const { body, result } of stored303) expect(byBody.get(body)).toBe(result.receipt);

    // Every refused submission, sent again with its key, is stored exactly once; one that
    // committed while its answer was lost gets the receipt it was given in the database.
    for (const { key, body } of refused) {
      const retry = await submit(server.baseURL, commentForm(body, key));
      expect(retry.status).toBe(303);
      if (byBody.has(body)) expect(retry.receipt).toBe(byBody.get(body));
    }
    const [rows] = await db.sql<
      { n: number; keys: number }[]
    >`select count(*)::int as n, count(distinct idempotency_key)::int as keys from comments`;
    expect(rows).toEqual({ n: results.length, keys: results.length });
    await waitUntilCounted(server.baseURL);
    const [counts] = await db.sql<
      { kept: number }[]
    >`select sum(comment_count)::int as kept from consultations`;
    expect(counts?.kept, 'the kept count matches the rows').toBe(results.length);
  });

  it('answers reads and /health at once with a clear error while the database is away, then recovers', async () => {
    await proxy.cut();
    const logBefore = server.output().length;
    try {
      const health = await fetch(`${server.baseURL}/health`, {
        signal: AbortSignal.timeout(patience(5000)),
      });
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });
      for (const [path, lang, words] of [
        [VERSION_PATH, 'zh', '服务暂时不可用'],
        ['/', 'zh', '请稍后刷新'],
        [`${VERSION_PATH}?lang=en`, 'en', 'Temporarily unavailable'],
        ['/api/v1/regulations', 'zh', '服务暂时不可用'],
      ] as const) {
        const res = await fetch(`${server.baseURL}${path}`, {
          signal: AbortSignal.timeout(patience(10_000)),
        });
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toBe('30');
        const html = await res.text();
        expect(html).toContain(words);
        expect(html).toContain(lang === 'en' ? '<html lang="en">' : '<html lang="zh-CN">');
        expect(html, 'no internals leak').not.toMatch(/ECONNREFUSED|select |postgres/i);
      }
      const english = await submit(server.baseURL, commentForm('outage'), { Cookie: 'lang=en' });
      expect(english.status).toBe(503);
      expect(english.text).toContain('no receipt was issued');
      // At once: the refused connection answered each request, not the request deadline
      // (which logs that it cut a request off). No clock is read, so load cannot fail this.
      expect(
        server.output().slice(logBefore),
        'answered by the refusal, not by the deadline',
      ).not.toMatch(DEADLINE_LOG);
    } finally {
      await proxy.restore();
    }
    await until(
      'health green again without a restart',
      async () => (await fetch(`${server.baseURL}/health`)).status === 200,
      10_000,
      200,
    );
    // A pooled connection opened before the cut may fail the first query sent on it (one more
    // 503, the visitor's reload then works): the page must come back too.
    await until(
      'pages back without a restart',
      async () => (await fetch(`${server.baseURL}${VERSION_PATH}`)).status === 200,
      5000,
      200,
    );
    const after = await submit(server.baseURL, commentForm('恢复之后'));
    expect(after.status).toBe(303);
    expect(server.child.exitCode).toBeNull();
  });

  it('answers within the request deadline when PostgreSQL hangs instead of refusing', async () => {
    proxy.stall();
    const logBefore = server.output().length;
    try {
      // The database never answers while stalled, so any answer at all is the request
      // deadline's; a hang would leave these waiting until the client gives up.
      const [health, page, sent] = await Promise.all([
        fetch(`${server.baseURL}/health`, { signal: AbortSignal.timeout(patience(15_000)) }),
        fetch(`${server.baseURL}${VERSION_PATH}`, {
          signal: AbortSignal.timeout(patience(15_000)),
        }),
        submit(server.baseURL, commentForm('数据库无响应时提交')),
      ]);
      expect(health.status).toBe(503);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('服务暂时不可用');
      expect(sent.status).toBe(503);
      expect(sent.receipt).toBeNull();
      expect(server.output().slice(logBefore), 'the request deadline answered').toMatch(
        DEADLINE_LOG,
      );
    } finally {
      proxy.unstall();
    }
    await until(
      'recovers when PostgreSQL answers again',
      async () => (await fetch(`${server.baseURL}${VERSION_PATH}`)).status === 200,
      15_000,
      200,
    );
  });
});
