/**
 * Reading an uploaded CSV or XLSX file into a table of strings. CSV may be UTF-8 (with or
 * without BOM) or GB18030, which is what Excel writes on Chinese Windows; XLSX is read from
 * its first worksheet.
 */
import { parse } from 'csv-parse/sync';
import { dayOfDateOnly } from '../time/index.ts';
import type { ImportProblem } from './prepare.ts';

export const MAX_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; table: string[][] } | { ok: false; problem: ImportProblem };

const fileProblem = (code: string, zh: string, en: string): ReadOutcome => ({ ok: false, problem: { row: 0, column: null, code, message: { zh, en } } });

export function formatOf(filename: string): 'csv' | 'xlsx' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

export async function readTable(bytes: Uint8Array, filename: string): Promise<ReadOutcome> {
  if (bytes.byteLength === 0) return fileProblem('file-empty', '没有收到文件，或文件是空的。请选择要导入的文件。', 'No file arrived, or it is empty; choose the file to import.');
  if (bytes.byteLength > MAX_BYTES) {
    return fileProblem('file-too-large', `文件超过 ${MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入。`, `The file is larger than ${MAX_BYTES / 1024 / 1024} MB; split it into several files.`);
  }
  const format = formatOf(filename);
  if (format === 'csv') return readCsv(bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  return fileProblem('file-type', '只能导入 CSV 或 XLSX 文件（可下载模板）。', 'Only CSV or XLSX files can be imported (download the template).');
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on Chinese Windows saves "CSV" in GB18030 (a superset of GBK).
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): ReadOutcome {
  try {
    const rows = parse(decode(bytes).replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    return { ok: true, table: rows };
  } catch (error) {
    return fileProblem('csv-malformed', `CSV 文件格式有误：${(error as Error).message}`, `The CSV file is malformed: ${(error as Error).message}`);
  }
}

async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return fileProblem('xlsx-malformed', 'XLSX 文件无法打开，请用 Excel 或 WPS 重新保存为 .xlsx 后再试。', 'The XLSX file cannot be opened; save it again as .xlsx in Excel or WPS and retry.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileProblem('xlsx-empty', 'XLSX 文件中没有工作表。', 'The XLSX file has no worksheet.');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(cellText(row.getCell(i).value));
    table[number - 1] = cells;
  });
  return { ok: true, table: Array.from(table, (r) => r ?? []) };
}

/** The text of an exceljs cell value: dates as `YYYY-MM-DD`, rich text joined, formulas as their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayOfDateOnly(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    return '';
  }
  return String(value);
}
