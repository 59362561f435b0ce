/**
 * A comment grouped and given a disposition at the same moment (issue #17): the group's open
 * count (group_counts) is moved by the trigger on the group row and by the trigger on the
 * comment, and neither sees the other's uncommitted row. The grouping transaction is held open
 * on one connection while the disposition is given on another; the kept count must still equal
 * a fresh count. Needs two connections, so it runs on PostgreSQL only (PGlite serializes).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../../src/lib/auth/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { INTAKE_LOCK } from '../../../src/lib/db/locks.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { recordDisposition } from '../../../src/lib/disposition/repository.ts';
import { keptCountMismatches } from '../../../src/lib/seed/verify.ts';
import { firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

const onServer = Boolean(process.env['TEST_DATABASE_URL']);
let db: TestDb;

beforeAll(async () => {
  if (onServer) db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

async function waitersOnIntakeLock(): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.db.execute(sql`
      select count(*)::int as n from pg_locks
      where locktype = 'advisory' and objid = ${INTAKE_LOCK} and not granted`),
  );
  return Number(row?.n ?? 0);
}

describe.skipIf(!onServer)('a disposition given while its comment is grouped', () => {
  it('leaves the group open count equal to a fresh count', async () => {
    const target = await firstReading(db);
    await createStaffUser(db.db, {
      username: 'race-advisor',
      displayName: 'race',
      password: 'a-long-password-123',
      roles: ['advisor'],
    });
    const [u] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'race-advisor'));
    const actor = {
      id: u!.id,
      username: 'race-advisor',
      displayName: 'race',
      roles: ['advisor' as const],
    };
    // Stored without the intake queue: open and in no group yet, as before a regroup.
    const [comment] = await db.db
      .insert(schema.comments)
      .values({
        receiptCode: 'RACE00000001',
        idempotencyKey: 'race-key-1',
        consultationId: target.consultationId,
        versionId: target.versionId,
        clauseEId: 'chp_1__art_3',
        stance: 'support',
        body: '同意本条。',
        publicBody: '同意本条。',
        category: 'individual',
        consentPublish: true,
        channel: 'online',
      })
      .returning({ id: schema.comments.id });
    const id = comment!.id;

    // The grouping transaction, as the fold and the regroup job write one: under INTAKE_LOCK,
    // the group row inserted (its trigger counts the comment open), then held open.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const groupRowWritten = new Promise<void>((resolve) => (inserted = resolve));
    const grouping = db.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${INTAKE_LOCK}::bigint)`);
      await tx.execute(sql`
        insert into comment_groups (comment_id, consultation_id, group_id, minhash, sentences)
        values (${id}, ${target.consultationId}, ${id}, '{1,2,3}', 1)`);
      inserted();
      await held;
    });
    await groupRowWritten;

    // Meanwhile, on another connection, the comment gets its disposition. Either it finishes
    // (the race as it was) or it waits for the grouping to commit.
    let answered = false;
    const disposition = recordDisposition(
      db.db,
      actor,
      [id],
      { disposition: 'adopted', reason: '', reply: '采纳。', reflectedClauseId: null },
      new Date('2026-12-02T04:00:00Z'),
    ).then((n) => {
      answered = true;
      return n;
    });
    for (let i = 0; i < 200 && !answered && (await waitersOnIntakeLock()) === 0; i++)
      await new Promise((r) => setTimeout(r, 25));
    release();
    await grouping;
    expect(await disposition).toBe(1);

    const [kept] = await db.db
      .select({ size: schema.groupCounts.size, open: schema.groupCounts.open })
      .from(schema.groupCounts)
      .where(eq(schema.groupCounts.groupId, id));
    expect(kept).toEqual({ size: 1, open: 0 });
    expect(
      (await keptCountMismatches(db.db)).filter((m) => m.what.startsWith('group_counts')),
    ).toEqual([]);
  });
});
