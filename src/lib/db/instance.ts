/**
 * The process-wide database handle. Opened once per process; `npm start` opens it before the
 * server starts (migrations, content sync) and registers it here so the server reuses it
 * instead of opening the embedded database a second time. Read-only public pages may use a
 * read replica (DATABASE_READ_URL) through `getReadDb`.
 */
import { readConfig } from '../config/index.ts';
import { openDatabase, type DbHandle } from './client.ts';

let primary: Promise<DbHandle> | undefined;
let replica: Promise<DbHandle> | undefined;

export function registerDb(handle: DbHandle): void {
  primary = Promise.resolve(handle);
}

export function getDbHandle(): Promise<DbHandle> {
  primary ??= openDatabase(readConfig()).catch((error: unknown) => {
    primary = undefined;
    throw error;
  });
  return primary;
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
  replica ??= openDatabase({ databaseUrl: config.databaseReadUrl, dataDir: config.dataDir }).catch(
    (error: unknown) => {
      replica = undefined;
      throw error;
    },
  );
  return (await replica).db;
}
