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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!serverUrl)(`PostgreSQL stops under load (${NEEDS_POSTGRES})`, () => {
  let db: PgDatabase;
  let proxy: Proxy;
  let server: RunningServer;
  const dir = tempDir('oc-outage-');

  beforeAll(async () => {
    db = await createPgDatabase('oc_outage');
    proxy = await startProxy(hostPort(db.url));
    server = await startServer(serverEnv({ databaseUrl: viaPort(db.url, proxy.port), dataDir: dir.dir }));
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
    await sleep(800);
    await proxy.cut();
    await sleep(1200);
    await proxy.restore();
    await sleep(1500);
    running = false;
    await Promise.all(clients);

    const refused = results.filter((r) => r.result.status !== 303);
    const accepted = results.filter((r) => r.result.status === 303);
    expect(refused.length, 'some submissions fell into the outage').toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(0);
    for (const { result } of refused) {
      expect(result.status).toBe(503);
      expect(result.receipt).toBeNull();
      expect(result.text).toContain('未生成回执');
    }
    for (const { result } of accepted) expect(result.receipt).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const stored = await db.sql<{ receipt_code: string; body: string }[]>`select receipt_code, body from comments`;
    const byBody = new Map(stored.map((r) => [r.body, r.receipt_code]));
    for (const { body, result } of accepted) expect(byBody.get(body)).toBe(result.receipt);

    // Every refused submission, sent again with its key, is stored exactly once; one that
    // committed while its answer was lost gets the receipt it was given in the database.
    for (const { key, body } of refused) {
      const retry = await submit(server.baseURL, commentForm(body, key));
      expect(retry.status).toBe(303);
      if (byBody.has(body)) expect(retry.receipt).toBe(byBody.get(body));
    }
    const [rows] = await db.sql<{ n: number; keys: number }[]>`select count(*)::int as n, count(distinct idempotency_key)::int as keys from comments`;
    expect(rows).toEqual({ n: results.length, keys: results.length });
    await waitUntilCounted(server.baseURL);
    const [counts] = await db.sql<{ kept: number }[]>`select sum(comment_count)::int as kept from consultations`;
    expect(counts?.kept, 'the kept count matches the rows').toBe(results.length);
  });

  it('answers reads and /health at once with a clear error while the database is away, then recovers', async () => {
    await proxy.cut();
    try {
      const health = await fetch(`${server.baseURL}/health`, { signal: AbortSignal.timeout(5000) });
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable' });
      for (const [path, lang, words] of [
        [VERSION_PATH, 'zh', '服务暂时不可用'],
        ['/', 'zh', '请稍后刷新'],
        [`${VERSION_PATH}?lang=en`, 'en', 'Temporarily unavailable'],
        ['/api/v1/regulations', 'zh', '服务暂时不可用'],
      ] as const) {
        const started = Date.now();
        const res = await fetch(`${server.baseURL}${path}`, { signal: AbortSignal.timeout(10_000) });
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toBe('30');
        const html = await res.text();
        expect(html).toContain(words);
        expect(html).toContain(lang === 'en' ? '<html lang="en">' : '<html lang="zh-CN">');
        expect(html, 'no internals leak').not.toMatch(/ECONNREFUSED|select |postgres/i);
        // Under the 10 s request deadline: the refusal itself was answered, the request did not
        // hang until the deadline cut it. (6 s proved too tight on a loaded 2-core CI machine.)
        expect(Date.now() - started, `${path} answered before the request deadline`).toBeLessThan(9000);
      }
      const english = await submit(server.baseURL, commentForm('outage'), { Cookie: 'lang=en' });
      expect(english.status).toBe(503);
      expect(english.text).toContain('no receipt was issued');
    } finally {
      await proxy.restore();
    }
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${server.baseURL}/health`)).status;
      if (status !== 200) await sleep(200);
    }
    expect(status, 'health turns green without a restart').toBe(200);
    // A pooled connection opened before the cut may fail the first query sent on it (one more
    // 503, the visitor's reload then works): the page must be back within the same deadline.
    let page = 0;
    while (Date.now() < deadline + 5_000 && page !== 200) {
      page = (await fetch(`${server.baseURL}${VERSION_PATH}`)).status;
      if (page !== 200) await sleep(200);
    }
    expect(page, 'pages come back without a restart').toBe(200);
    const after = await submit(server.baseURL, commentForm('恢复之后'));
    expect(after.status).toBe(303);
    expect(server.child.exitCode).toBeNull();
  });

  it('answers within the request deadline when PostgreSQL hangs instead of refusing', async () => {
    proxy.stall();
    try {
      const started = Date.now();
      const [health, page, sent] = await Promise.all([
        fetch(`${server.baseURL}/health`, { signal: AbortSignal.timeout(20_000) }),
        fetch(`${server.baseURL}${VERSION_PATH}`, { signal: AbortSignal.timeout(20_000) }),
        submit(server.baseURL, commentForm('数据库无响应时提交')),
      ]);
      expect(health.status).toBe(503);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('服务暂时不可用');
      expect(sent.status).toBe(503);
      expect(sent.receipt).toBeNull();
      expect(Date.now() - started, 'the 10-second deadline, not a hang').toBeLessThan(14_000);
    } finally {
      proxy.unstall();
    }
    const deadline = Date.now() + 15_000;
    let status = 0;
    while (status !== 200 && Date.now() < deadline) {
      status = (await fetch(`${server.baseURL}${VERSION_PATH}`)).status;
      if (status !== 200) await sleep(200);
    }
    expect(status, 'recovers when PostgreSQL answers again').toBe(200);
  });
});
