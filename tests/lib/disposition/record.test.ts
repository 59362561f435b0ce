/** Recording a disposition answers a comment without changing whether it is public. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIncoming, submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  isLaterOption,
  laterClauseOptions,
  recordDisposition,
  reflectedClauses,
} from '../../../src/lib/disposition/repository.ts';
import { readDisposition } from '../../../src/lib/disposition/rules.ts';
import { publishedComments } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
const ids: Record<'published' | 'held', number> = { published: 0, held: 0 };
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  const consultations = await db.db.select().from(schema.consultations);
  for (const status of ['published', 'held'] as const) {
    const r = await submitComment(db.db, {
      raw: {
        stance: 'amend',
        category: 'individual',
        body: `答复测试意见（${status}）`,
        idempotencyKey: `disposition-${status}-0000000`,
        consentPublish: 'on',
        clause: 'chp_1__art_2',
      },
      version: { id: versionId },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `d-${status}`,
      commentsPerHour: 10,
      clauseText: '本条例适用于本市行政区域内的示范活动。\n示范活动的具体范围由市人民政府规定。',
    });
    if (!r.ok) throw new Error(r.reason);
    const [row] = await db.db
      .update(schema.comments)
      .set({ status, statusReason: status === 'held' ? 'abuse' : null })
      .where(eq(schema.comments.receiptCode, r.receiptCode))
      .returning();
    ids[status] = row!.id;
  }
  const [admin] = await db.db
    .insert(schema.staffUsers)
    .values({ username: 'disp-adv', displayName: '顾问', passwordHash: 'x', roles: ['advisor'] })
    .returning();
  const actor = { id: admin!.id, username: 'disp-adv', displayName: '顾问', roles: ['advisor'] };
  const input = {
    disposition: 'adopted',
    reason: '已在修改稿中吸收',
    reply: '感谢您的意见，已采纳。',
  } as const;
  expect(
    await recordDisposition(
      db.db,
      actor,
      [ids.published, ids.held],
      input,
      new Date('2026-12-01T00:00:00Z'),
    ),
  ).toBe(2);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('recording a disposition', () => {
  it('keeps a published comment on the public list, now with its reply', async () => {
    const listed = await publishedComments(db.db, { versionId, limit: 50 });
    expect(listed.map((c) => c.id)).toContain(ids.published);
    expect(listed.map((c) => c.id)).not.toContain(ids.held);
    expect(listed.find((c) => c.id === ids.published)).toMatchObject({
      disposition: 'adopted',
      reply: '感谢您的意见，已采纳。',
    });
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, ids.published));
    expect(row).toMatchObject({
      status: 'published',
      disposition: 'adopted',
      reply: '感谢您的意见，已采纳。',
    });
  });

  it('keeps a held comment held, with its reason', async () => {
    const [row] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, ids.held));
    expect(row).toMatchObject({ status: 'held', statusReason: 'abuse', disposition: 'adopted' });
  });

  it('lists both under the staff filter "answered"', async () => {
    const answered = await listIncoming(db.db, {
      personalData: true,
      filter: { status: 'answered' },
      limit: 50,
    });
    expect(answered.map((c) => c.id).sort()).toEqual([ids.published, ids.held].sort());
  });
});

describe('linking a disposition to the clause of a later version that reflects it', () => {
  it("offers the later versions' articles, marking where the commented article went", async () => {
    const [draft] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'draft'));
    const consultations = await db.db.select().from(schema.consultations);
    const r = await submitComment(db.db, {
      raw: {
        stance: 'amend',
        category: 'individual',
        body: '建议写明示范活动的范围。',
        idempotencyKey: 'disposition-later-0000000',
        clause: 'chp_1__art_1',
      },
      version: { id: draft!.id },
      consultations,
      now: new Date('2026-03-10T00:00:00Z'),
      addressHash: 'd-later',
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
    const [comment] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, r.receiptCode));
    const options = await laterClauseOptions(db.db, comment!);
    expect(options.length).toBeGreaterThan(0);
    expect(
      options.every(
        (o) => o.versionSlug === 'first-reading' && (o.kind === 'article' || o.kind === 'section'),
      ),
    ).toBe(true);
    const same = options.filter((o) => o.sameLineage);
    expect(same.map((o) => o.eId)).toEqual(['chp_1__art_1']);
    // Nothing offered for a comment on the latest version, and a clause of the same version is refused.
    const ownVersion = await laterClauseOptions(db.db, { versionId, clauseId: null });
    expect(ownVersion).toEqual([]);
    const [ownClause] = await db.db
      .select()
      .from(schema.clauses)
      .where(eq(schema.clauses.versionId, draft!.id));
    expect(isLaterOption(options, ownClause!.id)).toBe(false);
    expect(isLaterOption(options, same[0]!.id)).toBe(true);
    expect(isLaterOption(options, null)).toBe(true);

    const read = readDisposition({
      disposition: 'adopted',
      reason: '已修改',
      reply: '已在一审稿第一条体现。',
      reflectedIn: String(same[0]!.id),
    });
    if (!read.ok) throw new Error('disposition');
    const [admin] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'disp-adv'));
    await recordDisposition(
      db.db,
      { id: admin!.id, username: 'disp-adv', displayName: '顾问', roles: ['advisor'] },
      [comment!.id],
      read.value,
      new Date('2026-05-01T00:00:00Z'),
    );
    const [after] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, comment!.id));
    expect(after!.reflectedClauseId).toBe(same[0]!.id);
    const where = (await reflectedClauses(db.db, [after!.reflectedClauseId])).get(same[0]!.id);
    expect(where).toMatchObject({
      regulationSlug: 'sample',
      versionSlug: 'first-reading',
      eId: 'chp_1__art_1',
    });
  });

  it('refuses a reflected clause that is not a clause id', () => {
    const read = readDisposition({
      disposition: 'adopted',
      reason: 'x',
      reply: 'y',
      reflectedIn: '../1',
    });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.field)).toEqual(['reflectedIn']);
  });
});
