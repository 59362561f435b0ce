/**
 * The feedback report's people and proposals are kept by the fold (src/lib/report/people-kept.ts):
 * they equal the documented rule over the comments (src/lib/report/people.ts) after intake, keep
 * no contact details, and follow the retention purge.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitComment } from '../../../src/lib/comments/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { foldPendingComments } from '../../../src/lib/intake/index.ts';
import { purgePersonalData } from '../../../src/lib/participation/retention.ts';
import { PROPOSAL_MARK } from '../../../src/lib/participation/proposal.ts';
import { personKey } from '../../../src/lib/report/people.ts';
import { keptCountMismatches } from '../../../src/lib/seed/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId = 0;
// Two spellings of one telephone number, an e-mail in two cases, two comments without contact
// details, and a project proposal from a third person.
const CONTACTS = [
  '138-1234-5678',
  '+86 138 1234 5678',
  'Li@Example.org',
  'li@example.org',
  null,
  null,
  '13900000000',
];

beforeAll(async () => {
  db = await seededDatabase();
  const versions = await db.db.select().from(schema.versions);
  const consultations = await db.db.select().from(schema.consultations);
  const draft = consultations.find((c) => c.slug === 'draft')!;
  consultationId = draft.id;
  for (const [i, contact] of CONTACTS.entries()) {
    const r = await submitComment(db.db, {
      raw: {
        stance: 'support',
        body: i === CONTACTS.length - 1 ? `${PROPOSAL_MARK.zh}养老助餐` : `人数测试 ${i}`,
        contact: contact ?? '',
        consentPublish: 'on',
        idempotencyKey: `people-kept-key-${i}-0000`,
      },
      version: { id: versions.find((v) => v.slug === 'draft')!.id },
      consultations,
      now: new Date('2026-03-15T00:00:00Z'),
      addressHash: 'one-office-gateway',
      commentsPerHour: 100,
    });
    if (!r.ok) throw new Error(r.reason);
  }
  await foldPendingComments(db.db);
});
afterAll(async () => {
  await db?.cleanup();
});

const kept = async () => {
  const [row] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.id, consultationId));
  return row!;
};

describe('the report people kept by the fold', () => {
  it('counts people by the documented rule, proposals by their mark, and keeps no contact', async () => {
    const rows = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, consultationId));
    const byRule = new Set(rows.map((c) => personKey(c.contact, c.receiptCode))).size;
    const k = await kept();
    expect(byRule).toBe(5);
    expect(k.contactPeople + k.anonymousCount).toBe(byRule);
    expect(k.anonymousCount).toBe(2);
    expect(k.proposalCount).toBe(1);
    const people = await db.db
      .select()
      .from(schema.consultationPeople)
      .where(eq(schema.consultationPeople.consultationId, consultationId));
    expect(people.map((p) => p.comments).sort()).toEqual([1, 2, 2]);
    for (const p of people) {
      expect(p.person).toMatch(/^[0-9a-f]{32}$/);
      expect(p.person).not.toContain('138');
    }
    expect(await keptCountMismatches(db.db)).toEqual([]);
  });

  it('counts each comment as a person of its own once the purge erased the contacts', async () => {
    await purgePersonalData(db.db, new Date('2028-05-01T00:00:00Z'));
    const k = await kept();
    expect(k.contactPeople).toBe(0);
    expect(k.anonymousCount).toBe(CONTACTS.length);
    expect(k.proposalCount).toBe(1);
    const left = await db.db
      .select()
      .from(schema.consultationPeople)
      .where(eq(schema.consultationPeople.consultationId, consultationId));
    expect(left).toEqual([]);
    // The participant count is kept past the purge on purpose (retention.test.ts); ours must agree.
    const ours = (await keptCountMismatches(db.db)).filter((m) =>
      ['consultations.people', 'consultations.proposal_count'].includes(m.what),
    );
    expect(ours).toEqual([]);
  });
});
