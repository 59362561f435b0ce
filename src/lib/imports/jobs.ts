/**
 * Imports as jobs in PostgreSQL. A 5,000-row import inside one request ran past the 10 s
 * request deadline, which answered "nothing saved" while the transaction went on to store
 * every row (issue #14, item 7). Now the confirmed rows are queued (`import_jobs`), the page
 * answers at once with the job's page, and any app process takes the job
 * (`FOR UPDATE SKIP LOCKED`) and stores it a batch per transaction, each batch committing with
 * the job's progress and receipts. So the page can say "N of M" and the outcome is what the
 * database holds: a job that fails says how many rows were stored, and a process that dies
 * mid-job leaves it to another process, which goes on from the last committed batch.
 *
 * The same queue runs regroup jobs (`kind` 'regroup'): grouping a consultation's comments
 * stored before grouping existed, which at a million comments takes minutes and so must not
 * run inside a request (issue #17). `total` is the ungrouped count when queued, `done` the
 * comments read so far and `stored` those placed in a group, each committed with its chunk.
 */
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import { foldPendingIn, storeComment } from '../intake/index.ts';
import { generateReceiptCode } from '../comments/receipt.ts';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { consultations, importJobs, staffUsers } from '../db/schema.ts';
import { errors } from '../errors/index.ts';
import { campaignKey } from '../moderation/campaigns.ts';
import { countUngrouped, regroupConsultation } from '../moderation/groups.ts';
import type { PreparedRow } from './prepare.ts';

/** Rows per transaction: one batch commits in well under a second. */
export const IMPORT_BATCH = 200;
/** A running job whose heartbeat is older than this was left by a process that died. */
const STALE_SECONDS = 60;

export type ImportReceipt = { row: number; receiptCode: string; duplicate: boolean };

export type JobKind = 'import' | 'regroup';

export interface ImportJob {
  id: number;
  kind: JobKind;
  consultationId: number;
  filename: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  stored: number;
  receipts: ImportReceipt[];
  error: string | null;
  actorId: number | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function enqueueImport(
  db: Db,
  job: { consultationId: number; filename: string; rows: PreparedRow[]; actor: StaffUser | null },
): Promise<number> {
  const [row] = await db
    .insert(importJobs)
    .values({
      consultationId: job.consultationId,
      filename: job.filename,
      rows: job.rows,
      total: job.rows.length,
      actorId: job.actor?.id ?? null,
    })
    .returning({ id: importJobs.id });
  return row!.id;
}

/** The job without its rows (what a progress page shows); null if there is none. */
export async function findImportJob(db: Db, id: number): Promise<ImportJob | null> {
  const [row] = await db
    .select({
      id: importJobs.id,
      kind: importJobs.kind,
      consultationId: importJobs.consultationId,
      filename: importJobs.filename,
      status: importJobs.status,
      total: importJobs.total,
      done: importJobs.done,
      stored: importJobs.stored,
      receipts: importJobs.receipts,
      error: importJobs.error,
      actorId: importJobs.actorId,
      createdAt: importJobs.createdAt,
      finishedAt: importJobs.finishedAt,
    })
    .from(importJobs)
    .where(eq(importJobs.id, id));
  return row
    ? { ...row, kind: row.kind as JobKind, status: row.status as ImportJob['status'] }
    : null;
}

/**
 * Queues the grouping of a consultation's ungrouped comments, or returns the regroup job
 * already waiting or running for it (one at a time per consultation is enough).
 */
export async function enqueueRegroup(
  db: Db,
  job: { consultationId: number; actor: StaffUser | null },
): Promise<number> {
  const [waiting] = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(
      and(
        eq(importJobs.kind, 'regroup'),
        eq(importJobs.consultationId, job.consultationId),
        sql`${importJobs.status} in ('queued', 'running')`,
      ),
    )
    .limit(1);
  if (waiting) return waiting.id;
  const total = await countUngrouped(db, job.consultationId);
  const [row] = await db
    .insert(importJobs)
    .values({
      kind: 'regroup',
      consultationId: job.consultationId,
      filename: '',
      rows: [],
      total,
      actorId: job.actor?.id ?? null,
    })
    .returning({ id: importJobs.id });
  return row!.id;
}

/** The newest regroup job of a consultation, if any (for the campaigns page). */
export async function latestRegroupJob(db: Db, consultationId: number): Promise<ImportJob | null> {
  const [row] = await db
    .select({ id: importJobs.id })
    .from(importJobs)
    .where(and(eq(importJobs.kind, 'regroup'), eq(importJobs.consultationId, consultationId)))
    .orderBy(sql`${importJobs.id} desc`)
    .limit(1);
  return row ? findImportJob(db, row.id) : null;
}

/**
 * Takes the oldest waiting job (queued, or running with a stale heartbeat), or the job `id`
 * if it waits, and marks it running; null when there is none or another process has it.
 */
export async function claimImportJob(db: Db, id: number | null = null): Promise<number | null> {
  const only = id === null ? sql`` : sql`and id = ${id}`;
  const [first] = rowsOf<{ id: number | string }>(
    await db.execute(sql`
    update import_jobs set status = 'running', heartbeat_at = now()
    where id = (
      select id from import_jobs
      where (status = 'queued' or (status = 'running' and heartbeat_at < now() - make_interval(secs => ${STALE_SECONDS}))) ${only}
      order by id for update skip locked limit 1
    )
    returning id`),
  );
  return first ? Number(first.id) : null;
}

/** Stores a claimed job batch by batch, to its end or its failure; `onProgress` after each batch. */
export async function runImportJob(
  db: Db,
  id: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportJob> {
  const [head] = await db
    .select({ kind: importJobs.kind })
    .from(importJobs)
    .where(eq(importJobs.id, id));
  if (head?.kind === 'regroup') return runRegroupJob(db, id, onProgress);
  for (;;) {
    let more: boolean;
    try {
      more = await storeNextBatch(db, id);
    } catch (error) {
      await db
        .update(importJobs)
        .set({
          status: 'failed',
          error: (error as Error).message.slice(0, 500),
          finishedAt: new Date(),
        })
        .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
      break;
    }
    const job = await findImportJob(db, id);
    if (job) onProgress(job.done, job.total);
    if (!more) break;
  }
  return (await findImportJob(db, id))!;
}

/**
 * Groups a claimed regroup job's consultation chunk by chunk (regroupConsultation), each chunk
 * committed before its progress is written; a failure records how far it got.
 */
async function runRegroupJob(
  db: Db,
  id: number,
  onProgress: (done: number, total: number) => void,
): Promise<ImportJob> {
  const job = (await findImportJob(db, id))!;
  try {
    const outcome = await regroupConsultation(db, job.consultationId, async (p) => {
      await db
        .update(importJobs)
        .set({ done: job.done + p.seen, stored: job.stored + p.placed, heartbeatAt: new Date() })
        .where(eq(importJobs.id, id));
      onProgress(job.done + p.seen, job.total);
    });
    // regroupConsultation ends with the recount of the consultation's group counts.
    const recounted = outcome.recounted;
    const done = job.done + outcome.seen;
    await db
      .update(importJobs)
      .set({
        status: 'done',
        done,
        stored: job.stored + outcome.placed,
        total: Math.max(job.total, done),
        finishedAt: new Date(),
      })
      .where(eq(importJobs.id, id));
    await recordAudit(
      db,
      await jobActor(db, job.actorId),
      'campaigns.regroup',
      'consultation',
      String(job.consultationId),
      { comments: done, grouped: job.stored + outcome.placed, recounted, job: id },
    );
  } catch (error) {
    await db
      .update(importJobs)
      .set({
        status: 'failed',
        error: (error as Error).message.slice(0, 500),
        finishedAt: new Date(),
      })
      .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')));
  }
  return (await findImportJob(db, id))!;
}

/** Runs every waiting job, one after another; the number run. */
export async function runWaitingImportJobs(db: Db): Promise<number> {
  let ran = 0;
  for (let id = await claimImportJob(db); id !== null; id = await claimImportJob(db)) {
    await runImportJob(db, id);
    ran++;
  }
  return ran;
}

/** Polls for waiting jobs in this process every `everyMs`; returns the function that stops it. */
export function startImportRunner(
  db: Db,
  everyMs = 1000,
  onError: (error: unknown) => void = () => {},
): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    runWaitingImportJobs(db)
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * One transaction: the next batch of rows, the fold of their counts, and the job's progress,
 * committed together. false when the job has no rows left (it is then done).
 */
async function storeNextBatch(db: Db, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [job] = await tx.select().from(importJobs).where(eq(importJobs.id, id)).for('update');
    if (!job || job.status !== 'running') return false;
    const [consultation] = await tx
      .select({ versionId: consultations.versionId })
      .from(consultations)
      .where(eq(consultations.id, job.consultationId));
    if (!consultation?.versionId) throw errors.consultationWithoutVersion(job.consultationId);
    const rows = (job.rows as PreparedRow[]).slice(job.done, job.done + IMPORT_BATCH);
    const receipts: ImportReceipt[] = [];
    for (const r of rows)
      receipts.push(await storeRow(tx, job.consultationId, consultation.versionId, r, job.actorId));
    // The counts and groups move in the same transaction: a batch lands whole or not at all.
    await foldPendingIn(tx);
    const done = job.done + rows.length;
    const stored = job.stored + receipts.filter((r) => !r.duplicate).length;
    const finished = done >= job.total;
    await tx
      .update(importJobs)
      .set({
        done,
        stored,
        receipts: sql`${importJobs.receipts} || ${JSON.stringify(receipts)}::jsonb`,
        heartbeatAt: new Date(),
        ...(finished ? { status: 'done', finishedAt: new Date(), rows: [] } : {}),
      })
      .where(eq(importJobs.id, id));
    if (finished) {
      await recordAudit(
        tx,
        await jobActor(tx, job.actorId),
        'comments.import',
        'consultation',
        String(job.consultationId),
        { file: job.filename, rows: job.total, stored, duplicates: job.total - stored, job: id },
      );
    }
    return !finished;
  });
}

async function storeRow(
  tx: Db,
  consultationId: number,
  versionId: number,
  r: PreparedRow,
  actorId: number | null,
): Promise<ImportReceipt> {
  const v = r.value;
  const stored = await storeComment(
    tx,
    {
      receiptCode: generateReceiptCode(),
      idempotencyKey: v.idempotencyKey,
      consultationId,
      versionId,
      clauseEId: v.clauseEId,
      stance: v.stance,
      body: v.body,
      suggestedWording: v.suggestedWording,
      quote: null,
      quoteStart: null,
      quoteEnd: null,
      displayName: v.displayName,
      category: v.category,
      district: v.district,
      contact: v.contact,
      consentPublish: v.consentPublish,
      channel: r.channel,
      addressHash: null,
      enteredBy: actorId,
      source: r.source,
      campaignKey: campaignKey(v.body),
    },
    { settle: 'none' },
  );
  // prepareImport checked every clause against this version; a refusal here is a broken
  // invariant, and throwing rolls back the batch and fails the job, saying how far it got.
  if (!stored.ok) throw errors.importRowRefused(r.row, stored.reason);
  return { row: r.row, receiptCode: stored.receiptCode, duplicate: stored.duplicate };
}

/** The staff member who started a job, for its audit entry (null for a job without one). */
async function jobActor(db: Pick<Db, 'select'>, actorId: number | null): Promise<StaffUser | null> {
  if (actorId === null) return null;
  const [actor] = await db
    .select({
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      roles: staffUsers.roles,
    })
    .from(staffUsers)
    .where(eq(staffUsers.id, actorId));
  return actor ?? null;
}
