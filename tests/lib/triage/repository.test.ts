/** The heat map's kept counts move with each stored comment; the staff list follows its links. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIncoming, submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import {
  addNote,
  addTag,
  annotationsOf,
  assignableStaff,
  assignComment,
  heatMapOf,
  removeTag,
  workload,
} from '../../../src/lib/triage/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
let otherConsultationId: number;
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  consultationId = consultations.find((c) => c.versionId === v!.id)!.id;
  otherConsultationId = consultations.find(
    (c) => c.versionId !== v!.id && c.versionId !== null,
  )!.id;
  const entries: [string, string | undefined][] = [
    ['oppose', 'chp_1__art_2'],
    ['oppose', 'chp_1__art_2__para_1'],
    ['amend', 'chp_1__art_3__para_1__point_1'],
    ['support', undefined],
  ];
  for (const [i, [stance, clause]] of entries.entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance,
        body: `第${i}条意见，内容各不相同。`,
        idempotencyKey: `heatmap-key-${i}-0000`,
        ...(clause ? { clause } : {}),
      },
      version: { id: v!.id },
      consultations,
      now: new Date('2026-11-28T00:00:00Z'),
      addressHash: `h${i}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('heat map counts', () => {
  it('count each stored comment once under its article and stance, without reading comments', async () => {
    const map = (await heatMapOf(db.db, consultationId))!;
    const row = (eId: string) => map.rows.find((r) => r.eId === eId)!;
    expect(row('chp_1__art_2').counts.oppose).toBe(2);
    expect(row('chp_1__art_3').counts.amend).toBe(1);
    expect(row('').counts.support).toBe(1);
    expect(map.max).toBe(2);
    // The kept rows add up to exactly the comments stored.
    const kept = await db.db
      .select()
      .from(schema.clauseStanceCounts)
      .where(eq(schema.clauseStanceCounts.consultationId, consultationId));
    expect(kept.reduce((n, k) => n + k.count, 0)).toBe(4);
  });

  it('returns null for an unknown consultation', async () => {
    expect(await heatMapOf(db.db, 999_999)).toBeNull();
  });

  it('a heat map link (consultation + article) lists the article and its paragraphs, nothing else', async () => {
    const rows = await listIncoming(db.db, {
      personalData: true,
      limit: 10,
      filter: { consultation: consultationId, clause: 'chp_1__art_2' },
    });
    expect(rows.map((r) => r.clauseEId).sort()).toEqual(['chp_1__art_2', 'chp_1__art_2__para_1']);
    expect(
      await listIncoming(db.db, {
        personalData: true,
        limit: 10,
        filter: { consultation: otherConsultationId, clause: 'chp_1__art_2' },
      }),
    ).toHaveLength(0);
    expect(
      await listIncoming(db.db, {
        personalData: true,
        limit: 10,
        filter: { clause: 'chp_1__art_2__para_1' },
      }),
    ).toHaveLength(1);
  });
});

describe('tags, assignment and internal notes', () => {
  async function staff(username: string, roles: ('advisor' | 'clerk')[]) {
    await createStaffUser(db.db, {
      username,
      displayName: username,
      password: 'a-long-password',
      roles,
    });
    const [u] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, username));
    return { id: u!.id, username, displayName: username, roles };
  }
  const commentIds = async () =>
    (
      await db.db
        .select({ id: schema.comments.id })
        .from(schema.comments)
        .where(eq(schema.comments.consultationId, consultationId))
    )
      .map((r) => r.id)
      .sort((a, b) => a - b);

  it('tag a comment once, find it by tag, untag it, and audit each change', async () => {
    const actor = await staff('tagger', ['advisor']);
    const [first] = await commentIds();
    expect(await addTag(db.db, actor, first!, '物业费')).toBe(true);
    expect(await addTag(db.db, actor, first!, '物业费')).toBe(false);
    expect(
      (await listIncoming(db.db, { personalData: true, limit: 10, filter: { tag: '物业费' } })).map(
        (r) => r.id,
      ),
    ).toEqual([first]);
    expect(await removeTag(db.db, actor, first!, '物业费')).toBe(true);
    expect(
      await listIncoming(db.db, { personalData: true, limit: 10, filter: { tag: '物业费' } }),
    ).toHaveLength(0);
    const actions = (await listAudit(db.db)).slice(0, 2).map((a) => a.action);
    expect(actions).toEqual(['triage.tag-remove', 'triage.tag-add']);
  });

  it('assign comments to an advisor, filter "mine", count open and overdue per advisor, and reassign', async () => {
    const advisor = await staff('adv-a', ['advisor']);
    const clerk = await staff('clerk-a', ['clerk']);
    expect((await assignableStaff(db.db)).map((s) => s.username)).toContain('adv-a');
    expect((await assignableStaff(db.db)).map((s) => s.username)).not.toContain('clerk-a');
    const [a, b] = await commentIds();
    await assignComment(db.db, clerk, a!, advisor.id);
    await assignComment(db.db, clerk, b!, advisor.id);
    expect(
      (
        await listIncoming(db.db, {
          personalData: true,
          limit: 10,
          filter: { assigneeId: advisor.id },
        })
      )
        .map((r) => r.id)
        .sort(),
    ).toEqual([a, b].sort());
    const farFuture = new Date('2200-01-01T00:00:00Z');
    const mine = (await workload(db.db, farFuture)).find((w) => w.assigneeId === advisor.id)!;
    expect(mine).toMatchObject({ open: 2, overdue: 2, assigneeName: 'adv-a' });
    expect(
      (await workload(db.db, new Date('2000-01-01T00:00:00Z'))).find(
        (w) => w.assigneeId === advisor.id,
      )!.overdue,
    ).toBe(0);
    expect(
      await listIncoming(db.db, {
        personalData: true,
        limit: 10,
        filter: { assigneeId: advisor.id, closedBefore: new Date('2000-01-01T00:00:00Z') },
      }),
    ).toHaveLength(0);
    await assignComment(db.db, clerk, b!, null);
    expect((await annotationsOf(db.db, b!)).assignment).toBeNull();
    expect((await annotationsOf(db.db, a!)).assignment).toMatchObject({
      assigneeId: advisor.id,
      assigneeName: 'adv-a',
    });
  });

  it('keep internal notes newest first with their author, off the comment row itself', async () => {
    const actor = await staff('noter', ['advisor']);
    const [first] = await commentIds();
    await addNote(db.db, actor, first!, '与第五条的意见合并处理');
    await addNote(db.db, actor, first!, '已电话联系');
    expect((await annotationsOf(db.db, first!)).notes.map((n) => [n.body, n.authorName])).toEqual([
      ['已电话联系', 'noter'],
      ['与第五条的意见合并处理', 'noter'],
    ]);
    const [row] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, first!));
    expect(JSON.stringify(row)).not.toContain('已电话联系');
  });
});
