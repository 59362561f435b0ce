/**
 * What waits (waiting_counts, assigned_open_counts, group_counts) is kept, not counted on each
 * request: after a mix of every path that moves a comment (intake, moderation before and after
 * the fold, reader reports, assignment, bulk triage, a campaign decision, dispositions, an
 * import, regrouping, deletion) the kept counts equal a fresh count of the rows, and the staff
 * home shows them.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser } from '../../../src/lib/auth/index.ts';
import type { Role } from '../../../src/lib/auth/roles.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { recordDisposition } from '../../../src/lib/disposition/repository.ts';
import { findImportTarget, importComments } from '../../../src/lib/imports/index.ts';
import { foldPendingComments, storeComment } from '../../../src/lib/intake/index.ts';
import {
  applyDecision,
  applyGroupDecision,
  nearGroupsOf,
  regroupConsultation,
  reportComment,
} from '../../../src/lib/moderation/index.ts';
import { keptCountMismatches } from '../../../src/lib/seed/verify.ts';
import { applyBulk, assignComment, staffHome } from '../../../src/lib/triage/index.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let target: { versionId: number; consultationId: number };
const now = new Date('2026-12-02T04:00:00Z');
const LETTER =
  '我们小区的居民一致认为，本条例应当规定加装电梯的费用由全体业主按照面积分摊，并由街道办事处负责协调。请立法机关认真考虑我们的意见。';

async function staff(username: string, roles: Role[]) {
  await createStaffUser(db.db, {
    username,
    displayName: username,
    password: 'a-long-password-123',
    roles,
  });
  const [u] = await db.db
    .select()
    .from(schema.staffUsers)
    .where(eq(schema.staffUsers.username, username));
  return { id: u!.id, username, displayName: username, roles };
}

async function freshCounts(consultationId: number, userId: number) {
  const [row] = rowsOf<Record<string, number>>(
    await db.db.execute(sql`
    select (count(*) filter (where status = 'received'))::int as "toModerate",
      (count(*) filter (where exists (select 1 from reports r where r.comment_id = m.id and r.reviewed_at is null)))::int as reported,
      (count(*) filter (where disposition is null))::int as open,
      (count(*) filter (where disposition is null and exists (select 1 from comment_assignments a where a.comment_id = m.id and a.assignee_id = ${userId})))::int as mine,
      (count(*) filter (where disposition is null and not exists (select 1 from comment_assignments a where a.comment_id = m.id)))::int as unassigned
    from comments m where consultation_id = ${consultationId}`),
  );
  return row!;
}

beforeAll(async () => {
  db = await seededDatabase();
  target = await firstReading(db);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('kept counts of what waits', () => {
  it('equal a fresh count after a mix of every path that moves a comment', async () => {
    const moderator = await staff('kc-moderator', ['moderator']);
    const advisor = await staff('kc-advisor', ['advisor']);
    const other = await staff('kc-other', ['advisor']);
    const make = commentMaker(target, 'kc', (n) =>
      n <= 8
        ? `${LETTER.slice(0, 20)}（第${n}户）${LETTER.slice(20)}`
        : `第${n}条意见：关于物业服务收费标准的具体建议，编号${n * 7919}。`,
    );
    const ids: number[] = [];
    for (let i = 0; i < 24; i++) {
      const out = await storeComment(db.db, make(), { settle: 'none' });
      if (!out.ok) throw new Error(out.reason);
    }
    const stored = await db.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, target.consultationId))
      .orderBy(schema.comments.id);
    ids.push(...stored.map((r) => r.id));
    expect(ids).toHaveLength(24);
    // Moderated while still in the intake queue (not yet folded): counted once all the same.
    await applyDecision(db.db, moderator, ids.slice(20, 22), { kind: 'publish' });
    const outOfQueue = ids[23]!;
    await db.db.execute(sql`delete from comments where id = ${outOfQueue}`);
    await foldPendingComments(db.db);
    await applyDecision(db.db, moderator, ids.slice(0, 16), { kind: 'publish' });
    await applyDecision(db.db, moderator, [ids[16]!], { kind: 'hold', reason: 'abuse' });
    // Reports from three addresses hide a published comment; one report on another.
    for (const a of ['r1', 'r2', 'r3'])
      await reportComment(db.db, ids[12]!, a, 'abuse', { perHour: 100, now });
    await reportComment(db.db, ids[13]!, 'r1', 'spam', { perHour: 100, now });
    await assignComment(db.db, advisor, ids[9]!, advisor.id);
    await assignComment(db.db, advisor, ids[10]!, advisor.id);
    await assignComment(db.db, advisor, ids[10]!, other.id);
    await assignComment(db.db, advisor, ids[11]!, other.id);
    await assignComment(db.db, advisor, ids[11]!, null);
    await applyBulk(
      db.db,
      advisor,
      ids.slice(14, 20),
      { kind: 'assign', assigneeId: advisor.id },
      { scope: 'rows', filter: '' },
      now,
    );
    const reply = {
      disposition: 'not-adopted' as const,
      reason: '与上位法不符。',
      reply: '感谢您的意见。',
    };
    await applyBulk(
      db.db,
      advisor,
      ids.slice(17, 19),
      { kind: 'dispose', input: reply },
      { scope: 'rows', filter: '' },
      now,
    );
    await recordDisposition(
      db.db,
      advisor,
      [ids[9]!],
      { disposition: 'adopted', reason: '采纳。', reply: '已采纳。' },
      now,
    );
    // The form letters form one group; one decision answers all its open members.
    const [group] = await nearGroupsOf(db.db, target.consultationId);
    expect(group?.size).toBe(8);
    await applyGroupDecision(
      db.db,
      advisor,
      group!.groupId,
      {
        kind: 'dispose',
        input: { disposition: 'partly-adopted', reason: '部分采纳。', reply: '部分采纳。' },
      },
      now,
    );
    // A disposition taken back (an assigned comment opens again), and an assigned open comment deleted.
    await db.db
      .update(schema.comments)
      .set({ disposition: null, dispositionReason: null })
      .where(inArray(schema.comments.id, [ids[17]!, ids[2]!]));
    await db.db.execute(sql`delete from comments where id in (${ids[15]!}, ${ids[3]!})`);
    // An import of offline opinions, and regrouping the consultation from scratch.
    const importTarget = (await findImportTarget(db.db, 'sample/first-reading'))!;
    const csv =
      '意见内容,条款,态度,渠道,收集日期\n建议第二条包括城中村。,第二条,建议修改,来信,2026-11-20\n"第一条写得好,赞成。",第一条,赞成,座谈会,2026-11-21\n';
    const imported = await importComments(db.db, {
      target: importTarget,
      bytes: new TextEncoder().encode(csv),
      filename: 'kc.csv',
      defaultChannel: null,
      now,
      today: '2026-12-02',
      timeZone: 'Asia/Shanghai',
      actor: null,
      commit: true,
      keySecret: 'test-secret',
    });
    expect(imported).toMatchObject({ ok: true, committed: true, stored: 2 });
    await db.db.execute(
      sql`delete from comment_groups where consultation_id = ${target.consultationId}`,
    );
    await regroupConsultation(db.db, target.consultationId, () => {});

    // Deleting comments is no path of the application, so the counts it never moves (clauses,
    // tallies) are left out here; the counts of what waits are moved by deletion too.
    const mine = (await keptCountMismatches(db.db, 100)).filter((m) =>
      /^(waiting_counts|disposition_counts|assigned_open_counts|group_counts)\./.test(m.what),
    );
    expect(mine).toEqual([]);
    const home = await staffHome(db.db, {
      userId: advisor.id,
      now,
      overdueBefore: new Date('2026-01-01T00:00:00Z'),
      recentSince: new Date('2026-01-01T00:00:00Z'),
    });
    const shown = home.consultations.find((c) => c.consultationId === target.consultationId)!;
    const fresh = await freshCounts(target.consultationId, advisor.id);
    expect({
      toModerate: shown.toModerate,
      reported: shown.reported,
      open: shown.open,
      mine: shown.mine,
      unassigned: shown.unassigned,
    }).toEqual(fresh);
    // Not vacuous: each count is one the mix moved.
    expect(fresh).toMatchObject({ reported: 2 });
    expect(fresh['toModerate']).toBeGreaterThan(0);
    expect(fresh['mine']).toBeGreaterThan(0);
    const [regrouped] = await nearGroupsOf(db.db, target.consultationId);
    expect(regrouped).toMatchObject({ size: 7, open: 1 });
  });
});
