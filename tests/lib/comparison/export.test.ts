/** compare.docx and compare.xlsx each load only the library of their own format. */
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { comparisonDocx, comparisonXlsx } from '../../../src/lib/comparison/export.ts';

// exceljs takes about 370 ms to load: the Word table must not wait for it.
vi.mock('exceljs', () => {
  throw new Error('exceljs was loaded');
});

const meta = {
  title: '示例条例',
  fromLabel: '征求意见稿',
  toLabel: '一审稿',
  language: 'zh',
  notes: new Map<string, string>(),
} as const;

describe('the comparison files', () => {
  it('writes the Word table without loading exceljs', async () => {
    const zip = await JSZip.loadAsync(await comparisonDocx([], meta));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('征求意见稿');
  });

  it('loads exceljs when a workbook is asked for', async () => {
    const error = await comparisonXlsx([], meta).catch((e: unknown) => e);
    expect(String((error as Error).cause)).toContain('exceljs was loaded');
  });
});
