import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE =
  'Usage: openclause migrate\n  Applies the migrations in drizzle/ to DATABASE_URL (or the embedded database in .data/).\n';

/** `openclause migrate`: apply pending migrations from drizzle/. */
export function run(_args: string[], io: CliIo): Promise<number> {
  return withDatabase(io, async (handle) => {
    await handle.migrate();
    io.stdout(`Migrations applied (${handle.kind}).\n`);
    return 0;
  });
}
