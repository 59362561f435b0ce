/**
 * Readers' reports: rate-limited per address, queued for moderators at once, and once a
 * moderator has decided, the same reports never hide the comment again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createStaffUser } from '../../../src/lib/auth/index.ts';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  applyDecision,
  REPORT_THRESHOLD,
  REPORTS_PER_HOUR,
  reportComment,
  reportedQueue,
} from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let actor: { id: number; username: string; displayName: string; roles: string[] };
let seq = 0;
const now = new Date('2026-11-28T00:00:00Z');

async function publishedComment(): Promise<number> {
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  const r = await submitComment(db.db, {
    raw: {
      stance: 'oppose',
      body: `被举报的意见 ${++seq}`,
      clause: 'chp_1__art_2',
      consentPublish: 'on',
      idempotencyKey: `reports-test-key-${seq}-000`,
    },
    version: { id: v!.id },
    consultations: await db.db.select().from(schema.consultations),
    now,
    addressHash: `author-${seq}`,
    commentsPerHour: 100,
  });
  if (!r.ok) throw new Error(r.reason);
  const [row] = await db.db
    .select()
    .from(schema.comments)
    .where(eq(schema.comments.receiptCode, r.receiptCode));
  await applyDecision(db.db, actor, [row!.id], { kind: 'publish' });
  return row!.id;
}
const statusOf = async (id: number) =>
  (await db.db.select().from(schema.comments).where(eq(schema.comments.id, id)))[0]!.status;
const report = (
  id: number,
  address: string,
  reason: 'abuse' | 'spam' | 'personal-data' = 'abuse',
) => reportComment(db.db, id, address, reason, { perHour: REPORTS_PER_HOUR, now });

beforeAll(async () => {
  db = await seededDatabase();
  const user = await createStaffUser(db.db, {
    username: 'mod-reports',
    displayName: '审核员',
    password: 'moderator-password',
    roles: ['moderator'],
  });
  if (!user.ok) throw new Error(user.reason);
  actor = { id: user.id, username: 'mod-reports', displayName: '审核员', roles: ['moderator'] };
});
afterAll(async () => {
  await db?.cleanup();
});

describe('reports', () => {
  it('go to the reported queue at once, with their reasons, before anything is hidden', async () => {
    const id = await publishedComment();
    expect(await report(id, 'queue-a', 'personal-data')).toEqual({
      ok: true,
      counted: true,
      hidden: false,
    });
    const queued = (await reportedQueue(db.db, { limit: 50 })).find((r) => r.id === id);
    expect(queued).toMatchObject({
      status: 'published',
      reports: 1,
      reasonCounts: [{ reason: 'personal-data', n: 1 }],
    });
  });

  it('do not hide a comment again after a moderator published it again', async () => {
    const id = await publishedComment();
    for (let i = 0; i < REPORT_THRESHOLD; i++) await report(id, `first-wave-${i}`);
    expect(await statusOf(id)).toBe('held');
    const decision = await applyDecision(db.db, actor, [id], { kind: 'publish' });
    expect(decision.reviewed).toEqual([id]);
    expect((await reportedQueue(db.db, { limit: 50 })).some((r) => r.id === id)).toBe(false);
    // One more report, and the earlier reporters again: not hidden.
    expect(await report(id, 'one-more')).toEqual({ ok: true, counted: true, hidden: false });
    for (let i = 0; i < REPORT_THRESHOLD; i++)
      expect(await report(id, `first-wave-${i}`)).toMatchObject({ counted: false, hidden: false });
    expect(await statusOf(id)).toBe('published');
    // Enough new readers since the review hide it for review again.
    for (let i = 1; i < REPORT_THRESHOLD; i++) await report(id, `second-wave-${i}`);
    expect(await statusOf(id)).toBe('held');
  });

  it('are reviewed when a moderator keeps a published comment published', async () => {
    const id = await publishedComment();
    await report(id, 'keep-a');
    const decision = await applyDecision(db.db, actor, [id], { kind: 'publish' });
    expect(decision).toMatchObject({ applied: [], reviewed: [id] });
    for (let i = 1; i < REPORT_THRESHOLD; i++) await report(id, `keep-${i}`);
    expect(await statusOf(id)).toBe('published');
  });

  it('are rate-limited per address', async () => {
    const ids: number[] = [];
    for (let i = 0; i <= REPORTS_PER_HOUR; i++) ids.push(await publishedComment());
    const outcomes = [];
    for (const id of ids) outcomes.push(await report(id, 'busy-reporter', 'spam'));
    expect(outcomes.slice(0, REPORTS_PER_HOUR).every((o) => o.ok)).toBe(true);
    expect(outcomes.at(-1)).toEqual({ ok: false, reason: 'rate-limited' });
    expect(await report(ids.at(-1)!, 'another-reader', 'spam')).toMatchObject({
      ok: true,
      counted: true,
    });
  });
});
