import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '../../../src/lib/db/index.ts';
import {
  claimImportJob,
  findImportJob,
  findImportTarget,
  IMPORT_BATCH,
  queueImport,
  runImportJob,
  runWaitingImportJobs,
  type ImportTarget,
} from '../../../src/lib/imports/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let target: ImportTarget;
const now = new Date('2026-12-02T04:00:00Z');
const rowsCsv = (n: number, tag: string) =>
  `意见内容,条款,态度,渠道,收集日期\n${Array.from({ length: n }, (_, i) => `${tag} 第 ${i} 条意见。,第二条,赞成,来信,2026-11-20`).join('\n')}\n`;
const queue = (csv: string) =>
  queueImport(db.db, {
    target,
    bytes: new TextEncoder().encode(csv),
    filename: 'letters.csv',
    defaultChannel: null,
    now,
    today: '2026-12-02',
    timeZone: 'Asia/Shanghai',
    actor: null,
    keySecret: 'test-secret',
  });
const count = async () =>
  (
    await db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, target.id))
  )[0]!.n;

beforeAll(async () => {
  db = await seededDatabase();
  target = (await findImportTarget(db.db, 'sample/first-reading'))!;
});
afterAll(async () => {
  await db?.cleanup();
});

describe('imports as jobs', () => {
  it('stores nothing when queued, then everything in batches whose progress commits with them', async () => {
    const rows = IMPORT_BATCH * 2 + 5;
    const queued = await queue(rowsCsv(rows, 'A'));
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    expect(await count()).toBe(0);
    expect(await findImportJob(db.db, queued.jobId)).toMatchObject({
      status: 'queued',
      done: 0,
      total: rows,
    });
    const seen: number[] = [];
    expect(await claimImportJob(db.db)).toBe(queued.jobId);
    expect(await claimImportJob(db.db), 'a running job is not taken twice').toBeNull();
    const job = await runImportJob(db.db, queued.jobId, (done) => seen.push(done));
    expect(seen).toEqual([IMPORT_BATCH, IMPORT_BATCH * 2, rows]);
    expect(job).toMatchObject({ status: 'done', done: rows, stored: rows });
    expect(job.receipts).toHaveLength(rows);
    expect(await count()).toBe(rows);
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.id, target.id));
    expect(consultation!.commentCount).toBe(rows);
  });

  it('goes on from the last committed batch when the process that ran it died', async () => {
    const before = await count();
    const queued = await queue(rowsCsv(IMPORT_BATCH + 10, 'B'));
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    // A process took it, stored one batch and died: its heartbeat grows old.
    await db.db
      .update(schema.importJobs)
      .set({ status: 'running', heartbeatAt: new Date(Date.now() - 3_600_000) })
      .where(eq(schema.importJobs.id, queued.jobId));
    expect(await runWaitingImportJobs(db.db)).toBe(1);
    expect(await findImportJob(db.db, queued.jobId)).toMatchObject({
      status: 'done',
      done: IMPORT_BATCH + 10,
      stored: IMPORT_BATCH + 10,
    });
    expect(await count()).toBe(before + IMPORT_BATCH + 10);
  });

  it('says how far a failed job got, and those rows are what the database holds', async () => {
    const before = await count();
    const queued = await queue(rowsCsv(IMPORT_BATCH + 3, 'C'));
    if (!queued.ok) throw new Error(JSON.stringify(queued));
    // A row the check passed but the store refuses (a broken invariant), in the second batch.
    await db.db.execute(
      sql`update import_jobs set rows = jsonb_set(rows, ${`{${IMPORT_BATCH + 1},value,clauseEId}`}::text[], '"chp_99__art_99"') where id = ${queued.jobId}`,
    );
    expect(await runWaitingImportJobs(db.db)).toBe(1);
    const job = await findImportJob(db.db, queued.jobId);
    expect(job).toMatchObject({ status: 'failed', done: IMPORT_BATCH, stored: IMPORT_BATCH });
    expect(job!.error).toMatch(new RegExp(`\\brow ${IMPORT_BATCH + 3}\\b`, 'i'));
    expect(await count()).toBe(before + IMPORT_BATCH);
  });
});
