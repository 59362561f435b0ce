/**
 * Planner settings for the intake fold and the grouping sweep, for the rest of the current
 * transaction. Their statements join a small batch (a few to a few thousand comments) to big
 * tables by key; the planner, which cannot know a batch's size from a CTE or an array
 * parameter, would rather hash the whole comments or clauses table (35 ms for eight
 * comments at 20,000, and growing with the table) or bitmap-scan a campaign's whole band
 * where the newest sixteen entries are wanted. With these off it uses nested loops over the
 * primary keys and reads bands backwards off their index (2 ms).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export async function planForSmallBatches(tx: Tx): Promise<void> {
  await tx.execute(
    sql`select set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true), set_config('enable_bitmapscan', 'off', true)`,
  );
}
