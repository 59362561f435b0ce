/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new database
 * on the PostgreSQL server named by TEST_DATABASE_URL (dropped afterwards).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, schema, type DbHandle } from '../../src/lib/db/index.ts';
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
    const template = await migratedTemplate();
    const handle = await openDatabase(
      { databaseUrl: null, dataDir: '' },
      { memory: true, template },
    );
    // Applies whatever the template lacks (nothing, when it is current) and the data steps.
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
/** A test's staff member: `id` is filled in by `addStaff`. */
export interface TestStaff {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
}

/** Stores the staff member (no usable password) and gives it its id. */
export async function addStaff(db: TestDb, staff: TestStaff): Promise<void> {
  const [user] = await db.db
    .insert(schema.staffUsers)
    .values({
      username: staff.username,
      displayName: staff.displayName,
      passwordHash: 'x',
      roles: staff.roles,
    })
    .returning({ id: schema.staffUsers.id });
  staff.id = user!.id;
}

export async function seededDatabase(): Promise<TestDb> {
  const { loadContent, syncContent } = await import('../../src/lib/content/index.ts');
  const db = await freshDatabase();
  const loaded = loadContent(path.resolve(import.meta.dirname, '../fixtures/content/basic'));
  if (!loaded.ok)
    throw new Error(`fixture content does not load: ${JSON.stringify(loaded.problems)}`);
  await syncContent(db.db, loaded.content);
  return db;
}

/**
 * One migrated embedded database, saved once per machine and set of migrations, that each test
 * file opens a copy of. Starting PGlite runs PostgreSQL's initdb and then the 30-odd migrations:
 * about 3 s of CPU per file on the 2-core machine, against under 1 s to load the saved copy
 * (measured while the browser suite ran, load average 6). Keyed by the migrations' contents and
 * PGlite's version, written to a temporary name and renamed, so parallel workers and a second
 * copy of the suite never read half a file.
 */
let template: Promise<Blob> | null = null;

function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const hash = createHash('sha256');
    const folder = path.resolve(import.meta.dirname, '../../drizzle');
    for (const file of fs.readdirSync(folder, { recursive: true }).map(String).sort()) {
      const full = path.join(folder, file);
      if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
    }
    const pglite = JSON.parse(
      fs.readFileSync(
        path.resolve(import.meta.dirname, '../../node_modules/@electric-sql/pglite/package.json'),
        'utf8',
      ),
    ) as { version: string };
    hash.update(pglite.version);
    const file = path.join(
      os.tmpdir(),
      `openclause-test-db-${hash.digest('hex').slice(0, 16)}.tar`,
    );
    if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
    const handle = await openDatabase({ databaseUrl: null, dataDir: '' }, { memory: true });
    try {
      await handle.migrate();
      const blob = await handle.dump!();
      const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
      fs.renameSync(partial, file);
      // Copies made for earlier migrations are of no further use.
      for (const stale of fs.readdirSync(os.tmpdir()))
        if (
          /^openclause-test-db-[0-9a-f]{16}\.tar$/.test(stale) &&
          path.join(os.tmpdir(), stale) !== file
        )
          fs.rmSync(path.join(os.tmpdir(), stale), { force: true });
      return blob;
    } finally {
      await handle.close();
    }
  })();
  return template;
}
