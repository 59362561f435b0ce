import { parseArgs } from 'node:util';
import {
  claimImportJob,
  enqueueRegroup,
  findImportJob,
  runImportJob,
} from '../../lib/imports/index.ts';
import { campaignsOf, findConsultation } from '../../lib/moderation/index.ts';
import type { Db } from '../../lib/db/client.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE =
  'Usage: openclause campaigns --consultation ID|REGULATION/CONSULTATION [--json]\n';

/**
 * `openclause campaigns --consultation ID --json`: form-letter groups of a consultation.
 * It first groups the comments stored before grouping existed, as the regroup job the campaigns
 * page queues (the same job row, so the page shows its progress too), with progress on stderr
 * and the job's outcome; exit status 1 when the job failed.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { consultation: { type: 'string' }, json: { type: 'boolean' } },
    }));
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
    if (!(await regroup(handle.db, consultation.id, io))) return 1;
    const groups = await campaignsOf(handle.db, consultation.id);
    if (values.json) {
      io.stdout(`${JSON.stringify({ consultation: consultation.id, groups }, null, 2)}\n`);
    } else {
      io.stdout(
        `${consultation.title}: ${groups.length} campaigns, ${groups.reduce((n, g) => n + g.size, 0)} comments in them\n`,
      );
      for (const g of groups)
        io.stdout(`  ${String(g.size).padStart(6)} × representative #${g.representativeId}\n`);
    }
    return 0;
  });
}

/** Runs a regroup job for the consultation (or waits for the one another process runs); false if it failed. */
async function regroup(db: Db, consultationId: number, io: CliIo): Promise<boolean> {
  const id = await enqueueRegroup(db, { consultationId, actor: null });
  const claimed = await claimImportJob(db, id);
  const started = performance.now();
  let shown = 0;
  const job =
    claimed === null
      ? await waitForJob(db, id)
      : await runImportJob(db, id, (done, total) => {
          if (done - shown < 50_000 && done < total) return;
          shown = done;
          io.stderr(
            `  ${done} / ${total} (${Math.round(done / ((performance.now() - started) / 1000))}/s)\n`,
          );
        });
  const seconds = (performance.now() - started) / 1000;
  if (job.status !== 'done') {
    io.stderr(
      `分组失败：已处理 ${job.done} / ${job.total} 条。Grouping failed after ${job.done} of ${job.total} comments: ${job.error ?? job.status}\n`,
    );
    return false;
  }
  if (job.done > 0)
    io.stderr(
      `已分组 ${job.done} 条意见。Grouped ${job.done} comments (${job.stored} placed in groups) in ${seconds.toFixed(1)} s (${Math.round(job.done / Math.max(seconds, 0.001))}/s).\n`,
    );
  return true;
}

/** Polls a job another process runs until it ends. */
async function waitForJob(db: Db, id: number) {
  for (;;) {
    const job = (await findImportJob(db, id))!;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
