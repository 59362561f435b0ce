/**
 * Opening the database: PostgreSQL through postgres.js when a URL is configured, otherwise the
 * embedded PGlite in the data folder. Both give the same drizzle API and run the same
 * migrations from `drizzle/`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/index.ts';
import * as schema from './schema.ts';
import { acquireDataDirLock } from './lock.ts';
import { backfillPublicFields } from '../comments/public-fields-backfill.ts';

import type { Db } from './types.ts';

export type { Db } from './types.ts';

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  migrate: () => Promise<void>;
  /** The embedded database's files as one archive (PGlite only), to open copies from. */
  dump?: () => Promise<Blob>;
  close: () => Promise<void>;
}

const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

export function migrationsPath(): string {
  // Inside the built server bundle import.meta.url points into dist/; fall back to the cwd.
  return fs.existsSync(migrationsFolder) ? migrationsFolder : path.resolve('drizzle');
}

/** Data steps SQL cannot do (they need the app's own functions), run under the migration lock. */
async function afterMigrations(db: Db): Promise<void> {
  await backfillPublicFields(db);
}

export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: {
    memory?: boolean;
    poolSize?: number;
    /**
     * An embedded database to start from, as PGlite's `dumpDataDir` gave it (in-memory only):
     * it skips PostgreSQL's initdb and the migrations already in it. The tests open one
     * migrated copy per file this way (tests/helpers/db.ts).
     */
    template?: Blob;
  } = {},
): Promise<DbHandle> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, options.poolSize ?? 10);
  return openPglite(
    options.memory ? null : config.dataDir,
    options.memory ? options.template : undefined,
  );
}

/**
 * How long postgres.js waits before opening a connection again after one failed, by the
 * number of failures in a row across the pool. Its default grows as 3^n / 100 s up to 20 s, so
 * during an outage under load (many failures at once) a query queued for a new connection
 * waited 5–20 s: comment posts were answered by the 10 s request deadline ("outcome unknown")
 * instead of being refused at once, and after the database came back the first posts still
 * waited seconds. A refused connection costs little; a short, capped delay keeps both answers
 * prompt (tests/faults/postgres-outage.test.ts).
 */
export function reconnectDelaySeconds(failures: number): number {
  return Math.min(0.01 * 2 ** failures, 0.25);
}

async function openPostgres(url: string, max: number): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 5,
    backoff: reconnectDelaySeconds,
  });
  const db = drizzle({ client, schema, casing: 'snake_case' });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: async () => {
      // drizzle's migrator takes no lock, and several app processes may start at once:
      // migrate on one dedicated connection holding a session advisory lock.
      const single = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
      try {
        await single`select pg_advisory_lock(4242001)`;
        await migrate(drizzle({ client: single, casing: 'snake_case' }), {
          migrationsFolder: migrationsPath(),
        });
        await afterMigrations(drizzle({ client: single, schema, casing: 'snake_case' }));
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    close: () => client.end({ timeout: 5 }),
  };
}

/** Settings of the embedded PostgreSQL; see openPglite. */
export const PGLITE_SETTINGS = ['shared_buffers = 32MB', 'wal_buffers = 1MB'];

async function openPglite(dataDir: string | null, template?: Blob): Promise<DbHandle> {
  const release = dataDir ? acquireDataDirLock(dataDir) : () => {};
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // pg_trgm backs the staff text search (a custom migration, drizzle/0011_pg-trgm.sql, creates it on both databases).
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    // PGlite's PostgreSQL keeps its shared buffers in the process's WebAssembly memory, which
    // never shrinks: its default 160 MB of buffers took the embedded server past 500 MB at rest.
    // The data files sit in the operating system's page cache anyway, so a smaller pool costs
    // little (bench:read) and keeps the process within a small machine's memory.
    const options = {
      extensions: { pg_trgm },
      postgresqlconf: PGLITE_SETTINGS,
      ...(template ? { loadDataDir: template } : {}),
    };
    const client = dataDir
      ? new PGlite(path.join(dataDir, 'pglite'), options)
      : new PGlite(options);
    await client.waitReady;
    const db = drizzle({ client, schema, casing: 'snake_case' });
    let closed = false;
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      migrate: async () => {
        await migrate(db, { migrationsFolder: migrationsPath() });
        await afterMigrations(db);
      },
      dump: () => client.dumpDataDir('none'),
      close: async () => {
        if (closed) return;
        closed = true;
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
