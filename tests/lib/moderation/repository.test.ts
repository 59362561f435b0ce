import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  applyDecision,
  moderationQueue,
  publishedComments,
  reportComment,
  secondComment,
} from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
const ids: number[] = [];
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  const consultations = await db.db.select().from(schema.consultations);
  for (const [i, consent] of [true, true, false].entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance: i === 1 ? 'oppose' : 'support',
        body: `意见${i}，电话13812345678`,
        idempotencyKey: `moderation-key-${i}-0000`,
        clause: 'chp_1__art_2',
        ...(consent ? { consentPublish: 'on' } : {}),
      },
      version: { id: versionId },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `a${i}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, r.receiptCode));
    ids.push(row!.id);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('moderating comments', () => {
  it('finds comments in the queue by a passage of their text, % and _ taken literally', async () => {
    expect(
      (await moderationQueue(db.db, { status: 'received', limit: 10, text: '意见1' })).map(
        (c) => c.id,
      ),
    ).toEqual([ids[1]]);
    expect(
      (await moderationQueue(db.db, { status: 'received', limit: 10, text: '电话' })).map(
        (c) => c.id,
      ),
    ).toEqual(ids);
    expect(await moderationQueue(db.db, { status: 'received', limit: 10, text: '意见_' })).toEqual(
      [],
    );
  });

  it('publishes in bulk, skips comments without consent, and audits the decision', async () => {
    await createStaffUser(db.db, {
      username: 'mod',
      displayName: '审核员',
      password: 'moderator-password',
      roles: ['moderator'],
    });
    const [user] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'mod'));
    const actor = { id: user!.id, username: 'mod', displayName: '审核员', roles: ['moderator'] };
    const report = await applyDecision(db.db, actor, ids, { kind: 'publish' });
    expect(report.applied).toEqual([ids[0], ids[1]]);
    expect(report.skipped).toEqual([{ id: ids[2], reason: 'no-consent' }]);
    expect(
      (await moderationQueue(db.db, { status: 'received', limit: 10 })).map((c) => c.id),
    ).toEqual([ids[2]]);
    const audit = await listAudit(db.db);
    expect(audit[0]).toMatchObject({
      action: 'moderation.publish',
      actorName: 'mod',
      targetId: `${ids[0]},${ids[1]}`,
    });

    const published = await publishedComments(db.db, {
      versionId,
      clauseEId: 'chp_1__art_2',
      limit: 10,
    });
    expect(published.map((c) => c.publicBody)).toEqual([
      '意见1，电话138****5678',
      '意见0，电话138****5678',
    ]);
    expect(await publishedComments(db.db, { versionId, stance: 'oppose', limit: 10 })).toHaveLength(
      1,
    );

    await applyDecision(db.db, actor, [ids[1]!], { kind: 'hold', reason: 'abuse' });
    expect(await publishedComments(db.db, { versionId, limit: 10 })).toHaveLength(1);
    const [held] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, ids[1]!));
    expect(held).toMatchObject({ status: 'held', statusReason: 'abuse' });
  });

  it('counts one second per address, and only on published comments', async () => {
    const now = new Date('2026-11-28T00:00:00Z');
    expect(await secondComment(db.db, ids[0]!, 'reader-a', now)).toEqual({
      ok: true,
      counted: true,
    });
    expect(await secondComment(db.db, ids[0]!, 'reader-a', now)).toEqual({
      ok: true,
      counted: false,
    });
    expect(await secondComment(db.db, ids[0]!, 'reader-b', now)).toEqual({
      ok: true,
      counted: true,
    });
    expect(await secondComment(db.db, ids[2]!, 'reader-a', now)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    const [row] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, ids[0]!));
    expect(row!.secondCount).toBe(2);
  });

  it('takes no second once the comment’s window has closed, and counts none', async () => {
    const [c] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.versionId, versionId));
    const after = new Date(c!.closesAt.getTime() + 1000);
    expect(await secondComment(db.db, ids[0]!, 'reader-late', after)).toEqual({
      ok: false,
      reason: 'closed',
    });
    const [row] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, ids[0]!));
    expect(row!.secondCount).toBe(2);
    const [listed] = await publishedComments(db.db, { versionId, clauseEId: null, limit: 10 }).then(
      (l) => l.filter((x) => x.id === ids[0]),
    );
    expect(listed!.closesAt).toEqual(c!.closesAt);
  });

  it('shows a form letter once with its number of copies, unless asked for every copy', async () => {
    const consultations = await db.db.select().from(schema.consultations);
    const letter =
      '我们全体业主要求第二条明确示范活动的范围应当经过公开听证，并公布听证结果和意见采纳情况，接受监督。';
    const actor = { id: 1, username: 'mod', displayName: '审核员', roles: ['moderator'] };
    const newIds: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await submitComment(db.db, {
        raw: {
          stance: 'amend',
          body: `${letter}\n此致敬礼\n业主${i}`,
          idempotencyKey: `campaign-pub-key-${i}`,
          clause: 'chp_1__art_2',
          consentPublish: 'on',
        },
        version: { id: versionId },
        consultations,
        now: new Date('2026-11-28T00:00:00Z'),
        addressHash: `p${i}`,
        commentsPerHour: 10,
      });
      if (!r.ok) throw new Error(r.reason);
      const [row] = await db.db
        .select()
        .from(schema.comments)
        .where(eq(schema.comments.receiptCode, r.receiptCode));
      newIds.push(row!.id);
    }
    await applyDecision(db.db, actor, newIds, { kind: 'publish' });
    const collapsed = (
      await publishedComments(db.db, { versionId, limit: 50, collapseCampaigns: true })
    ).filter((c) => c.publicBody.startsWith(letter));
    expect(collapsed.map((c) => [c.id, Number(c.copies)])).toEqual([[newIds[0], 3]]);
    const every = (await publishedComments(db.db, { versionId, limit: 50 })).filter((c) =>
      c.publicBody.startsWith(letter),
    );
    expect(every).toHaveLength(3);
  });

  it('hides a comment reported by three different readers until a moderator decides', async () => {
    const limit = { perHour: 10, now: new Date('2026-11-28T00:00:00Z') };
    const [published] = await publishedComments(db.db, { versionId, limit: 1 });
    const id = published!.id;
    expect(await reportComment(db.db, id, 'r1', 'abuse', limit)).toEqual({
      ok: true,
      counted: true,
      hidden: false,
    });
    expect(await reportComment(db.db, id, 'r1', 'abuse', limit)).toEqual({
      ok: true,
      counted: false,
      hidden: false,
    });
    expect(await reportComment(db.db, id, 'r2', 'spam', limit)).toEqual({
      ok: true,
      counted: true,
      hidden: false,
    });
    expect(await reportComment(db.db, id, 'r3', 'abuse', limit)).toEqual({
      ok: true,
      counted: true,
      hidden: true,
    });
    const [row] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, id));
    expect(row).toMatchObject({ status: 'held', statusReason: 'reported', reportCount: 3 });
    expect(await reportComment(db.db, id, 'r4', 'abuse', limit)).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(
      (await listAudit(db.db)).some(
        (e) => e.action === 'moderation.auto-hold' && e.targetId === String(id),
      ),
    ).toBe(true);
  });
});
