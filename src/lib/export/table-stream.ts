/**
 * A table (a header and pages of rows) streamed as CSV or as XLSX in constant memory: one page
 * is fetched when the reader wants more, and exceljs's streaming WorkbookWriter commits each
 * row as it goes (inline strings, no styles).
 */
import { PassThrough, Readable } from 'node:stream';
import { BOM, csvLine } from './csv.ts';

export type TableCell = string | number | boolean | null;

export function csvTable(
  header: readonly string[],
  pages: AsyncIterable<TableCell[][]>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(BOM + csvLine(header)));
          return;
        }
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map((r) => csvLine(r)).join('')));
      },
      async cancel() {
        await iterator.return?.(undefined);
      },
    },
    // A page is fetched when the reader asks for it, not ahead of it.
    { highWaterMark: 0 },
  );
}

export function xlsxTable(
  header: readonly string[],
  pages: AsyncIterable<TableCell[][]>,
  sheetName: string,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: false,
    });
    const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
    sheet.addRow([...header]).commit();
    for await (const page of pages) {
      for (const r of page) sheet.addRow(r.map((v) => v ?? '')).commit();
      // Let the event loop turn before the next page: the zip's compressor and the socket run
      // there, and the embedded database answers without ever leaving the microtask queue, so
      // without it the whole file was built before its first byte left (src/lib/web/paced.ts).
      await new Promise((resolve) => setImmediate(resolve));
      // Wait for the reader before fetching the next page, so a slow download holds one page.
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
