/**
 * From comments to the next reading, through the repository: suggested wordings become
 * amendments, staff decide them (a collision resolved), the draft carries the accepted ones,
 * and the published reading links each changed article to the amendments and the credited
 * commenters behind it.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeReasons,
  collisions,
  decideAmendment,
  findAmendmentVersion,
  importSuggestions,
  linkAmendments,
  listAmendments,
  nextDraft,
  proposeAmendment,
  resolveCollision,
} from '../../../src/lib/amendments/index.ts';
import { storeComment } from '../../../src/lib/intake/index.ts';
import { rowsOf, schema } from '../../../src/lib/db/index.ts';
import { enqueueCreditNotices, renderMessage } from '../../../src/lib/notify/index.ts';
import { checkDraft, findPublishTarget, publishVersion } from '../../../src/lib/versions/index.ts';
import { commentMaker, firstReading } from '../../helpers/comments.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';

const actor = { id: 0, username: 'committee-amend', displayName: '委员会', roles: ['committee'] };
const ART = 'chp_1__art_3';
let db: TestDb;
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, actor);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('amendments from the first reading to the second', () => {
  it('runs end to end', async () => {
    const reading = await firstReading(db);
    const make = commentMaker(reading, 'amd', (n) => `第${n}条意见：原则应当更具体。`);
    const now = new Date();
    // Article 3 is "示范活动应当遵循以下原则：\n（一）公开透明；\n（二）公众参与。"
    const a = make({
      stance: 'amend',
      suggestedWording: '示范活动应当遵循以下原则：\n（一）依法公开透明；\n（二）公众参与。',
      displayName: '王小明',
    });
    const b = make({
      stance: 'amend',
      suggestedWording: '公开、透明',
      quote: '公开透明',
      quoteStart: 17,
      quoteEnd: 21,
      displayName: '李四',
    });
    const c = make({
      stance: 'amend',
      suggestedWording: '示范活动应当遵循以下原则：\n（一）公开透明；\n（二）公众广泛参与。',
      displayName: '赵六',
      consentPublish: false,
    });
    for (const x of [a, b, c])
      expect(await storeComment(db.db, x, { settle: 'none' })).toMatchObject({ ok: true });

    const target = (await findAmendmentVersion(db.db, 'sample', 'first-reading'))!;
    expect(await importSuggestions(db.db, target.versionId)).toBe(3);
    expect(await importSuggestions(db.db, target.versionId)).toBe(0);
    const proposed = await proposeAmendment(
      db.db,
      actor,
      target.versionId,
      ART,
      '示范活动',
      '各类示范活动',
    );
    expect(proposed.ok).toBe(true);

    const list = await listAmendments(db.db, target.versionId, ART);
    expect(list).toHaveLength(4);
    const byName = (name: string) => list.find((r) => r.name === name)!;
    expect(byName('王小明')).toMatchObject({ original: '', replacement: '依法' });
    expect(byName('李四')).toMatchObject({ original: '公开透明', replacement: '公开、透明' });

    for (const r of list)
      await decideAmendment(
        db.db,
        actor,
        r.id,
        { kind: 'accept', replacement: null, reply: null },
        now,
      );
    const accepted = (await listAmendments(db.db, target.versionId, ART)).map((r) => ({
      ...r,
      replacement: r.decidedReplacement ?? r.replacement,
    }));
    const clash = collisions(accepted);
    // 王小明 inserts at the start of 李四's span: they meet at one point and do not touch.
    expect(clash).toHaveLength(0);
    // Accept 李四's with edits so that it overlaps 王小明's; then resolve by keeping 王小明's.
    await decideAmendment(
      db.db,
      actor,
      byName('李四').id,
      { kind: 'accept', replacement: '公开透明、高效', reply: null },
      now,
    );
    const draftBefore = await nextDraft(db.db, target);
    expect(draftBefore.problems).toEqual([]);

    const collidingStaff = await proposeAmendment(
      db.db,
      actor,
      target.versionId,
      ART,
      '公开透明',
      '公开',
    );
    expect(collidingStaff.ok).toBe(true);
    if (collidingStaff.ok)
      await decideAmendment(
        db.db,
        actor,
        collidingStaff.id,
        { kind: 'accept', replacement: null, reply: null },
        now,
      );
    expect((await nextDraft(db.db, target)).problems.map((p) => p.code)).toEqual(['collision']);
    if (collidingStaff.ok)
      await resolveCollision(
        db.db,
        actor,
        byName('李四').id,
        [collidingStaff.id],
        '与采纳的修改重叠。',
        now,
      );

    // 赵六 is declined with a reason: it becomes the comment's public reply.
    await decideAmendment(
      db.db,
      actor,
      byName('赵六').id,
      { kind: 'decline', reason: '已有相关规定。', reply: null },
      now,
    );
    const [zhao] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, byName('赵六').commentId!));
    expect(zhao).toMatchObject({ disposition: 'not-adopted', reply: '已有相关规定。' });

    const draft = await nextDraft(db.db, target);
    expect(draft.problems).toEqual([]);
    expect(draft.changed).toEqual([ART]);
    expect(draft.markdown).toContain(
      '第三条 各类示范活动应当遵循以下原则：\n\n（一）依法公开透明、高效；\n\n（二）公众参与。',
    );

    const publishTarget = (await findPublishTarget(db.db, 'sample'))!;
    const checked = await checkDraft(
      {
        slug: 'second-reading',
        label: '二审稿',
        stage: 'review',
        date: '2026-12-01',
        markdown: draft.markdown,
        explanation: '',
      },
      { language: 'zh', takenSlugs: publishTarget.versions.map((v) => v.slug) },
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const published = await publishVersion(db.db, publishTarget, checked.version, actor);
    expect(published.ok).toBe(true);
    if (!published.ok) return;
    // 王小明 asked for e-mail; 李四 did not.
    await db.db.execute(
      sql`insert into comment_notifications (comment_id, email, locale) values (${byName('王小明').commentId!}, 'wang@example.org', 'zh')`,
    );
    const entered = await linkAmendments(db.db, target.versionId, published.versionId);
    expect(entered.sort()).toEqual([byName('王小明').commentId, byName('李四').commentId].sort());
    expect(await enqueueCreditNotices(db.db, published.versionId, entered)).toBe(1);
    expect(await enqueueCreditNotices(db.db, published.versionId, entered), 'told once').toBe(0);
    const [mail] = rowsOf<{ kind: string; to_address: string; params: Record<string, string> }>(
      await db.db.execute(sql`select kind, to_address, params from outbox where kind = 'credit'`),
    );
    expect(mail).toMatchObject({
      to_address: 'wang@example.org',
      params: { versionSlug: 'second-reading', anchor: `why-${ART}` },
    });
    const text = renderMessage('credit', mail!.params, 'zh', 'https://x.example');
    expect(text.subject).toContain('二审稿');
    expect(text.text).toContain(
      `https://x.example/regulations/sample/versions/second-reading#why-${ART}`,
    );

    const reasons = await changeReasons(db.db, published.versionId);
    expect([...reasons.keys()]).toEqual([ART]);
    const credits = reasons.get(ART)!.map((r) => r.credit);
    expect(credits).toEqual(expect.arrayContaining(['王小明', '李四', null]));
    expect(reasons.get(ART)!.some((r) => r.credit === '赵六')).toBe(false);
  });
});
