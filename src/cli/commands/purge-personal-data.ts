import { parseArgs } from 'node:util';
import { purgePersonalData, RETENTION_YEARS } from '../../lib/participation/retention.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE = `Usage: openclause purge-personal-data [--years N] [--dry-run]   (default ${RETENTION_YEARS} years after a consultation closed)\n`;

/** `openclause purge-personal-data`: removes contact details and address hashes past retention (run daily). */
export async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { years: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const years = values.years === undefined ? RETENTION_YEARS : Number(values.years);
  if (!Number.isInteger(years) || years < 0) {
    io.stderr(`--years 应为非负整数。--years must be a whole number of years.\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  return withDatabase(io, async (handle) => {
    await handle.migrate();
    const r = await purgePersonalData(handle.db, new Date(), { years, dryRun });
    io.stdout(
      `${dryRun ? 'Would remove' : 'Removed'} personal data of ${r.comments} comments and ${r.responses} questionnaire responses in ${r.consultations} consultations closed over ${years} years ago.\n`,
    );
    return 0;
  });
}
