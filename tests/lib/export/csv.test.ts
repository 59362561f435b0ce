import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../src/lib/export/csv.ts';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvLine(['a,b', 'say "hi"', '第一行\n第二行', 3, null])).toBe(
      '"a,b","say ""hi""","第一行\n第二行",3,\r\n',
    );
  });
  it('neutralises spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });
});
