import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';
import { errors } from '../errors/index.ts';
/** The rows of a raw `db.execute(sql…)`: postgres.js returns them as an array, PGlite as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface PostgresJsClient {
  unsafe(
    query: string,
    params: unknown[],
    options: { prepare: boolean },
  ): Promise<unknown[]> & { cursor(rows: number): AsyncIterable<unknown[]> };
  options: unknown;
}

/**
 * Runs a statement kept as fixed text with numbered parameters ($1, $2, …) as a named prepared
 * statement on PostgreSQL, so the server plans it once per connection and nothing is built per
 * call (drizzle's `execute` sends an unnamed statement, planned each time: for the intake
 * statement that planning was a large share of its cost). On PGlite, and inside a transaction,
 * the text becomes a drizzle query with the same parameters.
 */
export async function executePreparedText<T>(
  db: Db,
  text: string,
  params: readonly unknown[],
): Promise<T[]> {
  const client = pooledClient(db);
  if (client) return (await client.unsafe(text, [...params], { prepare: true })) as T[];
  return rowsOf<T>(await db.execute(sqlFromText(text, params)));
}

/**
 * The rows of a statement kept as fixed text, `batch` at a time, so that a result of millions of
 * rows never stands in memory at once: a cursor on PostgreSQL (postgres.js), on PGlite the whole
 * result in batches (an embedded database holds no such volume).
 */
export async function* streamRows<T>(
  db: Db,
  text: string,
  params: readonly unknown[],
  batch: number,
): AsyncGenerator<T[]> {
  const client = pooledClient(db);
  if (client) {
    for await (const rows of client.unsafe(text, [...params], { prepare: false }).cursor(batch))
      yield rows as T[];
    return;
  }
  const all = rowsOf<T>(await db.execute(sqlFromText(text, params)));
  for (let i = 0; i < all.length; i += batch) yield all.slice(i, i + batch);
}

function pooledClient(db: Db): PostgresJsClient | null {
  const client = (db as unknown as { $client?: Partial<PostgresJsClient> }).$client;
  return client && typeof client.unsafe === 'function' && client.options
    ? (client as PostgresJsClient)
    : null;
}

/** Whether this is PostgreSQL through postgres.js's pool (not PGlite, not a transaction). */
export function isPooledClient(db: Db): boolean {
  return pooledClient(db) !== null;
}

/** A drizzle query from text with numbered parameters ($1 is params[0]). */
export function sqlFromText(text: string, params: readonly unknown[]): SQL {
  const parts: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const n = Number(match[1]);
    if (n < 1 || n > params.length) throw errors.queryParameterMissing(n, params.length);
    parts.push(sql.raw(text.slice(last, match.index)), sql`${params[n - 1]}`);
    last = match.index + match[0].length;
  }
  parts.push(sql.raw(text.slice(last)));
  return sql.join(parts);
}
