/**
 * The regroup job's last step (recountGroups): kept group sizes and open counts that drifted
 * from the rows (as a disposition given while its comment was grouped left them, issue #17)
 * are set to a fresh count, and a row for a group that no longer exists is removed.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../src/lib/db/index.ts';
import { foldPendingComments, storeComment } from '../../../src/lib/intake/index.ts';
import { recountGroups } from '../../../src/lib/moderation/groups.ts';
import { keptCountMismatches } from '../../../src/lib/seed/verify.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

const LETTER =
  '我们小区的居民一致认为，本条例应当规定加装电梯的费用由全体业主按照面积分摊，并由街道办事处负责协调。请立法机关认真考虑我们的意见。';
let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('recounting a consultation’s groups', () => {
  it('sets drifted counts to a fresh count and drops stale rows', async () => {
    const target = await firstReading(db);
    const make = commentMaker(target, 'recount', () => LETTER);
    for (let i = 0; i < 3; i++) await storeComment(db.db, make(), { settle: 'none' });
    await foldPendingComments(db.db);
    const [group] = await db.db
      .select()
      .from(schema.groupCounts)
      .where(eq(schema.groupCounts.consultationId, target.consultationId));
    expect(group).toMatchObject({ size: 3, open: 3 });
    expect(await recountGroups(db.db, target.consultationId)).toBe(0);

    await db.db.execute(
      sql`update group_counts set open = open + 1 where group_id = ${group!.groupId}`,
    );
    await db.db.execute(sql`
      insert into group_counts (consultation_id, group_id, size, open)
      values (${target.consultationId}, 999999999, 2, 2)`);
    expect((await keptCountMismatches(db.db)).map((m) => m.what).sort()).toEqual([
      `group_counts.${group!.groupId}`,
      'group_counts.999999999',
    ]);

    expect(await recountGroups(db.db, target.consultationId)).toBe(2);
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });
});
