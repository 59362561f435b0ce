/** The heat map's kept counts move with each stored comment; the staff list follows its links. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listIncoming, submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { heatMapOf } from '../../../src/lib/triage/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
let otherConsultationId: number;
beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db.select().from(schema.versions).where(eq(schema.versions.slug, 'first-reading'));
  const consultations = await db.db.select().from(schema.consultations);
  consultationId = consultations.find((c) => c.versionId === v!.id)!.id;
  otherConsultationId = consultations.find((c) => c.versionId !== v!.id && c.versionId !== null)!.id;
  const entries: [string, string | undefined][] = [
    ['oppose', 'chp_1__art_2'],
    ['oppose', 'chp_1__art_2__para_1'],
    ['amend', 'chp_1__art_3__para_1__point_1'],
    ['support', undefined],
  ];
  for (const [i, [stance, clause]] of entries.entries()) {
    const r = await submitComment(db.db, {
      raw: { stance, body: `第${i}条意见，内容各不相同。`, idempotencyKey: `heatmap-key-${i}-0000`, ...(clause ? { clause } : {}) },
      version: { id: v!.id }, consultations, now: new Date('2026-11-28T00:00:00Z'), addressHash: `h${i}`, commentsPerHour: 10,
    });
    if (!r.ok) throw new Error(r.reason);
  }
});
afterAll(async () => {
  await db?.cleanup();
});

describe('heat map counts', () => {
  it('count each stored comment once under its article and stance, without reading comments', async () => {
    const map = (await heatMapOf(db.db, consultationId))!;
    const row = (eId: string) => map.rows.find((r) => r.eId === eId)!;
    expect(row('chp_1__art_2').counts.oppose).toBe(2);
    expect(row('chp_1__art_3').counts.amend).toBe(1);
    expect(row('').counts.support).toBe(1);
    expect(map.max).toBe(2);
    // The kept rows add up to exactly the comments stored.
    const kept = await db.db.select().from(schema.clauseStanceCounts).where(eq(schema.clauseStanceCounts.consultationId, consultationId));
    expect(kept.reduce((n, k) => n + k.count, 0)).toBe(4);
  });

  it('returns null for an unknown consultation', async () => {
    expect(await heatMapOf(db.db, 999_999)).toBeNull();
  });

  it('a heat map link (consultation + article) lists the article and its paragraphs, nothing else', async () => {
    const rows = await listIncoming(db.db, { limit: 10, filter: { consultation: consultationId, clause: 'chp_1__art_2' } });
    expect(rows.map((r) => r.clauseEId).sort()).toEqual(['chp_1__art_2', 'chp_1__art_2__para_1']);
    expect(await listIncoming(db.db, { limit: 10, filter: { consultation: otherConsultationId, clause: 'chp_1__art_2' } })).toHaveLength(0);
    expect(await listIncoming(db.db, { limit: 10, filter: { clause: 'chp_1__art_2__para_1' } })).toHaveLength(1);
  });
});
