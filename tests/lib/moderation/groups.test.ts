/** Near-duplicate groups kept at intake, on real form letters stored through storeComment. */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIncoming } from '../../../src/lib/comments/repository.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { BANDS, sentenceKeys } from '../../../src/lib/moderation/near-duplicates.ts';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import {
  applyGroupDecision,
  campaignsOf,
  countUngrouped,
  groupDetail,
  regroupConsultation,
  groupMemberIds,
  groupNearDuplicates,
  groupUngrouped,
  isConfirmed,
  nearGroupsOf,
  nearGroupTotals,
  readGroupDecision,
} from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { firstReading, newComment } from '../../helpers/comments.ts';
import { corpusPath } from '../../helpers/corpus.ts';

const SAMPLE = 300;
const rows = parse<{ document_id: string; comment: string }>(
  fs.readFileSync(corpusPath('regulations-gov-comments--sample-1000.csv')),
  { columns: true, bom: true },
).slice(0, SAMPLE);

let db: TestDb;
let consultationId: number;
const idOf = new Map<string, number>();

beforeAll(async () => {
  db = await seededDatabase();
  const target = await firstReading(db);
  consultationId = target.consultationId;
  for (const [i, r] of rows.entries()) {
    const stored = await storeComment(
      db.db,
      newComment({
        ...target,
        receiptCode: `RC${String(i).padStart(6, '0')}`,
        idempotencyKey: `groups-test-${i}-key`,
        stance: 'oppose',
        body: r.comment,
        addressHash: `g${i}`,
      }),
    );
    if (!stored.ok) throw new Error(stored.reason);
    const [row] = await db.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, stored.receiptCode));
    idOf.set(r.document_id, row!.id);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('grouping at intake', () => {
  it('puts the same letters together as the batch grouping does', async () => {
    const canon = (gs: { memberIds: (string | number)[] }[]) =>
      gs.map((g) => g.memberIds.map(String).sort().join(',')).sort();
    const batch = groupNearDuplicates(
      rows.map((r) => ({ id: String(idOf.get(r.document_id)), text: r.comment })),
    );
    const kept = await campaignsOf(db.db, consultationId);
    expect(kept.length).toBeGreaterThan(5);
    expect(canon(kept)).toEqual(canon(batch));
  });

  it('lists groups largest first with their open count, and a group page with every member id', async () => {
    const groups = await nearGroupsOf(db.db, consultationId);
    expect(groups[0]!.size).toBeGreaterThanOrEqual(groups.at(-1)!.size);
    expect(groups[0]!.open).toBe(groups[0]!.size);
    const members = await groupMemberIds(db.db, groups[0]!.groupId);
    expect(members).toHaveLength(groups[0]!.size);
    expect(members[0]).toBe(groups[0]!.groupId);
    const listed = await listIncoming(db.db, {
      personalData: true,
      limit: 500,
      filter: { groupId: groups[0]!.groupId },
    });
    expect(listed.map((r) => r.id).sort((a, b) => a - b)).toEqual(members);
    const detail = await groupDetail(db.db, groups[0]!.groupId);
    expect(detail).toMatchObject({ consultationId, size: groups[0]!.size });
    expect(detail!.members[0]!.id).toBe(groups[0]!.groupId);
  });

  it('groups comments stored before grouping existed, once', async () => {
    const [first] = await db.db
      .select({ id: schema.comments.id })
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, consultationId))
      .limit(1);
    await db.db.delete(schema.commentGroups).where(eq(schema.commentGroups.commentId, first!.id));
    await db.db.delete(schema.commentBands).where(eq(schema.commentBands.commentId, first!.id));
    expect(await groupUngrouped(db.db, consultationId)).toBe(1);
    expect(await groupUngrouped(db.db, consultationId)).toBe(0);
  });

  it('regroups a consultation in chunks with the groups intake gives, reporting progress after each chunk', async () => {
    const canon = (gs: { memberIds: (string | number)[] }[]) =>
      gs.map((g) => g.memberIds.map(String).sort().join(',')).sort();
    const before = canon(await campaignsOf(db.db, consultationId));
    await db.db.execute(sql`delete from comment_bands where consultation_id = ${consultationId}`);
    await db.db.execute(sql`delete from comment_groups where consultation_id = ${consultationId}`);
    expect(await countUngrouped(db.db, consultationId)).toBeGreaterThanOrEqual(SAMPLE);
    const seen: number[] = [];
    const outcome = await regroupConsultation(
      db.db,
      consultationId,
      (p) => void seen.push(p.seen),
      { chunk: 64 },
    );
    expect(seen[0]).toBe(64);
    expect(seen.at(-1)).toBe(outcome.seen);
    expect(await countUngrouped(db.db, consultationId)).toBe(outcome.seen - outcome.placed);
    expect(canon(await campaignsOf(db.db, consultationId))).toEqual(before);
  });
});

describe('one decision for a whole group', () => {
  it('reads publish, hold with a reason, and a disposition with a reply; refuses the rest', () => {
    expect(readGroupDecision({ decision: 'publish' })).toEqual({
      ok: true,
      value: { kind: 'moderate', action: { kind: 'publish' } },
    });
    expect(readGroupDecision({ decision: 'hold', holdReason: 'spam' })).toMatchObject({
      ok: true,
      value: { action: { kind: 'hold', reason: 'spam' } },
    });
    expect(readGroupDecision({ decision: 'hold', holdReason: 'boring' }).ok).toBe(false);
    expect(
      readGroupDecision({
        decision: 'dispose',
        disposition: 'not-adopted',
        reason: '与上位法不符',
        reply: '感谢您的意见。',
      }),
    ).toMatchObject({ ok: true, value: { kind: 'dispose' } });
    expect(
      readGroupDecision({ decision: 'dispose', disposition: 'not-adopted', reason: '', reply: '' })
        .ok,
    ).toBe(false);
    expect(readGroupDecision({}).ok).toBe(false);
  });

  it('needs the confirmation to name the current group size', () => {
    expect(isConfirmed('12', 12)).toBe(true);
    expect(isConfirmed('11', 12)).toBe(false);
    expect(isConfirmed(null, 12)).toBe(false);
  });

  it('records one disposition and reply on every member and audits the group decision with its count', async () => {
    await createStaffUser(db.db, {
      username: 'adv',
      displayName: '顾问',
      password: 'advisor-password',
      roles: ['advisor', 'moderator'],
    });
    const [user] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'adv'));
    const actor = {
      id: user!.id,
      username: 'adv',
      displayName: '顾问',
      roles: ['advisor', 'moderator'],
    };
    const [group] = await nearGroupsOf(db.db, consultationId);
    const decision = readGroupDecision({
      decision: 'dispose',
      disposition: 'partly-adopted',
      reason: '部分意见已吸收',
      reply: '感谢您的意见，已部分采纳。',
    });
    if (!decision.ok) throw new Error('decision');
    const statusBefore = new Map(
      (
        await db.db
          .select()
          .from(schema.comments)
          .where(eq(schema.comments.consultationId, consultationId))
      ).map((r) => [r.id, r.status]),
    );
    const result = await applyGroupDecision(
      db.db,
      actor,
      group!.groupId,
      decision.value,
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(result).toEqual({ applied: group!.size, skipped: 0 });
    const members = await groupMemberIds(db.db, group!.groupId);
    const rows = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, consultationId));
    const decided = rows.filter((r) => members.includes(r.id));
    expect(
      decided.every(
        (r) => r.disposition === 'partly-adopted' && r.reply === '感谢您的意见，已部分采纳。',
      ),
    ).toBe(true);
    expect(rows.filter((r) => !members.includes(r.id)).some((r) => r.disposition !== null)).toBe(
      false,
    );
    // A reply does not change whether a comment is public: the moderation status is kept.
    expect(rows.every((r) => r.status === statusBefore.get(r.id))).toBe(true);
    const audit = await listAudit(db.db);
    expect(audit[0]).toMatchObject({
      action: 'campaign.decision',
      targetId: String(group!.groupId),
      detail: { decision: 'partly-adopted', members: group!.size, applied: group!.size },
    });
    expect(
      (await nearGroupsOf(db.db, consultationId)).find((g) => g.groupId === group!.groupId)!.open,
    ).toBe(0);
  });

  it('counts every group and its comments, not only the largest ones listed', async () => {
    const all = await nearGroupsOf(db.db, consultationId, 10_000);
    expect(all.length).toBeGreaterThan(2);
    const totals = await nearGroupTotals(db.db, consultationId);
    expect(totals).toEqual({
      groups: all.length,
      comments: all.reduce((n, g) => n + g.size, 0),
    });
    // The campaigns page lists the largest 200; here the largest two.
    expect(await nearGroupsOf(db.db, consultationId, 2)).toHaveLength(2);
    expect(await nearGroupTotals(db.db, consultationId)).toEqual(totals);
  });

  it('publishes a whole group, counting members already published as skipped', async () => {
    const actor = {
      id: (await db.db.select().from(schema.staffUsers))[0]!.id,
      username: 'adv',
      displayName: '顾问',
      roles: ['moderator'],
    };
    const groups = await nearGroupsOf(db.db, consultationId);
    const target = groups[1]!;
    const [firstId] = await groupMemberIds(db.db, target.groupId);
    await db.db
      .update(schema.comments)
      .set({ status: 'published' })
      .where(eq(schema.comments.id, firstId!));
    const result = await applyGroupDecision(
      db.db,
      actor,
      target.groupId,
      { kind: 'moderate', action: { kind: 'publish' } },
      new Date(),
    );
    expect(result).toEqual({ applied: target.size - 1, skipped: 1 });
  });
});

describe('concurrent copies', () => {
  it('put copies of one letter stored at the same moment into one group', async () => {
    const letter = `Concurrent form letter ${Date.now()}: please keep the hearing requirement in article two and publish the results of every hearing.`;
    const [v] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'first-reading'));
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        storeComment(
          db.db,
          newComment({
            receiptCode: `CC${String(i).padStart(6, '0')}`,
            idempotencyKey: `concurrent-${i}-key`,
            consultationId,
            versionId: v!.id,
            body: `${letter}\nSincerely, Person ${i}`,
            addressHash: `cc${i}`,
          }),
        ),
      ),
    );
    const ids = (
      await db.db
        .select({ id: schema.comments.id })
        .from(schema.comments)
        .where(eq(schema.comments.consultationId, consultationId))
    ).map((r) => r.id);
    const groups = (await campaignsOf(db.db, consultationId)).filter((g) =>
      g.memberIds.some((m) => m >= Math.max(...ids) - 15),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.size).toBe(16);
  });
});

describe('band rows of a campaign', () => {
  it('lists a group once per band key, so copies add no band rows, and a later edited copy still finds the group', async () => {
    const letter = `Band form letter ${Date.now()}: the city should publish every inspection report within ten days and name the office responsible for it.`;
    const [v] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'first-reading'));
    const store = (i: number, body: string) =>
      storeComment(
        db.db,
        newComment({
          receiptCode: `BAND${String(i).padStart(6, '0')}`,
          idempotencyKey: `band-${i}-key`,
          consultationId,
          versionId: v!.id,
          body,
          addressHash: `band${i}`,
        }),
      );
    const idsOf = async (prefix: string) =>
      (
        await db.db
          .select({ id: schema.comments.id })
          .from(schema.comments)
          .where(sql`${schema.comments.receiptCode} like ${`${prefix}%`}`)
      ).map((r) => r.id);
    // Twelve copies one after another, then twelve at the same moment (folded together).
    for (let i = 0; i < 12; i++) await store(i, letter);
    await Promise.all(Array.from({ length: 12 }, (_, i) => store(12 + i, letter)));
    const ids = await idsOf('BAND');
    expect(ids).toHaveLength(24);
    const bandRows = rowsOf<{ n: number }>(
      await db.db.execute(
        sql`select count(*)::int as n from comment_bands where comment_id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      ),
    )[0]!.n;
    // One row per band key and per sentence fingerprint, for the whole group.
    expect(bandRows).toBe(BANDS + sentenceKeys(letter).length);
    await store(99, letter.replace('ten days', 'five working days'));
    const groups = (await campaignsOf(db.db, consultationId)).filter((g) =>
      g.memberIds.some((m) => ids.includes(Number(m))),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.size).toBe(25);
  });
});
