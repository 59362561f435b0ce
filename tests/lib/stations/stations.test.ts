/** Liaison stations: the content file, `via` values, the staff forms, and 转办-回复-销号 in order. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitVersionComment } from '../../../src/lib/comments/intake.ts';
import { rowsOf, schema } from '../../../src/lib/db/index.ts';
import {
  answerForwarding,
  closeForwarding,
  forwardComment,
  loadStations,
  parseStations,
  readForward,
  resolveVia,
  stationActivity,
  stepsByReceipt,
} from '../../../src/lib/stations/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

const stations = loadStations(path.resolve(import.meta.dirname, '../../fixtures/content/basic'));

describe('the stations file', () => {
  it('reads stations with their deputies, and refuses a station without a slug', () => {
    expect(stations.map((s) => [s.slug, s.deputies.map((d) => d.slug)])).toEqual([
      ['riverside', ['wang-li', 'chen-ming']],
      ['east-gate', ['li-hua']],
    ]);
    expect(() => parseStations('- name: 无名站\n', 'stations.yaml')).toThrow(
      /station 1 needs a slug/,
    );
  });

  it('resolves a via value to a station and deputy, and nothing for an unknown one', () => {
    expect(resolveVia(stations, 'riverside~wang-li')).toMatchObject({
      station: { slug: 'riverside' },
      deputy: { name: '王丽' },
    });
    expect(resolveVia(stations, 'riverside')).toMatchObject({ deputy: null });
    expect(resolveVia(stations, 'riverside~li-hua')).toBeNull();
    expect(resolveVia(stations, 'nowhere')).toBeNull();
  });
});

describe('the forward form', () => {
  it('needs a body and a real due date', () => {
    expect(readForward({ body: ' 市住建局 ', dueDate: '2027-01-15' })).toEqual({
      ok: true,
      value: { body: '市住建局', dueDate: '2027-01-15', note: null },
    });
    expect(readForward({ body: '', dueDate: '2027-01-15' }).ok).toBe(false);
    expect(readForward({ body: '市住建局', dueDate: '2027-02-30' }).ok).toBe(false);
  });
});

describe('转办-回复-销号', () => {
  let db: TestDb;
  const actor = { id: 0, username: 'fw', displayName: 'fw', roles: ['advisor'] };
  beforeAll(async () => {
    db = await seededDatabase();
    const [user] = await db.db
      .insert(schema.staffUsers)
      .values({ username: 'fw', displayName: 'fw', passwordHash: 'x', roles: ['advisor'] })
      .returning();
    actor.id = user!.id;
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('records the station of a comment, and takes the steps only in order', async () => {
    const out = await submitVersionComment(db.db, {
      regulationSlug: 'sample',
      versionSlug: 'first-reading',
      raw: {
        idempotencyKey: randomUUID(),
        stance: 'amend',
        category: 'individual',
        body: '建议增加夜间服务。',
        via: 'riverside~wang-li',
      },
      now: new Date(),
      addressHash: 'h',
      commentsPerHour: 100,
    });
    if (!out.ok) throw new Error(JSON.stringify(out));
    const [row] = rowsOf<{ id: number }>(
      await db.db.execute(sql`select id from comments where receipt_code = ${out.receiptCode}`),
    );
    const id = row!.id;
    const now = new Date('2026-12-05T08:00:00Z');
    expect(await answerForwarding(db.db, actor, id, '答复', now)).toEqual({
      ok: false,
      reason: 'not-forwarded',
    });
    expect(
      await forwardComment(
        db.db,
        actor,
        id,
        { body: '市文旅局', dueDate: '2027-01-15', note: null },
        now,
      ),
    ).toEqual({ ok: true });
    expect(
      await forwardComment(
        db.db,
        actor,
        id,
        { body: '市文旅局', dueDate: '2027-01-15', note: null },
        now,
      ),
    ).toEqual({ ok: false, reason: 'already-forwarded' });
    expect(await closeForwarding(db.db, actor, id, now)).toEqual({
      ok: false,
      reason: 'not-answered',
    });
    expect(await answerForwarding(db.db, actor, id, '已纳入计划。', now)).toEqual({ ok: true });
    expect(await closeForwarding(db.db, actor, id, now)).toEqual({ ok: true });
    expect(await answerForwarding(db.db, actor, id, '改写', now)).toEqual({
      ok: false,
      reason: 'closed',
    });
    const steps = await stepsByReceipt(db.db, out.receiptCode);
    expect(steps).toMatchObject({
      via: 'riverside~wang-li',
      forwarding: { body: '市文旅局', answer: '已纳入计划。', dueDate: '2027-01-15' },
    });
    // Counted for the station; not public until published.
    const activity = await stationActivity(db.db, 'riverside');
    expect(activity.counts).toEqual({ gathered: 1, forwarded: 1, answered: 1, closed: 1 });
    expect(activity.comments).toEqual([]);
    const audit = rowsOf<{ action: string }>(
      await db.db.execute(
        sql`select action from audit_events where target_id = ${String(id)} order by id`,
      ),
    );
    expect(audit.map((a) => a.action)).toEqual([
      'forwarding.forward',
      'forwarding.answer',
      'forwarding.close',
    ]);
  });
});
