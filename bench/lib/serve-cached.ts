/**
 * The server with no database work per request, for the reading benchmark's baseline: the same
 * built site and pages, but the database handle is a drizzle instance whose cache answers every
 * repeated SELECT from memory (drizzle's `cache` option with the 'all' strategy). After the
 * first request a page costs its rendering and nothing else. Responses are compressed as the
 * real server's are (src/lib/web/compress.ts).
 * Env: DATABASE_URL, PORT, HOST.
 */
import http from 'node:http';
import path from 'node:path';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { Cache } from 'drizzle-orm/cache/core';
import { schema, type Db, type DbHandle } from '../../src/lib/db/index.ts';

class MemoryCache extends Cache {
  private readonly entries = new Map<string, unknown[]>();
  override strategy() {
    return 'all' as const;
  }
  override async get(key: string) {
    return this.entries.get(key);
  }
  override async put(key: string, response: unknown) {
    this.entries.set(key, response as unknown[]);
  }
  override async onMutate() {
    this.entries.clear();
  }
}

const client = postgres(process.env['DATABASE_URL']!, { max: 10, onnotice: () => {} });
const db = drizzle({
  client,
  schema,
  casing: 'snake_case',
  cache: new MemoryCache(),
}) as unknown as Db;
// The bundle's own registerDb: the server process runs the bundle's copy of every module.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const bundle = (await import(path.resolve(import.meta.dirname, '../../dist/server/entry.mjs'))) as {
  registerDb: (handle: DbHandle) => void;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  compressResponses: (
    next: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  ) => (req: http.IncomingMessage, res: http.ServerResponse) => void;
};
bundle.registerDb({
  db,
  kind: 'postgres',
  migrate: async () => {},
  close: () => client.end({ timeout: 5 }),
});
process.once('SIGTERM', () => void client.end({ timeout: 5 }).then(() => process.exit(0)));
// Static files, then pages, compressed as by src/lib/web/serve.ts.
http
  .createServer(bundle.compressResponses((req, res) => void bundle.handler(req, res)))
  .listen(Number(process.env['PORT'] ?? 4321), process.env['HOST'] ?? 'localhost');
