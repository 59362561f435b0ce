/** Near-duplicate groups kept at intake, on real form letters stored through storeComment. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeComment } from '../../../src/lib/comments/repository.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { campaignsOf, groupDetail, groupMemberIds, groupNearDuplicates, groupUngrouped, nearGroupsOf } from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

const SAMPLE = 300;
const rows = (
  parse(fs.readFileSync(path.resolve(process.cwd(), '../shared/corpus/regulations-gov-comments--sample-1000.csv')), { columns: true, bom: true }) as {
    document_id: string;
    comment: string;
  }[]
).slice(0, SAMPLE);

let db: TestDb;
let consultationId: number;
const idOf = new Map<string, number>();

beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db.select().from(schema.versions).where(eq(schema.versions.slug, 'first-reading'));
  const [c] = await db.db.select().from(schema.consultations).where(eq(schema.consultations.versionId, v!.id));
  consultationId = c!.id;
  for (const [i, r] of rows.entries()) {
    const stored = await storeComment(db.db, {
      receiptCode: `RC${String(i).padStart(6, '0')}`, idempotencyKey: `groups-test-${i}-key`, consultationId, versionId: v!.id, clauseEId: null,
      stance: 'oppose', body: r.comment, publicBody: r.comment, suggestedWording: null, quote: null, quoteStart: null, quoteEnd: null,
      displayName: null, category: 'individual', district: null, contact: null, consentPublish: true, channel: 'online', addressHash: `g${i}`, enteredBy: null,
    });
    if (!stored.ok) throw new Error(stored.reason);
    const [row] = await db.db.select({ id: schema.comments.id }).from(schema.comments).where(eq(schema.comments.receiptCode, stored.receiptCode));
    idOf.set(r.document_id, row!.id);
  }
}, 120_000);
afterAll(async () => {
  await db?.cleanup();
});

describe('grouping at intake', () => {
  it('puts the same letters together as the batch grouping does', async () => {
    const canon = (gs: { memberIds: (string | number)[] }[]) => gs.map((g) => g.memberIds.map(String).sort().join(',')).sort();
    const batch = groupNearDuplicates(rows.map((r) => ({ id: String(idOf.get(r.document_id)), text: r.comment })));
    const kept = await campaignsOf(db.db, consultationId);
    expect(kept.length).toBeGreaterThan(5);
    expect(canon(kept)).toEqual(canon(batch));
  });

  it('lists groups largest first with their open count, and a group page with every member id', async () => {
    const groups = await nearGroupsOf(db.db, consultationId);
    expect(groups[0]!.size).toBeGreaterThanOrEqual(groups.at(-1)!.size);
    expect(groups[0]!.open).toBe(groups[0]!.size);
    const members = await groupMemberIds(db.db, groups[0]!.groupId);
    expect(members).toHaveLength(groups[0]!.size);
    expect(members[0]).toBe(groups[0]!.groupId);
    const detail = await groupDetail(db.db, groups[0]!.groupId);
    expect(detail).toMatchObject({ consultationId, size: groups[0]!.size });
    expect(detail!.members[0]!.id).toBe(groups[0]!.groupId);
  });

  it('groups comments stored before grouping existed, once', async () => {
    const [first] = await db.db.select({ id: schema.comments.id }).from(schema.comments).where(eq(schema.comments.consultationId, consultationId)).limit(1);
    await db.db.delete(schema.commentGroups).where(eq(schema.commentGroups.commentId, first!.id));
    await db.db.delete(schema.commentBands).where(eq(schema.commentBands.commentId, first!.id));
    expect(await groupUngrouped(db.db, consultationId)).toBe(1);
    expect(await groupUngrouped(db.db, consultationId)).toBe(0);
  });
});
