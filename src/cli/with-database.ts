/** Opens the configured database for one CLI command and always closes it. */
import { readConfig, type Config } from '../lib/config/index.ts';
import { openDatabase, type DbHandle } from '../lib/db/index.ts';
import { formatError } from '../lib/errors/index.ts';
import type { CliIo } from './io.ts';

export async function withDatabase(
  io: CliIo,
  work: (handle: DbHandle, config: Config) => Promise<number>,
): Promise<number> {
  const config = readConfig();
  let handle: DbHandle;
  try {
    handle = await openDatabase(config, { poolSize: 4 });
  } catch (error) {
    io.stderr(`${formatError(error)}\n`);
    return 1;
  }
  try {
    return await work(handle, config);
  } catch (error) {
    io.stderr(`${formatError(error)}\n`);
    return 1;
  } finally {
    await handle.close();
  }
}
