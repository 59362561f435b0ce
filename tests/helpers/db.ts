/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type DbHandle } from '../../src/lib/db/index.ts';
import { measured } from './patience.ts';

/** Opening and migrating a test database on the quiet 2-core machine (in-memory PGlite, the slower). */
const QUIET_DATABASE_MS = 1500;

export interface TestDb extends DbHandle {
  cleanup: () => Promise<void>;
}

/**
 * The time it took is a measure of how busy the machine is (tests/helpers/patience.ts).
 */
export async function freshDatabase(): Promise<TestDb> {
  const started = Date.now();
  const db = await openFresh();
  measured(Date.now() - started, QUIET_DATABASE_MS);
  return db;
}

async function openFresh(): Promise<TestDb> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const handle = await openDatabase({ databaseUrl: null, dataDir: '' }, { memory: true });
    await handle.migrate();
    return { ...handle, cleanup: () => handle.close() };
  }
  const name = `oc_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' }, { poolSize: 4 });
  await handle.migrate();
  return {
    ...handle,
    cleanup: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** A fresh database with the fixture content (tests/fixtures/content/basic) synced into it. */
export async function seededDatabase(): Promise<TestDb> {
  const { loadContent, syncContent } = await import('../../src/lib/content/index.ts');
  const db = await freshDatabase();
  const loaded = loadContent(path.resolve(import.meta.dirname, '../fixtures/content/basic'));
  if (!loaded.ok)
    throw new Error(`fixture content does not load: ${JSON.stringify(loaded.problems)}`);
  await syncContent(db.db, loaded.content);
  return db;
}
