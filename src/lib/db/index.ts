export { openDatabase, type Db, type DbHandle } from './client.ts';
export { getDb, getDbHandle, getReadDb, registerDb } from './instance.ts';
export { acquireDataDirLock } from './lock.ts';
export * as schema from './schema.ts';
export { rowsOf } from './rows.ts';
