/**
 * Streaming the staff export of a consultation's comments, in constant memory: keyset pages
 * of rows (never the whole result), written out as CSV or as XLSX through exceljs's streaming
 * WorkbookWriter. The set is fixed when the export starts (ids up to the highest one then), so
 * the file holds exactly the rows the database held for the filter at that moment.
 */
import { and, asc, eq, gt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { clauses, commentAttachments, comments } from '../db/schema.ts';
import { csvTable, xlsxTable, type TableCell } from './table-stream.ts';
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
export async function exportExtent(
  db: Db,
  filter: StaffExportFilter,
): Promise<{ count: number; lastId: number }> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      lastId: sql<number>`coalesce(max(${comments.id}), 0)::bigint`,
    })
    .from(comments)
    .where(and(...conditions(filter)));
  return { count: Number(row?.count ?? 0), lastId: Number(row?.lastId ?? 0) };
}

/** The rows, page by page in id order, up to `lastId`. */
export async function* exportPages(
  db: Db,
  filter: StaffExportFilter,
  lastId: number,
  pageSize = PAGE,
): AsyncGenerator<StaffExportRow[]> {
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

export function csvStream(
  pages: AsyncIterable<StaffExportRow[]>,
  personalData: boolean,
  timeZone?: string,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(personalData, timeZone);
  return csvTable(
    columns.map((c) => c.header),
    asCells(pages, columns),
  );
}

/** XLSX, written row by row (committed rows leave memory) with inline strings and no styles. */
export function xlsxStream(
  pages: AsyncIterable<StaffExportRow[]>,
  personalData: boolean,
  sheetName: string,
  timeZone?: string,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(personalData, timeZone);
  return xlsxTable(
    columns.map((c) => c.header),
    asCells(pages, columns),
    sheetName,
  );
}

async function* asCells(
  pages: AsyncIterable<StaffExportRow[]>,
  columns: ReturnType<typeof exportColumns>,
): AsyncGenerator<TableCell[][]> {
  for await (const page of pages) yield page.map((r) => columns.map((c) => c.value(r)));
}
