/**
 * The import use case, the database-bound twin of ./prepare.ts: find the consultation →
 * read the file → prepare the rows (any problem: nothing stored) → queue them as a job that
 * stores them batch by batch and audits (./jobs.ts).
 * Re-importing a file stores nothing twice (see `importKey`, sealed with the server's secret so
 * that nobody outside can post first under a row's key): the repeated rows answer with the
 * receipts they got the first time.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { sealedKey } from '../comments/idempotency.ts';
import { windowState } from '../consultation/index.ts';
import type { Db } from '../db/client.ts';
import { clauses, consultations, regulations, versions } from '../db/schema.ts';
import type { ImportChannel } from './columns.ts';
import { localDay } from '../time/index.ts';
import {
  prepareImport,
  type ImportClause,
  type ImportProblem,
  type PreparedRow,
} from './prepare.ts';
import { readTable } from './read.ts';
import { earlierDuplicates } from './earlier.ts';
import {
  claimImportJob,
  enqueueImport,
  findImportJob,
  runImportJob,
  type ImportJob,
  type ImportReceipt,
} from './jobs.ts';

export interface ImportTarget {
  id: number;
  slug: string;
  title: string;
  regulationSlug: string;
  regulationTitle: string;
  /** The regulation's language ('zh' or 'en'), which its feedback report is written in. */
  regulationLanguage: string;
  versionId: number;
  /** The version's slug, for links to its text and its published comments. */
  versionSlug: string;
  opensAt: Date;
  closesAt: Date;
  clauses: ImportClause[];
}

/** A regulation consultation by id or `regulation/consultation`; null if none or not on a version. */
export async function findImportTarget(db: Db, ref: string): Promise<ImportTarget | null> {
  const [slug, cslug] = ref.split('/');
  const where = /^\d+$/.test(ref)
    ? eq(consultations.id, Number(ref))
    : slug && cslug
      ? and(eq(regulations.slug, slug), eq(consultations.slug, cslug))
      : null;
  if (!where) return null;
  const [row] = await db
    .select({
      c: consultations,
      regulationSlug: regulations.slug,
      regulationTitle: regulations.shortTitle,
      regulationLanguage: regulations.language,
      versionSlug: versions.slug,
    })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .innerJoin(versions, eq(versions.id, consultations.versionId))
    .where(where);
  if (!row || row.c.versionId === null) return null;
  const tree = await db
    .select({ eId: clauses.eId, label: clauses.label, heading: clauses.heading })
    .from(clauses)
    .where(eq(clauses.versionId, row.c.versionId))
    .orderBy(asc(clauses.position));
  return {
    id: row.c.id,
    slug: row.c.slug,
    title: row.c.title,
    regulationSlug: row.regulationSlug,
    regulationTitle: row.regulationTitle,
    regulationLanguage: row.regulationLanguage,
    versionId: row.c.versionId,
    versionSlug: row.versionSlug,
    opensAt: row.c.opensAt,
    closesAt: row.c.closesAt,
    clauses: tree,
  };
}

export interface ImportRequest {
  target: ImportTarget;
  bytes: Uint8Array;
  filename: string;
  defaultChannel: ImportChannel | null;
  now: Date;
  /** `YYYY-MM-DD` of `now` in the consultation's time zone. */
  today: string;
  /** The consultation's time zone, in which its window's days are counted. */
  timeZone: string;
  actor: StaffUser | null;
  /** false: check and preview only; nothing is stored. */
  commit: boolean;
  /** The server's secret (OPENCLAUSE_ADDRESS_SALT), sealing the rows' keys (`sealedKey`). */
  keySecret: string;
}

export type ImportOutcome =
  | { ok: false; reason: 'problems'; problems: ImportProblem[]; total: number }
  | { ok: false; reason: 'not-open' }
  | {
      ok: false;
      reason: 'failed';
      jobId: number;
      total: number;
      done: number;
      stored: number;
      receipts: ImportReceipt[];
    }
  | { ok: true; committed: false; rows: PreparedRow[]; ignored: string[]; earlier: number[] }
  | { ok: true; committed: true; receipts: ImportReceipt[]; stored: number; jobId: number };

export type ImportCheck =
  | { ok: false; reason: 'problems'; problems: ImportProblem[]; total: number }
  | { ok: false; reason: 'not-open' }
  | { ok: true; rows: PreparedRow[]; ignored: string[] };

/** Reads and checks the file; stores nothing. */
export async function checkImport(
  request: Omit<ImportRequest, 'commit' | 'actor' | 'db'>,
): Promise<ImportCheck> {
  const { target } = request;
  if (windowState(target, request.now).state === 'upcoming')
    return { ok: false, reason: 'not-open' };
  const read = await readTable(request.bytes, request.filename);
  if (!read.ok) return { ok: false, reason: 'problems', problems: [read.problem], total: 0 };
  const prepared = prepareImport(read.table, {
    consultationId: target.id,
    clauses: target.clauses,
    today: request.today,
    opensOn: localDay(target.opensAt, request.timeZone),
    closesOn: localDay(target.closesAt, request.timeZone),
    defaultChannel: request.defaultChannel,
    timeZone: request.timeZone,
  });
  if (prepared.problems.length > 0)
    return { ok: false, reason: 'problems', problems: prepared.problems, total: prepared.total };
  return { ok: true, rows: prepared.rows, ignored: prepared.ignored };
}

/**
 * Checks the file, then queues its rows as an import job (./jobs.ts) for any process to
 * store; the job's id, or the check's refusal.
 */
export async function queueImport(
  db: Db,
  request: Omit<ImportRequest, 'commit'>,
): Promise<{ ok: true; jobId: number; total: number } | Exclude<ImportCheck, { ok: true }>> {
  const checked = await checkImport(request);
  if (!checked.ok) return checked;
  // Keys are sealed before the rows are queued, so the job table never holds a guessable key.
  const rows = checked.rows.map((r) => ({
    ...r,
    value: { ...r.value, idempotencyKey: sealedKey(request.keySecret, r.value.idempotencyKey) },
  }));
  const jobId = await enqueueImport(db, {
    consultationId: request.target.id,
    filename: request.filename,
    rows,
    actor: request.actor,
  });
  return { ok: true, jobId, total: checked.rows.length };
}

/**
 * Checks the file and, with `commit`, queues it and runs the job here and now (the command
 * line, which has no other process to wait for); `onProgress` after each stored batch.
 */
export async function importComments(
  db: Db,
  request: ImportRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  if (!request.commit) {
    const checked = await checkImport(request);
    if (!checked.ok) return checked;
    // Rows repeating an opinion stored before (by hand or by an earlier file): flagged, not refused.
    const found = await earlierDuplicates(
      db,
      request.target.id,
      checked.rows.map((r) => ({
        body: r.value.body,
        displayName: r.value.displayName,
        date: r.source.date,
      })),
    );
    return {
      ok: true,
      committed: false,
      rows: checked.rows,
      ignored: checked.ignored,
      earlier: found.map((i) => checked.rows[i]!.row),
    };
  }
  const queued = await queueImport(db, request);
  if (!queued.ok) return queued;
  // Claimed by id: another process's runner may have taken it first, and then this waits for it.
  const claimed = await claimImportJob(db, queued.jobId);
  let job =
    claimed === null
      ? await waitForJob(db, queued.jobId)
      : await runImportJob(db, queued.jobId, onProgress);
  job ??= (await findImportJob(db, queued.jobId))!;
  if (job.status !== 'done')
    return {
      ok: false,
      reason: 'failed',
      jobId: job.id,
      total: job.total,
      done: job.done,
      stored: job.stored,
      receipts: job.receipts,
    };
  return { ok: true, committed: true, receipts: job.receipts, stored: job.stored, jobId: job.id };
}

async function waitForJob(db: Db, id: number): Promise<ImportJob | null> {
  for (;;) {
    const job = await findImportJob(db, id);
    if (!job || job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
