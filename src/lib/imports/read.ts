/**
 * Reading an uploaded CSV or XLSX file into a table of strings. CSV may be UTF-8 (with or
 * without BOM) or GB18030, which is what Excel writes on Chinese Windows; XLSX is read from
 * its first worksheet under caps on inflated size, rows and columns (./xlsx.ts).
 */
import { parse } from 'csv-parse/sync';
import type { Message } from '../i18n/index.ts';
import { MAX_ROWS, type ImportProblem } from './prepare.ts';
import { readFirstSheet, XLSX_LIMITS } from './xlsx.ts';

export const MAX_BYTES = 2 * 1024 * 1024;

export type ReadOutcome = { ok: true; table: string[][] } | { ok: false; problem: ImportProblem };

const fileProblem = (code: string, message: Message): ReadOutcome => ({
  ok: false,
  problem: { row: 0, column: null, code, message },
});

export function formatOf(filename: string): 'csv' | 'xlsx' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

export async function readTable(bytes: Uint8Array, filename: string): Promise<ReadOutcome> {
  if (bytes.byteLength === 0) return fileProblem('file-empty', { key: 'importProblem.fileEmpty' });
  if (bytes.byteLength > MAX_BYTES) {
    return fileProblem('file-too-large', {
      key: 'importProblem.fileTooLarge',
      vars: { mb: MAX_BYTES / 1024 / 1024 },
    });
  }
  const format = formatOf(filename);
  if (format === 'csv') return readCsv(bytes);
  if (format === 'xlsx') return readXlsx(bytes);
  return fileProblem('file-type', { key: 'importProblem.fileType' });
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
    return fileProblem('csv-malformed', {
      key: 'importProblem.csvMalformed',
      vars: { detail: (error as Error).message },
    });
  }
}

function readXlsx(bytes: Uint8Array): ReadOutcome {
  const sheet = readFirstSheet(bytes, MAX_ROWS + 1);
  if (sheet.ok) return sheet;
  switch (sheet.reason) {
    case 'too-large':
    case 'ratio':
      return fileProblem('xlsx-too-large', {
        key: 'importProblem.xlsxTooLarge',
        vars: { mb: XLSX_LIMITS.maxTotalBytes / 1024 / 1024 },
      });
    case 'too-many-rows':
      return fileProblem('too-many-rows', {
        key: 'importProblem.xlsxTooManyRows',
        vars: { max: MAX_ROWS, lastRow: XLSX_LIMITS.maxRowNumber },
      });
    case 'too-many-columns':
      return tooManyColumns();
    case 'no-sheet':
      return fileProblem('xlsx-empty', { key: 'importProblem.xlsxEmpty' });
    default:
      return fileProblem('xlsx-malformed', { key: 'importProblem.xlsxMalformed' });
  }
}

const tooManyColumns = () =>
  fileProblem('too-many-columns', {
    key: 'importProblem.tooManyColumns',
    vars: { max: XLSX_LIMITS.maxColumns },
  });
