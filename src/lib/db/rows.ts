import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
/** The rows of a raw `db.execute(sql…)`: postgres.js returns them as an array, PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

const dialect = new PgDialect();

interface PostgresJsClient {
  unsafe(query: string, params: unknown[], options: { prepare: boolean }): Promise<unknown[]>;
  options: unknown;
}

/**
 * Runs a raw statement as a named prepared statement on PostgreSQL, so the server plans it
 * once per connection rather than on every call (drizzle's `execute` sends it unnamed, planned
 * each time: for the intake statement that planning was a large share of its cost). On PGlite,
 * and inside a transaction, it is an ordinary `execute`.
 */
export async function executePrepared<T>(db: Db, query: SQL): Promise<T[]> {
  const client = (db as unknown as { $client?: Partial<PostgresJsClient> }).$client;
  if (client && typeof client.unsafe === 'function' && client.options) {
    const { sql, params } = dialect.sqlToQuery(query);
    return (await client.unsafe(sql, params, { prepare: true })) as T[];
  }
  return rowsOf<T>(await db.execute(query));
}
