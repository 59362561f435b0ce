/**
 * The server process runs one copy of each module: scripts/start.ts starts the built bundle's
 * own `serve` (src/server.ts) and loads nothing from src/. Before, it loaded src/ as TypeScript
 * beside the bundle, so the comment form's direct route stored comments through one intake
 * batcher and fold scheduler while the pages and /health used another, and globalThis held the
 * two together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NEEDS_POSTGRES,
  VERSION_PATH,
  commentForm,
  createPgDatabase,
  root,
  serverEnv,
  serverUrl,
  startServer,
  submit,
  tempDir,
  type PgDatabase,
  type RunningServer,
} from './support.ts';

interface Health {
  directPosts: number;
  foldSchedulers: number;
  intakeBatchers: number;
}

const health = async (baseURL: string): Promise<Health> =>
  (await (await fetch(`${baseURL}/health`)).json()) as Health;

describe('the server is the built bundle', () => {
  it('is started by a script that imports nothing from src/', () => {
    const start = fs.readFileSync(path.join(root, 'scripts/start.ts'), 'utf8');
    expect(start).not.toMatch(/from ['"][^'"]*\/src\//);
    expect(start).not.toMatch(/import\(['"][^'"]*\/src\//);
  });

  it('carries the fold scheduler and the intake batcher once', () => {
    const files = fs
      .readdirSync(path.join(root, 'dist/server'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs'));
    const holding = (marker: string) =>
      files.filter((f) =>
        fs.readFileSync(path.join(root, 'dist/server', f), 'utf8').includes(marker),
      );
    expect(holding('intake fold failed (will retry)')).toHaveLength(1);
    expect(holding('function intakeBatcherCount')).toHaveLength(1);
  });
});

describe.skipIf(!serverUrl)(
  `one fold scheduler and one intake batcher per process (${NEEDS_POSTGRES})`,
  () => {
    let db: PgDatabase;
    let server: RunningServer;
    const dir = tempDir('oc-one-copy-');

    beforeAll(async () => {
      db = await createPgDatabase('oc_one_copy');
      server = await startServer(serverEnv({ databaseUrl: db.url, dataDir: dir.dir }));
    });

    afterAll(async () => {
      await server?.stop();
      await db?.drop();
      dir.remove();
    });

    it('reports on /health the scheduler and batcher that the direct route used', async () => {
      const before = await health(server.baseURL);
      expect(before).toMatchObject({ foldSchedulers: 0, intakeBatchers: 0 });
      const direct = await submit(server.baseURL, commentForm('一个进程只有一个批处理器。'));
      expect(direct.status).toBe(303);
      const after = await health(server.baseURL);
      expect(after.directPosts).toBe(before.directPosts + 1);
      // The direct route runs before Astro's pipeline; /health is an Astro route: both see one.
      expect(after).toMatchObject({ foldSchedulers: 1, intakeBatchers: 1 });
    });

    it('keeps one of each when the page (Astro pipeline) stores a comment too', async () => {
      // A query string sends the post through Astro's page instead of the direct route.
      const res = await fetch(`${server.baseURL}${VERSION_PATH}/comment?lang=en`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.baseURL },
        body: commentForm('Through the page, the same batcher.'),
        redirect: 'manual',
      });
      expect(res.status).toBe(303);
      expect(await health(server.baseURL)).toMatchObject({ foldSchedulers: 1, intakeBatchers: 1 });
    });
  },
);
