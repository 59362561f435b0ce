/**
 * Streaming the staff export of a consultation's comments, in constant memory: keyset pages
 * of rows (never the whole result), written out as CSV or as XLSX through exceljs's streaming
 * WorkbookWriter. The set is fixed when the export starts (ids up to the highest one then), so
 * the file holds exactly the rows the database held for the filter at that moment.
 */
import { PassThrough, Readable } from 'node:stream';
import { and, asc, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, commentAttachments, comments } from '../db/schema.ts';
import { BOM, csvLine } from './csv.ts';
import { exportColumns, type StaffExportRow } from './staff-columns.ts';

export interface StaffExportFilter {
  consultationId: number;
  stance?: string | null;
  channel?: string | null;
  status?: string | null;
}

const PAGE = 500;

function conditions(f: StaffExportFilter): SQL[] {
  return [
    eq(comments.consultationId, f.consultationId),
    ...(f.stance ? [eq(comments.stance, f.stance)] : []),
    ...(f.channel ? [eq(comments.channel, f.channel)] : []),
    ...(f.status ? [eq(comments.status, f.status)] : []),
  ];
}

/** How many rows the export will hold, and the highest id it will include. */
export async function exportExtent(db: Db, filter: StaffExportFilter): Promise<{ count: number; lastId: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, lastId: sql<number>`coalesce(max(${comments.id}), 0)::bigint` })
    .from(comments)
    .where(and(...conditions(filter)));
  return { count: Number(row?.count ?? 0), lastId: Number(row?.lastId ?? 0) };
}

/** The rows, page by page in id order, up to `lastId`. */
export async function* exportPages(db: Db, filter: StaffExportFilter, lastId: number, pageSize = PAGE): AsyncGenerator<StaffExportRow[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select({
        id: comments.id,
        receiptCode: comments.receiptCode,
        createdAt: comments.createdAt,
        channel: comments.channel,
        status: comments.status,
        stance: comments.stance,
        clauseEId: comments.clauseEId,
        clauseLabel: clauses.label,
        body: comments.body,
        publicBody: comments.publicBody,
        suggestedWording: comments.suggestedWording,
        displayName: comments.displayName,
        publicSuggestedWording: comments.publicSuggestedWording,
        publicDisplayName: comments.publicDisplayName,
        category: comments.category,
        district: comments.district,
        contact: comments.contact,
        consentPublish: comments.consentPublish,
        source: comments.source,
        disposition: comments.disposition,
        dispositionReason: comments.dispositionReason,
        reply: comments.reply,
        repliedAt: comments.repliedAt,
        attachments: sql<number>`(select count(*)::int from ${commentAttachments} where ${commentAttachments.commentId} = ${comments.id})`,
      })
      .from(comments)
      .leftJoin(clauses, eq(clauses.id, comments.clauseId))
      .where(and(...conditions(filter), gt(comments.id, after), lte(comments.id, lastId)))
      .orderBy(asc(comments.id))
      .limit(pageSize);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    after = rows.at(-1)!.id;
  }
}

export function csvStream(pages: AsyncIterable<StaffExportRow[]>, personalData: boolean): ReadableStream<Uint8Array> {
  const columns = exportColumns(personalData);
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(columns.map((c) => c.header))));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((r) => csvLine(columns.map((c) => c.value(r)))).join('')));
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
}

/** XLSX, written row by row (committed rows leave memory) with inline strings and no styles. */
export function xlsxStream(pages: AsyncIterable<StaffExportRow[]>, personalData: boolean, sheetName: string): ReadableStream<Uint8Array> {
  const columns = exportColumns(personalData);
  const out = new PassThrough();
  void (async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
    sheet.addRow(columns.map((c) => c.header)).commit();
    for await (const page of pages) {
      for (const r of page) sheet.addRow(columns.map((c) => c.value(r) ?? '')).commit();
      // Wait for the reader before fetching the next page, so a slow download holds one page.
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
