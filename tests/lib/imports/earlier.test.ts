/** Flagging opinions already stored (issue #17): same text, and the same name or gathering date. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { earlierDuplicates } from '../../../src/lib/imports/index.ts';
import { campaignKey } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';
import { firstReading, newComment } from '../../helpers/comments.ts';

let db: TestDb;
let consultationId: number;
const letter =
  '我们小区全体业主强烈要求在第二十三条中明确物业费调整必须经业主大会表决通过，不得由物业公司单方面决定。';

beforeAll(async () => {
  db = await seededDatabase();
  const target = await firstReading(db);
  consultationId = target.consultationId;
  for (const [i, body] of [letter, '太短的意见。'].entries()) {
    const stored = await storeComment(
      db.db,
      newComment({
        ...target,
        receiptCode: `EA${String(i).padStart(6, '0')}`,
        idempotencyKey: `earlier-test-${i}-key`,
        body,
        displayName: '张伟',
        channel: 'letter',
        source: { date: '2026-11-05', place: '', participants: null },
        campaignKey: campaignKey(body),
      }),
    );
    if (!stored.ok) throw new Error(stored.reason);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('earlier duplicates', () => {
  it('flags the same text with the same name or the same day, whatever its signature, and not another person on another day', async () => {
    const found = await earlierDuplicates(db.db, consultationId, [
      { body: `${letter}\n此致\n敬礼`, displayName: '张伟', date: '2026-11-20' },
      { body: letter, displayName: null, date: '2026-11-05' },
      { body: letter, displayName: '李娜', date: '2026-11-20' },
      { body: '太短的意见。', displayName: '张伟', date: null },
      {
        body: '另一条完全不同的意见，建议删除第三条第二项关于公众参与的规定。',
        displayName: '张伟',
        date: '2026-11-05',
      },
    ]);
    expect(found).toEqual([0, 1, 3]);
  });
});
