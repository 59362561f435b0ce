/**
 * The database's type, apart from opening it (client.ts), so that modules client.ts runs after
 * migrations (comments/public-fields-backfill.ts) can name it without an import cycle.
 */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
