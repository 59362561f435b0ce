import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { schema } from '../../../src/lib/db/index.ts';
import {
  findImportTarget,
  importComments,
  readTable,
  templateCsv,
  templateXlsx,
  type ImportTarget,
} from '../../../src/lib/imports/index.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let target: ImportTarget;
const now = new Date('2026-12-02T04:00:00Z');
const encode = (s: string) => new TextEncoder().encode(s);
const CSV =
  '意见内容,条款,态度,渠道,收集日期\n建议第二条包括城中村。,第二条,建议修改,来信,2026-11-20\n"第一条写得好,赞成。",第一条,赞成,座谈会,2026-11-21\n';

beforeAll(async () => {
  db = await seededDatabase();
  target = (await findImportTarget(db.db, 'sample/first-reading'))!;
});
afterAll(async () => {
  await db?.cleanup();
});

const run = (bytes: Uint8Array, filename: string, commit = true) =>
  importComments(db.db, {
    target,
    bytes,
    filename,
    defaultChannel: null,
    now,
    today: '2026-12-02',
    timeZone: 'Asia/Shanghai',
    actor: null,
    commit,
    keySecret: 'test-secret',
  });
const count = async () =>
  (
    await db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, target.id))
  )[0]!.n;

describe('importing opinions', () => {
  it('previews without storing anything', async () => {
    const out = await run(encode(CSV), 'letters.csv', false);
    expect(out).toMatchObject({ ok: true, committed: false });
    expect(await count()).toBe(0);
  });

  it('stores each row with its channel, source and a receipt, audited, and nothing twice on re-import', async () => {
    const first = await run(encode(CSV), 'letters.csv');
    if (!first.ok || !first.committed) throw new Error(JSON.stringify(first));
    expect(first.stored).toBe(2);
    expect(first.receipts.map((r) => r.row)).toEqual([2, 3]);
    const rows = await db.db
      .select()
      .from(schema.comments)
      .where(eq(schema.comments.consultationId, target.id))
      .orderBy(schema.comments.id);
    expect(rows.map((r) => [r.channel, r.clauseEId, r.source?.date, r.receiptCode])).toEqual([
      ['letter', 'chp_1__art_2', '2026-11-20', first.receipts[0]!.receiptCode],
      ['meeting', 'chp_1__art_1', '2026-11-21', first.receipts[1]!.receiptCode],
    ]);
    const again = await run(encode(CSV), 'letters-copy.csv');
    if (!again.ok || !again.committed) throw new Error(JSON.stringify(again));
    expect(again.stored).toBe(0);
    expect(again.receipts.map((r) => r.receiptCode)).toEqual(
      first.receipts.map((r) => r.receiptCode),
    );
    expect(await count()).toBe(2);
    const [consultation] = await db.db
      .select()
      .from(schema.consultations)
      .where(eq(schema.consultations.id, target.id));
    expect(consultation!.commentCount).toBe(2);
    const audit = await db.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'comments.import'));
    expect(audit.map((a) => a.detail)).toMatchObject([
      { file: 'letters.csv', rows: 2, stored: 2, duplicates: 0 },
      { file: 'letters-copy.csv', rows: 2, stored: 0, duplicates: 2 },
    ]);
  });

  it('stores nothing at all when one row has a problem', async () => {
    const before = await count();
    const out = await run(
      encode(
        `${CSV}新的意见,第二条,赞成,来信,2026-11-22\n坏的一行,第八十条,赞成,来信,2026-11-22\n`,
      ),
      'bad.csv',
    );
    expect(out).toMatchObject({ ok: false, reason: 'problems', total: 4 });
    expect(await count()).toBe(before);
  });

  it('reads a GB18030 CSV as Excel on Chinese Windows writes it', async () => {
    // "意见内容,态度,收集日期,渠道\n好,赞成,2026-11-20,来信" in GB18030.
    const gbk = Buffer.from(
      'd2e2bcfbc4dac8dd2cccacb6c82ccad5bcafc8d5c6da2cc7feb5c00abac32cd4deb3c92c323032362d31312d32302cc0b4d0c5',
      'hex',
    );
    const read = await readTable(gbk, 'gbk.csv');
    expect(read.ok && read.table[1]).toEqual(['好', '赞成', '2026-11-20', '来信']);
  });

  it('imports the XLSX template as it is downloaded', async () => {
    const out = await run(await templateXlsx(), 'template.xlsx', false);
    expect(out).toMatchObject({
      ok: true,
      committed: false,
      rows: [{ row: 2, channel: 'letter', value: { clauseEId: 'chp_1__art_2', stance: 'amend' } }],
    });
    const csv = await run(encode(templateCsv()), 'template.csv', false);
    expect(csv).toMatchObject({ ok: true, committed: false });
  });

  it('refuses files that are not CSV or XLSX, or too large', async () => {
    expect(await run(encode('x'), 'letters.docx', false)).toMatchObject({
      ok: false,
      problems: [{ code: 'file-type' }],
    });
    expect(await run(new Uint8Array(3 * 1024 * 1024), 'big.csv', false)).toMatchObject({
      ok: false,
      problems: [{ code: 'file-too-large' }],
    });
    expect(await run(encode('not a zip'), 'broken.xlsx', false)).toMatchObject({
      ok: false,
      problems: [{ code: 'xlsx-malformed' }],
    });
  });
});
