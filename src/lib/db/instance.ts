/**
 * The process-wide database handle. Opened once per process; `npm start` opens it before the
 * server starts (migrations, content sync) and registers it here so the server reuses it
 * instead of opening the embedded database a second time.
 */
import { readConfig } from '../config/index.ts';
import { openDatabase, type DbHandle } from './client.ts';

const KEY = Symbol.for('openclause.db');
type Registry = { [KEY]?: Promise<DbHandle> };

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
