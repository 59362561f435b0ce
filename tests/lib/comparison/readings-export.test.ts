/** The readings table downloads as Excel, one column per reading (#16). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readingsXlsx } from '../../../src/lib/comparison/export.ts';
import type { ReadingCell } from '../../../src/lib/comparison/paths.ts';

const cell = (labels: string[], parts: ReadingCell['parts'], step: ReadingCell['step']) => ({
  labels,
  text: parts.map((p) => p.text).join(''),
  parts,
  step,
});

describe('readingsXlsx', () => {
  it('writes one column per reading, labels in bold, words new in a reading underlined', async () => {
    const rows: ReadingCell[][] = [
      [
        cell(['第三条'], [{ op: 'equal', text: '本条例自公布之日起施行。' }], null),
        cell(
          ['第四条'],
          [
            { op: 'equal', text: '本条例自' },
            { op: 'delete', text: '公布之日' },
            { op: 'insert', text: '2025年1月1日' },
            { op: 'equal', text: '起施行。' },
          ],
          'modified',
        ),
      ],
      [
        cell([], [{ op: 'equal', text: '' }], null),
        cell(['第三条'], [{ op: 'equal', text: '新条文。' }], 'inserted'),
      ],
    ];
    const buffer = await readingsXlsx(['征求意见稿', '一审稿'], rows, {
      title: '示例条例',
      language: 'zh',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('各稿对照表');
    expect(sheet.getRow(2).values).toEqual([undefined, '征求意见稿', '一审稿']);
    const changed = sheet.getCell(3, 2).value as ExcelJS.CellRichTextValue;
    expect(changed.richText.map((r) => r.text).join('')).toBe(
      '第四条（修改） 本条例自2025年1月1日起施行。',
    );
    expect(changed.richText[0]!.font?.bold).toBe(true);
    const inserted = changed.richText.find((r) => r.text === '2025年1月1日')!;
    expect(inserted.font).toMatchObject({ underline: true, bold: true });
    const none = sheet.getCell(4, 1).value as ExcelJS.CellRichTextValue;
    expect(none.richText[0]!.text).toBe('无 ');
  });
});
