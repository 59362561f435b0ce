/**
 * "Reflected in" for a whole campaign: read from the group form, proposed from the lineage of
 * the representative's clause, set on every member by one decision and audited in words.
 */
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffUser, listAudit } from '../../../src/lib/auth/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { laterClauseOptions } from '../../../src/lib/disposition/repository.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import {
  applyGroupDecision,
  nearGroupsOf,
  readGroupDecision,
} from '../../../src/lib/moderation/index.ts';
import { commentMaker } from '../../helpers/comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
const now = new Date('2026-12-02T04:00:00Z');
const LETTER =
  '我们社区的居民一致建议，第二条应当把城中村明确纳入适用范围，并规定由街道办事处组织实施示范活动，定期公布进展情况。';

beforeAll(async () => {
  db = await seededDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('a campaign decision with "reflected in"', () => {
  it('reads the choice, proposes the next reading’s clause of the same lineage, sets it on every member and audits it', async () => {
    // The draft's consultation: the first reading came after it.
    const [draft] = await db.db
      .select()
      .from(schema.versions)
      .where(eq(schema.versions.slug, 'draft'));
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.versionId, draft!.id));
    const make = commentMaker(
      { versionId: draft!.id, consultationId: consultation!.id },
      'gr',
      (n) => `${LETTER}（${n}号楼）`,
    );
    for (let i = 0; i < 3; i++) {
      const out = await storeComment(db.db, make({ clauseEId: 'chp_1__art_2' }), {
        settle: 'wait',
      });
      if (!out.ok) throw new Error(out.reason);
    }
    const [group] = await nearGroupsOf(db.db, consultation!.id);
    expect(group?.size).toBe(3);
    const [representative] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, group!.groupId));
    const options = await laterClauseOptions(db.db, representative!);
    const proposed = options.find((o) => o.sameLineage);
    expect(proposed).toMatchObject({ eId: 'chp_1__art_2', versionSlug: 'first-reading' });

    const read = readGroupDecision({
      decision: 'dispose',
      disposition: 'adopted',
      reason: '采纳。',
      reply: '已在一审稿第二条中体现。',
      reflectedIn: String(proposed!.id),
    });
    expect(read).toMatchObject({
      ok: true,
      value: { kind: 'dispose', input: { reflectedClauseId: proposed!.id } },
    });
    expect(
      readGroupDecision({
        decision: 'dispose',
        disposition: 'adopted',
        reason: '采纳。',
        reply: '已采纳。',
        reflectedIn: 'chp_1__art_2',
      }).ok,
    ).toBe(false);
    if (!read.ok) throw new Error('unread');

    await createStaffUser(db.db, {
      username: 'gr-advisor',
      displayName: '顾问',
      password: 'a-long-password-123',
      roles: ['advisor'],
    });
    const [row] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.username, 'gr-advisor'));
    const actor = {
      id: row!.id,
      username: 'gr-advisor',
      displayName: '顾问',
      roles: ['advisor' as const],
    };
    expect(await applyGroupDecision(db.db, actor, group!.groupId, read.value, now)).toEqual({
      applied: 3,
      skipped: 0,
    });

    const members = await db.db
      .select({ reflected: schema.comments.reflectedClauseId })
      .from(schema.comments)
      .where(
        inArray(
          schema.comments.id,
          (
            await db.db
              .select({ id: schema.commentGroups.commentId })
              .from(schema.commentGroups)
              .where(eq(schema.commentGroups.groupId, group!.groupId))
          ).map((m) => m.id),
        ),
      );
    expect(members.map((m) => m.reflected)).toEqual([proposed!.id, proposed!.id, proposed!.id]);
    const [audit] = (await listAudit(db.db, 20)).filter((a) => a.action === 'campaign.decision');
    expect(audit!.detail).toMatchObject({
      decision: 'adopted',
      reflectedClauseId: proposed!.id,
      members: 3,
    });
    expect(String(audit!.detail['reflectedIn'])).toContain('第二条');
  });
});
