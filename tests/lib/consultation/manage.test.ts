import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  closeConsultationEarly,
  openConsultation,
  planWindow,
  recordStageMove,
} from '../../../src/lib/consultation/index.ts';
import { loadContent, syncContent } from '../../../src/lib/content/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { getRegulation } from '../../../src/lib/regulations/index.ts';
import { addStaff, seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
const actor = { id: 0, username: 'committee-test', displayName: '委员会', roles: ['committee'] };
beforeAll(async () => {
  db = await seededDatabase();
  await addStaff(db, actor);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('staff changes to windows and stages', () => {
  it('closes a window early, records a second reading within review, moves the stage, shows all on the timeline, and the sync keeps them', async () => {
    const [reg] = await db.db
      .select()
      .from(schema.regulations)
      .where(eq(schema.regulations.slug, 'sample'));
    const [c] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'first-reading'));
    const now = new Date('2026-12-02T04:00:00Z');
    await closeConsultationEarly(
      db.db,
      c!.id,
      {
        closesAt: now,
        reason: '草案撤回重拟。',
        eventDate: '2026-12-02',
        eventTitle: '提前结束：一审稿公开征求意见',
      },
      actor,
    );
    // The sample is in review: a second reading is a step within it, not a new stage.
    await recordStageMove(
      db.db,
      reg!.id,
      { stage: 'review', title: '二审', date: '2026-12-02', description: '' },
      actor,
    );
    expect((await getRegulation(db.db, 'sample'))!.regulation.stage).toBe('review');
    await recordStageMove(
      db.db,
      reg!.id,
      { stage: 'enacted', title: '表决通过', date: '2026-12-03', description: '' },
      actor,
    );

    const content = loadContent(path.resolve(import.meta.dirname, '../../fixtures/content/basic'));
    if (!content.ok) throw new Error('fixture');
    await syncContent(db.db, content.content);

    const [after] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.id, c!.id));
    expect(after!.closesAt.toISOString()).toBe(now.toISOString());
    expect(after!.closedEarlyReason).toBe('草案撤回重拟。');
    const page = await getRegulation(db.db, 'sample');
    expect(page!.regulation.stage).toBe('enacted');
    expect(page!.timeline.map((e) => e.title)).toEqual([
      '公布征求意见稿',
      '一审',
      '提前结束：一审稿公开征求意见',
      '二审',
      '表决通过',
    ]);
    expect(page!.timeline[2]!.description).toBe('草案撤回重拟。');
    const audit = await db.db
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents);
    expect(audit.map((a) => a.action)).toEqual([
      'consultation.close-early',
      'regulation.event',
      'regulation.stage',
    ]);
  });

  it('opens a window on a version with its short-window reason, once', async () => {
    const [reg] = await db.db
      .select()
      .from(schema.regulations)
      .where(eq(schema.regulations.slug, 'sample'));
    await db.db.delete(schema.consultations).where(eq(schema.consultations.slug, 'draft'));
    const plan = planWindow(
      { opens: '2026-12-05T09:00', closes: '2026-12-20T18:00', reason: '年度计划安排。' },
      'Asia/Shanghai',
    );
    if (!plan.ok) throw new Error('plan');
    const input = {
      regulationId: reg!.id,
      versionSlug: 'draft',
      title: '征求意见稿再次征求意见',
      window: plan.value,
      eventDate: '2026-12-02',
    };
    const opened = await openConsultation(db.db, input, actor);
    expect(opened.ok).toBe(true);
    const [row] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.slug, 'draft'));
    expect([row!.shortWindowReason, row!.opensAt.toISOString(), row!.changedBy]).toEqual([
      '年度计划安排。',
      '2026-12-05T01:00:00.000Z',
      actor.id,
    ]);
    expect(await openConsultation(db.db, input, actor)).toEqual({
      ok: false,
      reason: 'slug-taken',
    });
    expect(await openConsultation(db.db, { ...input, versionSlug: 'nope' }, actor)).toEqual({
      ok: false,
      reason: 'unknown-version',
    });
  });
});
