/**
 * DATABASE_READ_URL: public pages and the open-data API read from the replica, forms write
 * to the primary. Here the "replica" is the same database behind a proxy; cutting the proxy
 * shows which requests depend on it.
 */
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
} from './support.ts';
import { until } from '../helpers/patience.ts';

describe.skipIf(!serverUrl)(`reads from a replica (${NEEDS_POSTGRES})`, () => {
  let db: PgDatabase;
  let replica: Proxy;
  let server: RunningServer;
  const dir = tempDir('oc-replica-');

  beforeAll(async () => {
    db = await createPgDatabase('oc_replica');
    replica = await startProxy(hostPort(db.url));
    server = await startServer(
      serverEnv({
        databaseUrl: db.url,
        dataDir: dir.dir,
        extra: { DATABASE_READ_URL: viaPort(db.url, replica.port) },
      }),
    );
  });

  afterAll(async () => {
    await server?.stop();
    await replica?.close();
    await db?.drop();
    dir.remove();
  });

  it('serves public reads from DATABASE_READ_URL and takes comments on the primary', async () => {
    const stored = await submit(server.baseURL, commentForm('写入主库的意见'));
    expect(stored.status).toBe(303);
    expect((await fetch(`${server.baseURL}/api/v1/regulations/sample`)).status).toBe(200);
    await replica.cut();
    try {
      for (const path of ['/api/v1/regulations/sample', VERSION_PATH, '/']) {
        expect(
          (await fetch(`${server.baseURL}${path}`)).status,
          `${path} reads from the replica`,
        ).toBe(503);
      }
      expect(
        (await fetch(`${server.baseURL}/receipts/${stored.receipt}`)).status,
        'a receipt reads the primary',
      ).toBe(200);
      expect((await fetch(`${server.baseURL}/health`)).status, '/health checks the primary').toBe(
        200,
      );
    } finally {
      await replica.restore();
    }
    await until(
      'reads recover with the replica',
      async () => (await fetch(`${server.baseURL}/api/v1/regulations/sample`)).status === 200,
      10_000,
      100,
    );
  });
});
