/** The import template: the column headings (Chinese) and one example row. */
import { BOM, csvLine } from '../export/csv.ts';
import { COLUMN_HEADERS, COLUMNS } from './columns.ts';

const EXAMPLE: Record<(typeof COLUMNS)[number], string> = {
  body: '建议明确第二条的适用范围包括城中村。',
  clause: '第二条',
  stance: '建议修改',
  channel: '来信',
  date: '2026-11-25',
  place: '东湖街道基层立法联系点',
  participants: '',
  name: '东湖街道居民',
  category: '个人',
  district: '东湖区',
  contact: '',
  consent: '是',
  suggestedWording: '',
};

export function templateCsv(): string {
  return (
    BOM +
    csvLine(COLUMNS.map((c) => COLUMN_HEADERS[c].zh)) +
    csvLine(COLUMNS.map((c) => EXAMPLE[c]))
  );
}

export async function templateXlsx(): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('意见 Opinions');
  sheet.addRow(COLUMNS.map((c) => COLUMN_HEADERS[c].zh));
  sheet.addRow(COLUMNS.map((c) => EXAMPLE[c]));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    col.width = i === 0 ? 50 : 16;
  });
  // Text cells, so that Excel does not turn dates or numbers into something else.
  sheet.getColumn(COLUMNS.indexOf('date') + 1).numFmt = '@';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
