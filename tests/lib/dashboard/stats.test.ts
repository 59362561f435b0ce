import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../../src/lib/db/rows.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { foldPendingComments } from '../../../src/lib/intake/index.ts';
import { adoptionRate, dashboardStats } from '../../../src/lib/dashboard/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
beforeAll(async () => {
  db = await seededDatabase();
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.slug, 'first-reading'));
  consultationId = c!.id;
  const row = (
    i: number,
    at: string,
    stance: string,
    channel: string,
    disposition: string | null,
  ) => ({
    clauseEId: i === 3 ? 'chp_1__art_2' : null,
    receiptCode: `DASH-${i}`,
    idempotencyKey: `dashboard-key-${i}`,
    consultationId,
    stance,
    body: 'x',
    publicBody: 'x',
    category: 'individual',
    consentPublish: true,
    channel,
    disposition,
    createdAt: new Date(at),
  });
  const stored = await db.db
    .insert(schema.comments)
    .values([
      // 23:30 UTC on 30 November is 1 December in Shanghai.
      row(1, '2026-11-30T23:30:00Z', 'support', 'online', 'adopted'),
      row(2, '2026-12-01T02:00:00Z', 'oppose', 'letter', null),
      row(3, '2026-12-03T02:00:00Z', 'support', 'online', null),
    ])
    .returning({ id: schema.comments.id });
  // Counted as intake counts them: queued, then folded into the kept counts the dashboard reads.
  await db.db
    .insert(schema.commentIntakeQueue)
    .values(stored.map((c) => ({ commentId: c.id, participant: 0 })));
  await foldPendingComments(db.db);
});
afterAll(async () => {
  await db?.cleanup();
});

describe('dashboard figures', () => {
  it('counts per local day, by stance and channel, and handled against open', async () => {
    const stats = await dashboardStats(db.db, consultationId, 'Asia/Shanghai');
    expect(stats.perDay).toEqual([
      { day: '2026-12-01', n: 2 },
      { day: '2026-12-03', n: 1 },
    ]);
    expect(stats.byStance).toEqual({ support: 2, oppose: 1 });
    expect(stats.byChannel).toEqual({ online: 2, letter: 1 });
    expect(stats.byCategory).toEqual({ individual: 3 });
    expect([stats.handled, stats.open]).toEqual([1, 2]);
    expect(stats.byClause.map((c) => c.n).sort()).toEqual([1, 2]);
    expect(stats.byDisposition).toEqual({ adopted: 1 });
  });

  it('puts each comment in its local day as a fresh count does, in any zone', async () => {
    // Half- and three-quarter-hour offsets, a zone west of UTC and one with summer time.
    for (const zone of ['UTC', 'Asia/Kolkata', 'Pacific/Chatham', 'America/New_York']) {
      const fresh = rowsOf<{ day: string; n: number }>(
        await db.db.execute(sql`
          select to_char(created_at at time zone ${zone}, 'YYYY-MM-DD') as day, count(*)::int as n
          from comments where consultation_id = ${consultationId} group by 1 order by 1`),
      );
      const stats = await dashboardStats(db.db, consultationId, zone);
      expect(stats.perDay, zone).toEqual(fresh.map((r) => ({ day: r.day, n: Number(r.n) })));
    }
    expect((await dashboardStats(db.db, consultationId, 'America/New_York')).perDay).toEqual([
      { day: '2026-11-30', n: 2 },
      { day: '2026-12-02', n: 1 },
    ]);
  });

  it('gives the adoption rate over the comments decided on their merits', () => {
    expect(adoptionRate({})).toBeNull();
    expect(adoptionRate({ 'out-of-scope': 4 })).toBeNull();
    expect(
      adoptionRate({ adopted: 1, 'partly-adopted': 1, 'not-adopted': 2, 'out-of-scope': 5 }),
    ).toBe(0.5);
  });
});
