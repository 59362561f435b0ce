/**
 * Every public field of a comment (text, suggested wording, quote, author name) goes through
 * one path: masked at intake, redacted by a moderator, and read masked by the public, by
 * receipts, by exports without personal data and by staff whose role does not allow originals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createStaffUser } from '../../../src/lib/auth/index.ts';
import { findByReceipt, listIncoming, submitComment } from '../../../src/lib/comments/index.ts';
import { publicFields } from '../../../src/lib/comments/public-fields.ts';
import {
  backfillPublicFields,
  pendingPublicFields,
} from '../../../src/lib/comments/public-fields-backfill.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { exportColumns, type StaffExportRow } from '../../../src/lib/export/staff-columns.ts';
import { exportExtent, exportPages } from '../../../src/lib/export/staff-comments.ts';
import {
  applyDecision,
  publishedComments,
  redactComment,
} from '../../../src/lib/moderation/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let versionId: number;
let consultationId: number;
let actor: { id: number; username: string; displayName: string; roles: string[] };
const PHONE = '13812345678';
const ID = '110101199003071234';

async function submit(raw: Record<string, string>, key: string) {
  const consultations = await db.db.select().from(schema.consultations);
  const r = await submitComment(db.db, {
    raw: {
      stance: 'amend',
      clause: 'chp_1__art_2',
      consentPublish: 'on',
      idempotencyKey: `${key}-public-fields-key`,
      ...raw,
    },
    version: { id: versionId },
    consultations,
    now: new Date('2026-11-28T00:00:00Z'),
    addressHash: key,
    commentsPerHour: 100,
  });
  if (!r.ok) throw new Error(r.reason);
  const [row] = await db.db
    .select()
    .from(schema.comments)
    .where(eq(schema.comments.receiptCode, r.receiptCode));
  await applyDecision(db.db, actor, [row!.id], { kind: 'publish' });
  return row!;
}

beforeAll(async () => {
  db = await seededDatabase();
  const [v] = await db.db
    .select()
    .from(schema.versions)
    .where(eq(schema.versions.slug, 'first-reading'));
  versionId = v!.id;
  consultationId = (
    await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.versionId, versionId))
  )[0]!.id;
  const user = await createStaffUser(db.db, {
    username: 'mod-pf',
    displayName: '审核员',
    password: 'moderator-password',
    roles: ['moderator'],
  });
  if (!user.ok) throw new Error(user.reason);
  actor = { id: user.id, username: 'mod-pf', displayName: '审核员', roles: ['moderator'] };
});
afterAll(async () => {
  await db?.cleanup();
});

describe('masking every public field', () => {
  it('masks phone and ID numbers in the suggested wording and the author name, as in the text', async () => {
    const row = await submit(
      {
        body: `请联系${PHONE}`,
        suggestedWording: `业主委员会应公布电话${PHONE}和身份证${ID}`,
        displayName: `王五${PHONE}`,
      },
      'mask',
    );
    const [pub] = (await publishedComments(db.db, { versionId, limit: 50 })).filter(
      (c) => c.id === row.id,
    );
    for (const value of [pub!.publicBody, pub!.suggestedWording, pub!.displayName]) {
      expect(value).not.toContain(PHONE);
      expect(value).not.toContain(ID);
    }
    expect(pub!.suggestedWording).toContain('138****5678');
    expect(pub!.displayName).toBe('王五138****5678');
    const receipt = await findByReceipt(db.db, row.receiptCode);
    expect(receipt!.suggestedWording).not.toContain(PHONE);
  });

  it('gives a staff export without personal data masked wording and names, and the originals with it', async () => {
    const { lastId } = await exportExtent(db.db, { consultationId });
    const rows: StaffExportRow[] = [];
    for await (const page of exportPages(db.db, { consultationId }, lastId)) rows.push(...page);
    const cells = (personalData: boolean) =>
      rows.flatMap((r) => exportColumns(personalData).map((c) => String(c.value(r) ?? '')));
    expect(cells(false).join('\n')).not.toContain(PHONE);
    expect(cells(true).join('\n')).toContain(PHONE);
  });
});

describe('redacting every public field', () => {
  it('cuts the passage from the text, the suggested wording and the author name, and counts each', async () => {
    const row = await submit(
      { body: '李四海侵占公共收益', suggestedWording: '李四海应当退还收益', displayName: '李四海' },
      'redact',
    );
    const outcome = await redactComment(db.db, actor, row.id, '李四海', 'personal-data');
    expect(outcome).toMatchObject({ ok: true, occurrences: 3 });
    const [pub] = (await publishedComments(db.db, { versionId, limit: 50 })).filter(
      (c) => c.id === row.id,
    );
    expect(JSON.stringify(pub)).not.toContain('李四海');
    expect(pub).toMatchObject({
      publicBody: '[已删节]侵占公共收益',
      suggestedWording: '[已删节]应当退还收益',
      displayName: '[已删节]',
    });
    const [stored] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, row.id));
    expect(stored).toMatchObject({
      body: '李四海侵占公共收益',
      suggestedWording: '李四海应当退还收益',
      displayName: '李四海',
    });
  });

  it('finds a passage that is only in the author name', async () => {
    const row = await submit({ body: '物业费应当公示', displayName: '赵六' }, 'name-only');
    expect(await redactComment(db.db, actor, row.id, '赵六', 'personal-data')).toMatchObject({
      ok: true,
      occurrences: 1,
    });
    const [pub] = (await publishedComments(db.db, { versionId, limit: 50 })).filter(
      (c) => c.id === row.id,
    );
    expect(pub!.displayName).toBe('[已删节]');
  });
});

describe('staff without the right to personal data', () => {
  it('read the masked and redacted fields, and their search matches only those', async () => {
    const row = await submit(
      { body: `钱七的电话是${PHONE}`, suggestedWording: `改为钱七${PHONE}`, displayName: '钱七' },
      'clerk',
    );
    await redactComment(db.db, actor, row.id, '钱七', 'personal-data');
    const clerk = await listIncoming(db.db, {
      personalData: false,
      limit: 50,
      filter: { consultation: consultationId },
    });
    const seen = clerk.find((r) => r.id === row.id)!;
    expect(JSON.stringify(seen)).not.toContain(PHONE);
    expect(JSON.stringify(seen)).not.toContain('钱七');
    expect(seen.contact).toBeNull();
    expect(
      await listIncoming(db.db, { personalData: false, limit: 50, filter: { text: PHONE } }),
    ).toEqual([]);
    expect(
      await listIncoming(db.db, { personalData: false, limit: 50, filter: { text: '钱七' } }),
    ).toEqual([]);
    expect(
      (
        await listIncoming(db.db, { personalData: false, limit: 50, filter: { text: '的电话是' } })
      ).map((r) => r.id),
    ).toEqual([row.id]);
    // A role that may read personal data finds and reads the originals.
    const advisor = await listIncoming(db.db, {
      personalData: true,
      limit: 50,
      filter: { text: PHONE },
    });
    expect(advisor.map((r) => r.id)).toContain(row.id);
    expect(advisor.find((r) => r.id === row.id)!.body).toContain(PHONE);
  });
});

describe('comments stored before the public fields existed', () => {
  it('get them computed after migration, with their earlier redactions applied', async () => {
    const row = await submit(
      { body: '孙八说的对', suggestedWording: `孙八${PHONE}`, displayName: '孙八' },
      'backfill',
    );
    await db.db
      .insert(schema.commentRedactions)
      .values({ commentId: row.id, passage: '孙八', reason: 'personal-data', redactedByName: 'x' });
    await db.db.execute(
      sql`update comments set public_suggested_wording = null, public_display_name = null where id = ${row.id}`,
    );
    expect(await pendingPublicFields(db.db)).toBe(1);
    expect(await backfillPublicFields(db.db)).toBe(1);
    expect(await pendingPublicFields(db.db)).toBe(0);
    const [stored] = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.id, row.id));
    expect(stored).toMatchObject({
      publicSuggestedWording: '[已删节]138****5678',
      publicDisplayName: '[已删节]',
    });
  });
});

describe('publicFields', () => {
  it('is the same for every field: sanitised, masked, redacted in order', () => {
    expect(
      publicFields(
        {
          body: `李四\u202E海 ${PHONE}`,
          suggestedWording: `李四海 ${PHONE}`,
          quote: '李四海',
          displayName: ` 李四海\n${PHONE} `,
        },
        ['李四海'],
      ),
    ).toEqual({
      publicBody: '[已删节] 138****5678',
      publicSuggestedWording: '[已删节] 138****5678',
      publicQuote: '[已删节]',
      publicDisplayName: '[已删节] 138****5678',
    });
  });
});
