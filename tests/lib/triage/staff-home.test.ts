/** The staff home's counts, the triage filter and bulk actions with one audit row each. */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import type { Role } from '../../../src/lib/auth/roles.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { countIncoming, incomingIds } from '../../../src/lib/comments/repository.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  applyBulk,
  assignComment,
  incomingFilterOf,
  readBulkAction,
  readSelection,
  readTriageFilter,
  staffHome,
} from '../../../src/lib/triage/index.ts';
import { ageInDays, excerpt } from '../../../src/lib/triage/list.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
const now = new Date('2026-11-28T00:00:00Z');
const ids: number[] = [];

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

beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  consultationId = consultations.find((c) => c.versionId === v!.id)!.id;
  for (let i = 0; i < 4; i++) {
    const r = await submitComment(db.db, {
      raw: {
        stance: i % 2 ? 'oppose' : 'amend',
        body: `待办测试第${i}条，内容各不相同${'甲乙丙丁'[i]}。`,
        idempotencyKey: `home-key-${i}-00000`,
        clause: 'chp_1__art_2',
        ...(i < 2 ? { consentPublish: 'on' } : {}),
      },
      version: { id: v!.id },
      consultations,
      now,
      addressHash: `home${i}`,
      commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
  }
  const rows = await db.db
    .select({ id: schema.comments.id })
    .from(schema.comments)
    .where(eq(schema.comments.consultationId, consultationId));
  ids.push(...rows.map((r) => r.id));
});
afterAll(async () => {
  await db?.cleanup();
});

const at = (home: Awaited<ReturnType<typeof staffHome>>) =>
  home.consultations.find((c) => c.consultationId === consultationId)!;

describe('staff home', () => {
  it('counts what waits and follows an assignment: unassigned drops, mine rises', async () => {
    const advisor = await staff('home-advisor', ['advisor']);
    const options = {
      userId: advisor.id,
      now,
      overdueBefore: new Date('2026-01-01T00:00:00Z'),
      recentSince: new Date(now.getTime() - 7 * 86_400_000),
    };
    const before = at(await staffHome(db.db, options));
    expect(before.toModerate).toBe(4);
    expect(before.open).toBe(4);
    expect(before.unassigned).toBe(4);
    expect(before.mine).toBe(0);
    await assignComment(db.db, advisor, ids[0]!, advisor.id);
    const after = at(await staffHome(db.db, options));
    expect(after.unassigned).toBe(3);
    expect(after.mine).toBe(1);
    // The consultation is open: nothing is due or overdue yet.
    expect(after.due + after.overdue).toBe(0);
  });

  it('the "unassigned" link lists exactly what it counted', async () => {
    const filter = readTriageFilter(
      new URLSearchParams({ consultation: String(consultationId), assignee: 'none' }),
      { regulations: [], consultations: [consultationId] },
    );
    const query = incomingFilterOf(filter, { userId: 0, now, replyDays: 15 });
    expect(await countIncoming(db.db, query, true)).toBe(3);
    expect(await incomingIds(db.db, query, true, 100)).not.toContain(ids[0]);
  });
});

describe('bulk actions', () => {
  it('reads the form: hold needs a reason, a tag is normalised, a selection needs rows', () => {
    const form = (o: Record<string, string>) => (n: string) => o[n] ?? null;
    expect(readBulkAction(form({ action: 'hold' }))).toEqual({ ok: false, error: 'holdReason' });
    expect(readBulkAction(form({ action: 'tag', tag: '  听证 ' }))).toEqual({
      ok: true,
      value: { kind: 'tag', tag: '听证' },
    });
    expect(readBulkAction(form({ action: 'drop-table' }))).toEqual({ ok: false, error: 'action' });
    expect(readSelection(form({ scope: 'rows' }), [])).toEqual({ ok: false, error: 'selection' });
    expect(readSelection(form({ scope: 'rows' }), ['3', '3', 'x', '5'])).toEqual({
      ok: true,
      value: { scope: 'rows', ids: [3, 5] },
    });
  });

  it('tags all that a filter matches and writes one audit row with the count and the filter', async () => {
    const admin = await staff('home-admin', ['admin']);
    const filter = `consultation=${consultationId}&stance=oppose`;
    const query = incomingFilterOf(
      readTriageFilter(new URLSearchParams(filter), {
        regulations: [],
        consultations: [consultationId],
      }),
      { userId: admin.id, now, replyDays: 15 },
    );
    const chosen = await incomingIds(db.db, query, true, 100);
    expect(chosen).toHaveLength(2);
    const outcome = await applyBulk(
      db.db,
      admin,
      chosen,
      { kind: 'tag', tag: '批量' },
      { scope: 'all', filter },
      now,
    );
    expect(outcome).toEqual({ applied: 2, unchanged: 0 });
    const rows = (await listAudit(db.db, 20)).filter((a) => a.action === 'triage.bulk-tag');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.detail).toMatchObject({ count: 2, scope: 'all', filter, tag: '批量' });
    // Again: already tagged, nothing changes.
    expect(
      await applyBulk(
        db.db,
        admin,
        chosen,
        { kind: 'tag', tag: '批量' },
        { scope: 'all', filter },
        now,
      ),
    ).toEqual({ applied: 0, unchanged: 2 });
  });

  it('publishes ticked rows in one audited decision; the home no longer counts them to moderate', async () => {
    const moderator = await staff('home-moderator', ['moderator']);
    // The two with consent are published; the other two (no consent) stay to moderate.
    const outcome = await applyBulk(
      db.db,
      moderator,
      ids,
      { kind: 'publish' },
      { scope: 'rows', filter: '' },
      now,
    );
    expect(outcome).toEqual({ applied: 2, unchanged: 2 });
    const audit = (await listAudit(db.db, 20)).filter((a) => a.action === 'moderation.publish');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ bulk: true, scope: 'rows', count: 2 });
    const home = at(
      await staffHome(db.db, { userId: moderator.id, now, overdueBefore: now, recentSince: now }),
    );
    expect(home.toModerate).toBe(2);
  });
});

describe('list helpers', () => {
  it('cuts an excerpt on graphemes and flattens lines', () => {
    expect(excerpt('第一行\n第二行', 80)).toBe('第一行 第二行');
    expect(excerpt('一二三四五', 3)).toBe('一二三…');
    expect(ageInDays(new Date('2026-11-20T10:00:00Z'), now)).toBe(7);
  });
});

describe('comment context', () => {
  it('marks the quoted passage at its offsets, or at its first occurrence, and nothing when it is gone', async () => {
    const { markQuote } = await import('../../../src/lib/triage/context.ts');
    expect(markQuote('甲乙丙乙丙', '乙丙', 3, 5)).toEqual([
      { text: '甲乙丙', marked: false },
      { text: '乙丙', marked: true },
    ]);
    expect(markQuote('甲乙丙乙丙', '乙丙', 0, 1)).toEqual([
      { text: '甲', marked: false },
      { text: '乙丙', marked: true },
      { text: '乙丙', marked: false },
    ]);
    expect(markQuote('甲乙丙', '丁')).toEqual([{ text: '甲乙丙', marked: false }]);
  });

  it('gives the regulation, the article text and the clause in each version of its lineage', async () => {
    const { commentContext } = await import('../../../src/lib/triage/context.ts');
    const [c] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, ids[0]!));
    const context = await commentContext(db.db, c!);
    expect(context.place?.versionSlug).toBe('first-reading');
    expect(context.articleText).toContain('示范活动');
    expect(context.lineage.filter((l) => l.isThis)).toHaveLength(1);
    // One row per version: the article, not its paragraphs (which share its lineage).
    expect(context.lineage.map((l) => l.versionSlug)).toEqual(['draft', 'first-reading']);
    expect(context.lineage.every((l) => l.eId === 'chp_1__art_2')).toBe(true);
    expect(context.others).toBeNull();
  });

  it("gives a comment its own campaign's size, among other groups", async () => {
    const { commentContext } = await import('../../../src/lib/triage/context.ts');
    await db.db.delete(schema.commentGroups).where(inArray(schema.commentGroups.commentId, ids));
    // Three copies in one group, the fourth alone in its own (the counts move by trigger).
    await db.db.insert(schema.commentGroups).values(
      ids.map((id, i) => ({
        commentId: id,
        consultationId,
        groupId: i < 3 ? ids[0]! : id,
        minhash: Array.from({ length: 64 }, () => 0),
      })),
    );
    const of = async (id: number) => {
      const [c] = await db.db.select().from(schema.comments).where(eq(schema.comments.id, id));
      return (await commentContext(db.db, c!)).group;
    };
    expect(await of(ids[1]!)).toEqual({ groupId: ids[0], size: 3 });
    expect(await of(ids[3]!)).toBeNull();
  });
});
