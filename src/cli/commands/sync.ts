import { feedbackNote, sampleDatesNote, type SyncReport } from '../../lib/content/index.ts';
import { prepareDatabase } from '../../lib/setup/prepare.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE =
  'Usage: openclause sync\n  Applies the migrations, then loads content/ (regulations, versions, consultations) into DATABASE_URL\n  (or the embedded database in .data/).\n';

/** What a sync loaded, Chinese first: the counts, then the sample's date and record notes. */
export function syncMessage(report: SyncReport): string {
  return (
    `同步完成 Synced: ${report.regulations} regulations, ${report.consultations} consultations, ${report.plans} plans; ` +
    `versions added: ${report.versionsAdded.length ? report.versionsAdded.join(', ') : 'none'}; unchanged: ${report.versionsUnchanged}.\n` +
    sampleDatesNote(report) +
    feedbackNote(report)
  );
}

/** `openclause sync`: migrate, then load content/ into the database (all or nothing). */
export function run(_args: string[], io: CliIo): Promise<number> {
  return withDatabase(io, async (handle, config) => {
    const report = await prepareDatabase(handle, config);
    if (report) io.stdout(syncMessage(report));
    return 0;
  });
}
