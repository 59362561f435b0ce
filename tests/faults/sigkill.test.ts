/**
 * The server is killed with SIGKILL in the middle of a load run and started again: every
 * receipt a client received is in the database, nothing is stored twice (a retried
 * idempotency key gets its first receipt), and the restarted server serves at once. On the
 * embedded database the dead owner's lock file is taken over.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  NEEDS_POSTGRES,
  commentForm,
  createPgDatabase,
  serverEnv,
  serverUrl,
  startServer,
  submit,
  tempDir,
  type RunningServer,
  type Submission,
  waitUntilCounted,
} from './support.ts';
import { until } from '../helpers/patience.ts';

interface Attempt {
  key: string;
  /** A retry sends the same form again: the key is bound to the content it was sent with. */
  body: string;
  result: Submission | null;
}

/**
 * Eight clients submit in a loop until the server dies under them: kill -9 once `receipts`
 * receipts were given (a count, not a time, so a busy machine only makes it take longer), with
 * the clients' next requests in flight.
 */
async function loadAndKill(server: RunningServer, receipts: number): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  let dead = false;
  const client = async (n: number) => {
    for (let i = 0; !dead; i++) {
      const attempt: Attempt = { key: randomUUID(), body: `压力测试意见 ${n}-${i}`, result: null };
      attempts.push(attempt);
      attempt.result = await submit(server.baseURL, commentForm(attempt.body, attempt.key)).catch(
        () => null,
      );
    }
  };
  const clients = Array.from({ length: 8 }, (_, n) => client(n));
  // Quietly, 8 clients get a receipt every few milliseconds.
  await until(
    `${receipts} receipts given`,
    () =>
      attempts.filter((a) => a.result?.receipt).length >= receipts ||
      (server.child.exitCode !== null ? 'exited' : false),
    receipts * 20,
    5,
  );
  server.child.kill('SIGKILL');
  await server.exited;
  dead = true;
  await Promise.all(clients);
  return attempts;
}

/** After the restart: a retry of every key gets the receipt the client already had, or a first one. */
async function retryAll(baseURL: string, attempts: Attempt[]): Promise<Map<string, string>> {
  const receipts = new Map<string, string>();
  for (const { key, body, result } of attempts) {
    const retry = await submit(baseURL, commentForm(body, key));
    expect(retry.status, `retry of ${key}`).toBe(303);
    if (result?.receipt)
      expect(retry.receipt, 'the receipt the client was given').toBe(result.receipt);
    receipts.set(key, retry.receipt!);
  }
  return receipts;
}

/** Once it says it is healthy, the restarted server serves its first page request (no warm-up, no retry). */
async function expectServesAtOnce(server: RunningServer) {
  const page = await fetch(`${server.baseURL}/regulations/sample/versions/first-reading`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('</html>');
}

describe.skipIf(!serverUrl)(`SIGKILL mid-load on PostgreSQL (${NEEDS_POSTGRES})`, () => {
  const dir = tempDir('oc-kill-pg-');
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    dir.remove();
  });

  it('keeps every receipt given, stores nothing twice and serves again at once', async () => {
    const db = await createPgDatabase('oc_kill');
    cleanup.push(db.drop);
    const env = serverEnv({ databaseUrl: db.url, dataDir: dir.dir });
    const first = await startServer(env);
    cleanup.push(first.stop);
    const attempts = await loadAndKill(first, 40);
    const given = attempts.filter((a) => a.result?.receipt);
    expect(given.length, 'receipts were given before the kill').toBeGreaterThan(0);
    expect(attempts.length - given.length, 'some requests were cut off').toBeGreaterThan(0);

    const stored = new Map(
      (
        await db.sql<
          { body: string; receipt_code: string }[]
        >`select body, receipt_code from comments`
      ).map((r) => [r.body, r.receipt_code]),
    );
    for (const a of given) expect(stored.get(a.body)).toBe(a.result!.receipt);

    const second = await startServer(env);
    cleanup.push(second.stop);
    await expectServesAtOnce(second);
    await retryAll(second.baseURL, attempts);
    await waitUntilCounted(second.baseURL);
    const [rows] = await db.sql<{ n: number; keys: number; kept: number }[]>`
      select count(*)::int as n, count(distinct idempotency_key)::int as keys,
             (select sum(comment_count)::int from consultations) as kept from comments`;
    expect(rows).toEqual({ n: attempts.length, keys: attempts.length, kept: attempts.length });
  });
});

describe('SIGKILL mid-load on the embedded database', () => {
  const dir = tempDir('oc-kill-pglite-');
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    dir.remove();
  });

  it('takes over the dead owner’s lock, keeps every acknowledged comment and stores nothing twice', async () => {
    const env = serverEnv({ databaseUrl: null, dataDir: dir.dir });
    const first = await startServer(env);
    servers.push(first);
    const attempts = await loadAndKill(first, 40);
    const given = attempts.filter((a) => a.result?.receipt);
    expect(given.length, 'receipts were given before the kill').toBeGreaterThan(0);
    const lock = path.join(dir.dir, 'owner.lock');
    expect(fs.readFileSync(lock, 'utf8'), 'the dead owner left its lock').toBe(
      String(first.child.pid),
    );

    const second = await startServer(env);
    servers.push(second);
    expect(fs.readFileSync(lock, 'utf8')).not.toBe(String(first.child.pid));
    await expectServesAtOnce(second);
    for (const a of given) {
      const receipt = await fetch(`${second.baseURL}/receipts/${a.result!.receipt}`);
      expect(receipt.status, `receipt ${a.result!.receipt} survives`).toBe(200);
    }
    const receipts = await retryAll(second.baseURL, attempts);
    expect(new Set(receipts.values()).size, 'one comment per key').toBe(attempts.length);
    await waitUntilCounted(second.baseURL);
    const tree = (await (await fetch(`${second.baseURL}/api/v1/regulations/sample`)).json()) as {
      consultations: { slug: string; commentCount: number }[];
    };
    expect(
      tree.consultations.find((c) => c.slug === 'first-reading')?.commentCount,
      'the kept count matches',
    ).toBe(attempts.length);
  });
});

describe.skipIf(!serverUrl)(`SIGTERM right after a burst on PostgreSQL (${NEEDS_POSTGRES})`, () => {
  const dir = tempDir('oc-term-pg-');
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
    dir.remove();
  });

  it('counts every comment it stored before it exits', async () => {
    const db = await createPgDatabase('oc_term');
    cleanup.push(db.drop);
    const server = await startServer(serverEnv({ databaseUrl: db.url, dataDir: dir.dir }));
    cleanup.push(server.stop);
    // The public form's comments are counted by a fold 50 ms after they are stored: stop the
    // server inside that time.
    const burst = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        submit(server.baseURL, commentForm(`停机前的意见 ${i}`)),
      ),
    );
    expect(burst.every((s) => s.status === 303)).toBe(true);
    server.child.kill('SIGTERM');
    await server.exited;
    expect(server.child.exitCode).toBe(0);
    const [row] = await db.sql<{ stored: number; waiting: number; kept: number }[]>`
      select (select count(*)::int from comments) as stored, (select count(*)::int from comment_intake_queue) as waiting,
             (select sum(comment_count)::int from consultations) as kept`;
    expect(row).toEqual({ stored: 24, waiting: 0, kept: 24 });
    expect(server.output(), server.output()).not.toMatch(/fold failed/);
  });
});
