/** The regroup job: grouping comments stored before grouping existed, outside any request (issue #17). */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimImportJob,
  enqueueRegroup,
  findImportJob,
  latestRegroupJob,
  runImportJob,
} from '../../../src/lib/imports/index.ts';
import { campaignsOf, countUngrouped } from '../../../src/lib/moderation/index.ts';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { firstReading, newComment } from '../../helpers/comments.ts';
import { editedCopies } from '../../fixtures/form-letters/generate.ts';

let db: TestDb;
let consultationId: number;

beforeAll(async () => {
  db = await seededDatabase();
  const target = await firstReading(db);
  consultationId = target.consultationId;
  for (const [i, copy] of editedCopies(7, 10).entries()) {
    const stored = await storeComment(
      db.db,
      newComment({
        ...target,
        receiptCode: `RG${String(i).padStart(6, '0')}`,
        idempotencyKey: `regroup-job-${i}-key`,
        body: copy.text,
        addressHash: `rg${i}`,
      }),
    );
    if (!stored.ok) throw new Error(stored.reason);
  }
  // As if stored before grouping existed.
  await db.db.execute(sql`delete from comment_intake_queue`);
  await db.db.execute(sql`delete from comment_bands where consultation_id = ${consultationId}`);
  await db.db.execute(sql`delete from comment_groups where consultation_id = ${consultationId}`);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('a regroup job', () => {
  it('is queued once per consultation with the ungrouped count, runs to done with its progress, and is audited', async () => {
    const ungrouped = await countUngrouped(db.db, consultationId);
    expect(ungrouped).toBe(60);
    const created = await createStaffUser(db.db, {
      username: 'regroup-clerk',
      displayName: '归类办理员',
      password: 'regroup-clerk-password-1',
      roles: ['committee'],
    });
    if (!created.ok) throw new Error(created.reason);
    const actor = {
      id: created.id,
      username: 'regroup-clerk',
      displayName: '归类办理员',
      roles: ['committee' as const],
    };
    const id = await enqueueRegroup(db.db, { consultationId, actor });
    expect(await enqueueRegroup(db.db, { consultationId, actor })).toBe(id);
    expect(await findImportJob(db.db, id)).toMatchObject({
      kind: 'regroup',
      status: 'queued',
      total: 60,
      done: 0,
    });
    expect(await claimImportJob(db.db)).toBe(id);
    const seen: number[] = [];
    const job = await runImportJob(db.db, id, (done) => void seen.push(done));
    expect(job).toMatchObject({ kind: 'regroup', status: 'done', total: 60, done: 60, stored: 60 });
    expect(seen.at(-1)).toBe(60);
    expect(await countUngrouped(db.db, consultationId)).toBe(0);
    expect((await campaignsOf(db.db, consultationId)).length).toBe(6);
    expect(await latestRegroupJob(db.db, consultationId)).toMatchObject({ id, status: 'done' });
    const audit = await listAudit(db.db, 20);
    // Audited under the staff member who started the job, though it ran outside their request.
    expect(
      audit.filter(
        (a) => a.action === 'campaigns.regroup' && a.targetId === String(consultationId),
      ),
    ).toMatchObject([{ actorName: 'regroup-clerk' }]);
  });
});
