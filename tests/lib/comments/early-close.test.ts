/**
 * A comment was stored 42 ms after staff closed its window early (issue #14): the request had
 * read the window as open (from its process's one-second cache) just before the close, and the
 * statement checked the window at the request's time, before the new closing time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { closeConsultationEarly } from '../../../src/lib/consultation/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('a window closed early', () => {
  it('takes no comment whose statement runs after the close, even one sent a moment before it', async () => {
    const target = await firstReading(db);
    const make = commentMaker(target, 'early', (n) => `提前结束前后的意见 ${n}`);
    const [user] = await db.db
      .insert(schema.staffUsers)
      .values({
        username: 'closer',
        displayName: '委员会',
        passwordHash: 'x',
        roles: ['committee'],
      })
      .returning();
    const sentAt = new Date();
    expect(await storeComment(db.db, make(), { openAt: sentAt, settle: 'none' })).toMatchObject({
      ok: true,
    });

    const closedAt = new Date(sentAt.getTime() + 5);
    await closeConsultationEarly(
      db.db,
      target.consultationId,
      { closesAt: closedAt, reason: '草案撤回。', eventDate: '2026-12-04', eventTitle: '提前结束' },
      { ...user!, roles: ['committee'] },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Sent before the close, as a cached window said it was open; stored after it.
    const late = make();
    expect(await storeComment(db.db, late, { openAt: sentAt, settle: 'none' })).toEqual({
      ok: false,
      reason: 'closed',
    });
    expect(
      await db.db
        .select()
        .from(schema.comments)
        .where(eq(schema.comments.idempotencyKey, late.idempotencyKey)),
    ).toEqual([]);
  });
});
