import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { schema } from '../../../src/lib/db/index.ts';
import {
  csvStream,
  exportExtent,
  exportPages,
  xlsxStream,
} from '../../../src/lib/export/staff-comments.ts';
import { seededDatabase, type TestDb } from '../../helpers/db.ts';

let db: TestDb;
let consultationId: number;
const N = 1234;

beforeAll(async () => {
  db = await seededDatabase();
  const [c] = await db.db
    .select()
    .from(schema.consultations)
    .where(eq(schema.consultations.slug, 'first-reading'));
  consultationId = c!.id;
  const rows = Array.from({ length: N }, (_, i) => ({
    receiptCode: `EXPT-${String(i).padStart(6, '0')}`,
    idempotencyKey: `export-test-key-${i}`,
    consultationId,
    stance: i % 3 === 0 ? 'oppose' : 'support',
    body: `意见 ${i}，电话 13800138000`,
    publicBody: `意见 ${i}，电话 138****8000`,
    category: 'individual',
    contact: i === 0 ? 'someone@example.org' : null,
    consentPublish: true,
    addressHash: `hash-${i}`,
  }));
  for (let i = 0; i < rows.length; i += 400)
    await db.db.insert(schema.comments).values(rows.slice(i, i + 400));
});
afterAll(async () => {
  await db?.cleanup();
});

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('the staff export of comments', () => {
  it('streams exactly as many CSV rows as the database holds, with contact details only for those allowed', async () => {
    const extent = await exportExtent(db.db, { consultationId });
    expect(extent.count).toBe(N);
    const withContact = parse(
      await text(csvStream(exportPages(db.db, { consultationId }, extent.lastId, 100), true)),
      { bom: true },
    );
    expect(withContact).toHaveLength(N + 1);
    expect(withContact[0]).toContain('联系方式 contact');
    expect(withContact[1]).toContain('someone@example.org');
    expect(withContact[1]).toContain('意见 0，电话 13800138000');
    const without = await text(
      csvStream(exportPages(db.db, { consultationId }, extent.lastId, 100), false),
    );
    expect(without).not.toContain('someone@example.org');
    expect(without).not.toContain('13800138000');
    expect(without).not.toContain('hash-0');
    expect(parse(without, { bom: true })).toHaveLength(N + 1);
  });

  it("gives the time received in the site's time zone, as the receipt shows it, and names the zone", async () => {
    const extent = await exportExtent(db.db, { consultationId });
    const rows = parse(
      await text(
        csvStream(
          exportPages(db.db, { consultationId }, extent.lastId, 100),
          false,
          'Asia/Shanghai',
        ),
      ),
      { bom: true },
    );
    const column = rows[0]!.indexOf('收到时间 received (Asia/Shanghai)');
    expect(column).toBeGreaterThanOrEqual(0);
    const [stored] = await db.db
      .select({ at: schema.comments.createdAt })
      .from(schema.comments)
      .where(eq(schema.comments.receiptCode, rows[1]![1]!));
    const local = new Date(stored!.at.getTime() + 8 * 3600 * 1000).toISOString();
    expect(rows[1]![column]).toBe(`${local.slice(0, 10)} ${local.slice(11, 19)}`);
  });

  it('counts a filtered export exactly and leaves out rows that arrive after it started', async () => {
    const filter = { consultationId, stance: 'oppose' };
    const extent = await exportExtent(db.db, filter);
    expect(extent.count).toBe(Math.ceil(N / 3));
    await db.db.insert(schema.comments).values({
      receiptCode: 'EXPT-LATE',
      idempotencyKey: 'export-test-key-late',
      consultationId,
      stance: 'oppose',
      body: '迟到',
      publicBody: '迟到',
      category: 'individual',
      consentPublish: true,
    });
    const rows = parse(
      await text(csvStream(exportPages(db.db, filter, extent.lastId, 50), false)),
      { bom: true },
    );
    expect(rows).toHaveLength(extent.count + 1);
    expect(rows.every((r, i) => i === 0 || r[5] === 'oppose')).toBe(true);
  });

  it('streams the same rows as XLSX', async () => {
    const extent = await exportExtent(db.db, { consultationId, stance: 'support' });
    const bytes = new Uint8Array(
      await new Response(
        xlsxStream(
          exportPages(db.db, { consultationId, stance: 'support' }, extent.lastId, 100),
          false,
          '意见',
        ),
      ).arrayBuffer(),
    );
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.actualRowCount).toBe(extent.count + 1);
    expect(sheet.getRow(1).values).not.toContain('联系方式 contact');
    expect(sheet.getRow(2).getCell(9).text).toMatch(/^意见 \d+，电话 138\*\*\*\*8000$/);
  });
});
