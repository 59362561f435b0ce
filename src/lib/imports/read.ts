/**
 * Reading an uploaded CSV or XLSX file into a table of strings. CSV may be UTF-8 (with or
 * without BOM) or GB18030, which is what Excel writes on Chinese Windows; XLSX is read from
 * its first worksheet under caps on inflated size, rows and columns (./xlsx.ts).
 */
import { parse } from 'csv-parse/sync';
import { MAX_ROWS, type ImportProblem } from './prepare.ts';
import { readFirstSheet, XLSX_LIMITS } from './xlsx.ts';

export const MAX_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; table: string[][] } | { ok: false; problem: ImportProblem };

const fileProblem = (code: string, zh: string, en: string): ReadOutcome => ({
  ok: false,
  problem: { row: 0, column: null, code, message: { zh, en } },
});

export function formatOf(filename: string): 'csv' | 'xlsx' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

export async function readTable(bytes: Uint8Array, filename: string): Promise<ReadOutcome> {
  if (bytes.byteLength === 0)
    return fileProblem(
      'file-empty',
      '没有收到文件，或文件是空的。请选择要导入的文件。',
      'No file arrived, or it is empty; choose the file to import.',
    );
  if (bytes.byteLength > MAX_BYTES) {
    return fileProblem(
      'file-too-large',
      `文件超过 ${MAX_BYTES / 1024 / 1024} MB，请分成几个文件导入。`,
      `The file is larger than ${MAX_BYTES / 1024 / 1024} MB; split it into several files.`,
    );
  }
  const format = formatOf(filename);
  if (format === 'csv') return readCsv(bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  return fileProblem(
    'file-type',
    '只能导入 CSV 或 XLSX 文件（可下载模板）。',
    'Only CSV or XLSX files can be imported (download the template).',
  );
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
    const rows = parse(decode(bytes).replace(/^\uFEFF/, ''), { relax_column_count: true });
    if (
      rows.some(
        (r) =>
          r.length > XLSX_LIMITS.maxColumns &&
          r.slice(XLSX_LIMITS.maxColumns).some((c) => c.trim() !== ''),
      )
    )
      return tooManyColumns();
    return { ok: true, table: rows };
  } catch (error) {
    return fileProblem(
      'csv-malformed',
      `CSV 文件格式有误：${(error as Error).message}`,
      `The CSV file is malformed: ${(error as Error).message}`,
    );
  }
}

function readXlsx(bytes: Uint8Array): ReadOutcome {
  const sheet = readFirstSheet(bytes, MAX_ROWS + 1);
  if (sheet.ok) return sheet;
  switch (sheet.reason) {
    case 'too-large':
    case 'ratio':
      return fileProblem(
        'xlsx-too-large',
        `XLSX 文件解压后超过 ${XLSX_LIMITS.maxTotalBytes / 1024 / 1024} MB（或压缩比异常），未导入任何内容。请分成几个文件，或另存为 CSV 后导入。`,
        `The XLSX file inflates to more than ${XLSX_LIMITS.maxTotalBytes / 1024 / 1024} MB (or is compressed suspiciously well); nothing was imported. Split it into several files, or save it as CSV.`,
      );
    case 'too-many-rows':
      return fileProblem(
        'too-many-rows',
        `一次最多导入 ${MAX_ROWS} 条，本文件超过此数（或有第 ${XLSX_LIMITS.maxRowNumber} 行以后的内容），请分成几个文件。`,
        `At most ${MAX_ROWS} rows can be imported at once; this file has more (or content past row ${XLSX_LIMITS.maxRowNumber}). Split it into several files.`,
      );
    case 'too-many-columns':
      return tooManyColumns();
    case 'no-sheet':
      return fileProblem(
        'xlsx-empty',
        'XLSX 文件中没有工作表。',
        'The XLSX file has no worksheet.',
      );
    default:
      return fileProblem(
        'xlsx-malformed',
        'XLSX 文件无法打开，请用 Excel 或 WPS 重新保存为 .xlsx 后再试。',
        'The XLSX file cannot be opened; save it again as .xlsx in Excel or WPS and retry.',
      );
  }
}

const tooManyColumns = () =>
  fileProblem(
    'too-many-columns',
    `表格有超过 ${XLSX_LIMITS.maxColumns} 列的内容，请使用模板中的列。`,
    `The file has content in more than ${XLSX_LIMITS.maxColumns} columns; use the columns of the template.`,
  );
