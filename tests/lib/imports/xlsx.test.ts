import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/lib/imports/index.ts';
import { readFirstSheet, XLSX_LIMITS } from '../../../src/lib/imports/xlsx.ts';
import { inBoth } from '../../../src/lib/i18n/index.ts';
import { deflatedEntry, xlsxBomb, xlsxWith } from '../../helpers/zip.ts';

const sheet = (rows: string) =>
  deflatedEntry(
    'sheet',
    `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  );

describe('reading an XLSX under caps', () => {
  it('refuses a zip bomb by its declared size, before inflating anything', async () => {
    const bomb = await xlsxBomb(200 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const read = await readTable(bomb, 'bomb.xlsx');
    expect(read).toMatchObject({ ok: false, problem: { code: 'xlsx-too-large' } });
    expect(read.ok || inBoth(read.problem.message).zh).toContain('未导入任何内容');
    expect(
      process.memoryUsage().rss - before,
      'nothing near the inflated size was allocated',
    ).toBeLessThan(100 * 1024 * 1024);
  });

  it('stops inflating at the cap when an entry lies about its size', async () => {
    const liar = await xlsxBomb(200 * 1024 * 1024, 1000);
    expect(readFirstSheet(liar, 10)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses an entry compressed far better than any spreadsheet', async () => {
    const dense = await xlsxBomb(XLSX_LIMITS.maxTotalBytes / 2);
    expect(readFirstSheet(dense, 10)).toEqual({ ok: false, reason: 'ratio' });
  });

  it('stops at the row cap and refuses cells far to the right or rows far down', () => {
    const many = Array.from(
      { length: 20 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x${i}</t></is></c></row>`,
    ).join('');
    expect(readFirstSheet(xlsxWith(sheet(many)), 10)).toMatchObject({
      ok: false,
      reason: 'too-many-rows',
      limit: 10,
    });
    expect(
      readFirstSheet(
        xlsxWith(sheet('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')),
        10,
      ),
    ).toMatchObject({ ok: false, reason: 'too-many-columns' });
    expect(
      readFirstSheet(
        xlsxWith(
          sheet('<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'),
        ),
        10,
      ),
    ).toMatchObject({ ok: false, reason: 'too-many-rows' });
  });

  it('reads shared, inline and rich strings, numbers, booleans and dates as exceljs did', () => {
    const strings = deflatedEntry(
      'xl/sharedStrings.xml',
      '<sst><si><t>意见 &amp; 建议</t></si><si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r><rPh><t>ふ</t></rPh></si></sst>',
    );
    const styles = deflatedEntry(
      'xl/styles.xml',
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>',
    );
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="3"><c r="A3"><v>42</v></c><c r="B3" s="1"><v>46351</v></c><c r="C3" s="2"><v>46351</v></c><c r="D3" t="b"><v>1</v></c><c r="E3" t="str"><f>A3&amp;""</f><v>42</v></c><c r="F3" t="e"><v>#N/A</v></c></row>';
    expect(readFirstSheet(xlsxWith(sheet(rows), strings, styles), 10)).toEqual({
      ok: true,
      table: [['意见 & 建议', '', '富文本'], [], ['42', '2026-11-25', '2026-11-25', 'true', '42']],
    });
  });
});
