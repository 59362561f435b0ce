import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

/** `openclause migrate`: apply pending migrations from drizzle/. */
export function run(_args: string[], io: CliIo): Promise<number> {
  return withDatabase(io, async (handle) => {
    await handle.migrate();
    io.stdout(`Migrations applied (${handle.kind}).\n`);
    return 0;
  });
}
