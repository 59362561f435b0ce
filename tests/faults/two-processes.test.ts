/**
 * Two app processes on one PostgreSQL database, as behind a load balancer: a staff session
 * made on one is valid on the other, the comment rate limit counts submissions to both, and
 * an idempotency key retried on the other process gets the first process's receipt.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEEDS_POSTGRES,
  commentForm,
  createPgDatabase,
  createStaff,
  serverEnv,
  serverUrl,
  signIn,
  startServer,
  submit,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from './support.ts';

const LIMIT = 10;

describe.skipIf(!serverUrl)(`two app processes on one database (${NEEDS_POSTGRES})`, () => {
  let db: PgDatabase;
  let a: RunningServer;
  let b: RunningServer;
  const dir = tempDir('oc-two-');

  beforeAll(async () => {
    db = await createPgDatabase('oc_two');
    const env = serverEnv({
      databaseUrl: db.url,
      dataDir: dir.dir,
      extra: { OPENCLAUSE_COMMENTS_PER_HOUR: String(LIMIT) },
    });
    createStaff(env, 'moderator1', 'moderator');
    // Both start at once: migrations and the content sync must not trip over each other.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
    dir.remove();
  });

  it('accepts on B the session cookie made on A, and ends it everywhere on sign-out', async () => {
    const cookie = await signIn(a.baseURL, 'moderator1');
    const onB = await fetch(`${b.baseURL}/staff`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    });
    expect(onB.status).toBe(200);
    const html = await onB.text();
    expect(html).toContain('moderator1');
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const out = await fetch(`${b.baseURL}/staff/sign-out`, {
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: b.baseURL,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ _csrf: csrf }),
      redirect: 'manual',
    });
    expect(out.status).toBe(303);
    const onA = await fetch(`${a.baseURL}/staff`, {
      headers: { Cookie: cookie },
      redirect: 'manual',
    });
    expect(onA.status, 'signed out on B means signed out on A').toBe(303);
    expect(onA.headers.get('location')).toMatch(/^\/staff\/sign-in/);
  });

  it('answers a retry on B with the receipt A gave, storing one comment', async () => {
    const key = randomUUID();
    const body = `负载均衡后的意见 ${key}`;
    const first = await submit(a.baseURL, commentForm(body, key));
    const retry = await submit(b.baseURL, commentForm(body, key));
    expect(first.status).toBe(303);
    expect(retry.status).toBe(303);
    expect(retry.receipt).toBe(first.receipt);
    const [row] = await db.sql<
      { n: number }[]
    >`select count(*)::int as n from comments where body = ${body}`;
    expect(row?.n).toBe(1);
  });

  it('counts submissions to both processes against one rate limit', async () => {
    const [before] = await db.sql<{ n: number }[]>`select count(*)::int as n from comments`;
    // The previous test used two hits of this address's hourly allowance.
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++)
      statuses.push((await submit(i % 2 ? b.baseURL : a.baseURL, commentForm(`第${i}条`))).status);
    expect(statuses.slice(0, LIMIT - 2)).toEqual(Array(LIMIT - 2).fill(303));
    expect(statuses.slice(LIMIT - 2)).toEqual([429, 429]);
    const [after] = await db.sql<{ n: number }[]>`select count(*)::int as n from comments`;
    expect(after!.n - before!.n).toBe(LIMIT - 2);
  });
});
