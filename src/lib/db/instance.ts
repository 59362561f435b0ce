/**
 * The process-wide database handle. Opened once per process; `npm start` opens it before the
 * server starts (migrations, content sync) and registers it here so the server reuses it
 * instead of opening the embedded database a second time. Read-only public pages may use a
 * read replica (DATABASE_READ_URL) through `getReadDb`.
 */
import { readConfig } from '../config/index.ts';
import { openDatabase, type DbHandle } from './client.ts';

const KEY = Symbol.for('openclause.db');
const READ_KEY = Symbol.for('openclause.readDb');
type Registry = { [KEY]?: Promise<DbHandle>; [READ_KEY]?: Promise<DbHandle> };

export function registerDb(handle: DbHandle): void {
  (globalThis as Registry)[KEY] = Promise.resolve(handle);
}

export function getDbHandle(): Promise<DbHandle> {
  const registry = globalThis as Registry;
  registry[KEY] ??= openDatabase(readConfig()).catch((error: unknown) => {
    delete registry[KEY];
    throw error;
  });
  return registry[KEY];
}

export async function getDb() {
  return (await getDbHandle()).db;
}

/**
 * The database for read-only public pages and the open-data API: the replica named by
 * DATABASE_READ_URL (PostgreSQL only), otherwise the primary. Pages that write, and pages that
 * must see a write at once (the receipt after a submission), use `getDb`.
 */
export async function getReadDb() {
  const config = readConfig();
  if (!config.databaseUrl || !config.databaseReadUrl) return getDb();
  const registry = globalThis as Registry;
  registry[READ_KEY] ??= openDatabase({ databaseUrl: config.databaseReadUrl, dataDir: config.dataDir }).catch((error: unknown) => {
    delete registry[READ_KEY];
    throw error;
  });
  return (await registry[READ_KEY]).db;
}
