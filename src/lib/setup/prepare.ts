/**
 * What runs once before serving: migrations, then the content sync. Shared by `npm start`
 * and the `migrate` / `sync` CLI commands.
 */
import { count } from 'drizzle-orm';
import type { DbHandle } from '../db/client.ts';
import { regulations } from '../db/schema.ts';
import { clockOf, type Config } from '../config/index.ts';
import { loadContent, syncContent, type SyncReport } from '../content/index.ts';
import { errors } from '../errors/index.ts';
import { renderPendingExplanations } from '../versions/explanation.ts';

export async function prepareDatabase(
  handle: DbHandle,
  config: Pick<Config, 'contentDir' | 'testNow' | 'timeZone'>,
  options: { sync: boolean } = { sync: true },
): Promise<SyncReport | null> {
  await handle.migrate();
  if (!options.sync) return null;
  const loaded = loadContent(config.contentDir);
  if (!loaded.ok) {
    throw errors.contentInvalid(
      loaded.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'),
    );
  }
  // The site's clock (a test's, under test hooks): it fixes the sample content's dates.
  const clock = { now: clockOf(config.testNow)(), timeZone: config.timeZone };
  const report = await syncContent(handle.db, loaded.content, clock);
  await renderPendingExplanations(handle.db);
  return report;
}

/**
 * Migrations, then the content sync only on a database that holds no regulation yet: for a
 * command that needs the content a first `npm start` would have loaded (seeding right after
 * install), without touching a database whose content is already there.
 */
export async function prepareIfEmpty(
  handle: DbHandle,
  config: Pick<Config, 'contentDir' | 'testNow' | 'timeZone'>,
): Promise<SyncReport | null> {
  await handle.migrate();
  const [row] = await handle.db.select({ n: count() }).from(regulations);
  return Number(row?.n ?? 0) > 0 ? null : prepareDatabase(handle, config);
}
