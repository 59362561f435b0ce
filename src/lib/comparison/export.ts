/**
 * The comparison table (修改前后对照表) as the files committee staff circulate: an Excel
 * workbook (exceljs) and a Word document (docx), three columns each: original text, revised
 * text, explanation. Deleted words are struck through on the left, inserted words underlined
 * and bold on the right, as in the printed tables.
 *
 * Each library is imported by the function that writes its format, on its first call: exceljs
 * takes about 370 ms to load and docx about 80 ms, and a static import of both made the first
 * compare.docx of a process wait for exceljs too (session 27 in the README).
 */
import type { TextRun as TextRunType } from 'docx';
import type { CellRichTextValue } from 'exceljs';
import { translator } from '../i18n/index.ts';
import type { DiffPart } from './diff-text.ts';
import type { ReadingCell } from './paths.ts';
import { describeCorrespondence, type ComparisonRow } from './view.ts';

export interface TableMeta {
  title: string;
  fromLabel: string;
  toLabel: string;
  language: 'zh' | 'en';
  notes: Map<string, string>;
}

/** The files are documents of the regulation: written in its language, whatever the reader's. */
const headings = (meta: Pick<TableMeta, 'language' | 'fromLabel' | 'toLabel'>) => {
  const t = translator(meta.language);
  return [
    t('common.withParenthesis', { text: t('comparePage.originalText'), aside: meta.fromLabel }),
    t('common.withParenthesis', { text: t('comparePage.revisedText'), aside: meta.toLabel }),
    t('comparePage.explanationChange'),
  ];
};

/** The table's title line: the regulation, then which reading against which. */
const titleLine = (meta: Pick<TableMeta, 'language' | 'title' | 'fromLabel' | 'toLabel'>) =>
  translator(meta.language)('common.withParenthesis', {
    text: meta.title,
    aside: `${meta.fromLabel} → ${meta.toLabel}`,
  });

/** Article labels in bold before a cell's text, joined in the regulation's language. */
const labelText = (labels: readonly string[], language: TableMeta['language']) =>
  `${labels.join(translator(language)('common.listSep'))} `;

function sideRuns(parts: readonly DiffPart[], side: 'old' | 'new') {
  return parts.filter(
    (p) => p.op === 'equal' || (side === 'old' ? p.op === 'delete' : p.op === 'insert'),
  );
}

/**
 * The explanation column: the staff's note, else the correspondence a drafter writes there
 * ("由第六条、第九条合并而成"), then which paragraph went where, one per line (#16); else the
 * kind of change (修改, 新增, 删除), as the comparison table on the page writes it.
 */
export function explanation(
  row: ComparisonRow,
  meta: Pick<TableMeta, 'notes' | 'language'>,
): string {
  const note = meta.notes.get(row.key);
  if (note !== undefined) return note;
  const t = translator(meta.language);
  if (!row.correspondence)
    return row.change.type === 'unchanged' ? '' : t(`comparePage.type.${row.change.type}`);
  const sep = t('common.listSep');
  const moves = row.paragraphs
    .filter((p) => p.from.length > 0 && p.to.length > 0)
    .map((p) =>
      t('align.paragraphMap', { from: p.oldLabels.join(sep), to: p.newLabels.join(sep) }),
    );
  return [describeCorrespondence(row.correspondence, t, sep), ...moves].join('\n');
}

export async function comparisonXlsx(
  rows: readonly ComparisonRow[],
  meta: TableMeta,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(translator(meta.language)('compareExport.sheet'));
  sheet.columns = [{ width: 60 }, { width: 60 }, { width: 40 }];
  sheet.addRow([titleLine(meta)]).font = {
    bold: true,
    size: 14,
  };
  sheet.mergeCells(1, 1, 1, 3);
  const head = sheet.addRow(headings(meta));
  head.font = { bold: true };
  for (const row of rows) {
    const cell = (labels: string[], parts: DiffPart[]): CellRichTextValue => ({
      richText: [
        ...(labels.length
          ? [{ text: labelText(labels, meta.language), font: { bold: true } }]
          : []),
        ...parts.map((p) => ({
          text: p.text,
          font:
            p.op === 'delete'
              ? { strike: true }
              : p.op === 'insert'
                ? { underline: true, bold: true }
                : {},
        })),
      ],
    });
    const r = sheet.addRow([
      cell(row.oldLabels, sideRuns(row.parts, 'old')),
      cell(row.newLabels, sideRuns(row.parts, 'new')),
      explanation(row, meta),
    ]);
    r.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The readings table (各稿对照表) as an Excel workbook: one column per reading, one row per
 * article's path, as on the page: labels in bold, then what happened on the way into the
 * reading, then the text with the words new in that reading underlined and bold.
 */
export async function readingsXlsx(
  readings: readonly string[],
  rows: readonly ReadingCell[][],
  meta: Pick<TableMeta, 'title' | 'language'>,
): Promise<Buffer> {
  const t = translator(meta.language);
  const sep = t('common.listSep');
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('align.readings.sheet'));
  sheet.columns = readings.map(() => ({ width: 50 }));
  sheet.addRow([t('align.readings.caption', { title: meta.title })]).font = {
    bold: true,
    size: 14,
  };
  sheet.mergeCells(1, 1, 1, Math.max(1, readings.length));
  sheet.addRow([...readings]).font = { bold: true };
  for (const row of rows) {
    const r = sheet.addRow(
      row.map((cell): CellRichTextValue => {
        const head = cell.labels.length ? cell.labels.join(sep) : t('align.readings.none');
        const step =
          cell.step && cell.step !== 'unchanged'
            ? t('common.withParenthesis', { text: '', aside: t(`comparePage.type.${cell.step}`) })
            : '';
        return {
          richText: [
            { text: `${head}${step} `, font: { bold: true } },
            ...sideRuns(cell.parts, 'new').map((p) => ({
              text: p.text,
              font: p.op === 'insert' ? { underline: true, bold: true } : {},
            })),
          ],
        };
      }),
    );
    r.alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function comparisonDocx(
  rows: readonly ComparisonRow[],
  meta: TableMeta,
): Promise<Buffer> {
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    Packer,
    PageOrientation,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx');
  const runs = (labels: string[], parts: DiffPart[]) => [
    ...(labels.length ? [new TextRun({ text: labelText(labels, meta.language), bold: true })] : []),
    ...parts.map((p) =>
      p.op === 'insert'
        ? new TextRun({ text: p.text, underline: {}, bold: true })
        : new TextRun({ text: p.text, strike: p.op === 'delete' }),
    ),
  ];
  const cell = (children: TextRunType[]) =>
    new TableCell({
      children: [new Paragraph({ children })],
      width: { size: 33, type: WidthType.PERCENTAGE },
    });
  const header = new TableRow({
    tableHeader: true,
    children: headings(meta).map((t) => cell([new TextRun({ text: t, bold: true })])),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(runs(row.oldLabels, sideRuns(row.parts, 'old'))),
          cell(runs(row.newLabels, sideRuns(row.parts, 'new'))),
          cell(
            explanation(row, meta)
              .split('\n')
              .map((line, k) => new TextRun({ text: line, ...(k > 0 ? { break: 1 } : {}) })),
          ),
        ],
      }),
  );
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun(translator(meta.language)('compareExport.title', { title: meta.title })),
            ],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun(`${meta.fromLabel} → ${meta.toLabel}`)],
          }),
          new Table({ rows: [header, ...body], width: { size: 100, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
