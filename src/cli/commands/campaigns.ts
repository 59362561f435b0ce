import { parseArgs } from 'node:util';
import { campaignsOf, findConsultation } from '../../lib/moderation/index.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

const USAGE = 'Usage: openclause campaigns --consultation ID|REGULATION/CONSULTATION [--json]\n';

/** `openclause campaigns --consultation ID --json`: form-letter groups of a consultation. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { consultation: { type: 'string' }, json: { type: 'boolean' } } }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.consultation) {
    io.stderr(USAGE);
    return 2;
  }
  const ref = values.consultation;
  return withDatabase(io, async (handle) => {
    await handle.migrate();
    const consultation = await findConsultation(handle.db, ref);
    if (!consultation) {
      io.stderr(`没有这个征求意见：${ref}。No such consultation: ${ref}.\n`);
      return 1;
    }
    const groups = await campaignsOf(handle.db, consultation.id);
    if (values.json) {
      io.stdout(`${JSON.stringify({ consultation: consultation.id, groups }, null, 2)}\n`);
    } else {
      io.stdout(`${consultation.title}: ${groups.length} campaigns, ${groups.reduce((n, g) => n + g.size, 0)} comments in them\n`);
      for (const g of groups) io.stdout(`  ${String(g.size).padStart(6)} × representative #${g.representativeId}\n`);
    }
    return 0;
  });
}
