/**
 * The comparison rows the views and files share: correspondences of merges and splits in
 * words, the paragraph map with its diffs, and what "只显示有变化的条文" leaves out (#16).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  comparisonDocx,
  comparisonXlsx,
  explanation,
  readingsXlsx,
} from '../../../src/lib/comparison/export.ts';
import { buildComparisonView, isTextChange } from '../../../src/lib/comparison/view.ts';
import { readCorpus } from '../../helpers/corpus.ts';
import { doc, zhDraft as zh } from '../../helpers/drafts.ts';

describe('北京市制定地方性法规条例 2017 → 2023: 第六条 and 第九条 merged into 第八条', () => {
  const view = buildComparisonView(
    doc(readCorpus('beijing-zhiding-difangxing-fagui-tiaoli--2017.md')),
    doc(readCorpus('beijing-zhiding-difangxing-fagui-tiaoli--2023.md')),
  );
  const row = view.rows.find((r) => r.newLabels.includes('第八条'))!;

  it('names the predecessors and maps each onto its paragraph', () => {
    expect(row.correspondence).toEqual({
      kind: 'mergedFrom',
      oldLabels: ['第六条', '第九条'],
      newLabels: ['第八条'],
    });
    expect(row.paragraphs.map((p) => [p.oldLabels, p.newLabels, p.type])).toEqual([
      [['第六条'], ['第八条第一款'], 'modified'],
      [['第九条'], ['第八条第二款'], 'unchanged'],
    ]);
    // The paragraph diff shows what changed in 第一款 alone, e.g. 针对性、实效性 → 适用性.
    const first = row.paragraphs[0]!;
    expect(first.parts.some((p) => p.op === 'insert' && p.text.includes('适用'))).toBe(true);
    expect(row.paragraphs[1]!.parts.every((p) => p.op === 'equal')).toBe(true);
  });

  it('writes the correspondence in the explanation column, unless staff wrote a note', () => {
    expect(explanation(row, { notes: new Map(), language: 'zh' })).toBe(
      '由第六条、第九条合并而成\n第六条 → 第八条第一款\n第九条 → 第八条第二款',
    );
    expect(explanation(row, { notes: new Map(), language: 'en' }).split('\n')[0]).toBe(
      'Merged from 第六条, 第九条',
    );
    expect(explanation(row, { notes: new Map([[row.key, '合并']]), language: 'zh' })).toBe('合并');
  });

  it('puts it in compare.xlsx', async () => {
    const buffer = await comparisonXlsx([row], {
      title: '北京市制定地方性法规条例',
      fromLabel: '2017',
      toLabel: '2023',
      language: 'zh',
      notes: new Map(),
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(3).getCell(3).text).toContain('由第六条、第九条合并而成');
  });
});

describe("an English regulation's comparison files", () => {
  // The files are written in the regulation's language, punctuation included: the open-data
  // sample's table had "Original text（Consultation Draft）" and labels joined with 、.
  const view = buildComparisonView(
    doc(readCorpus('beijing-zhiding-difangxing-fagui-tiaoli--2017.md')),
    doc(readCorpus('beijing-zhiding-difangxing-fagui-tiaoli--2023.md')),
  );
  const row = view.rows.find((r) => r.newLabels.includes('第八条'))!;
  const meta = {
    title: 'Open Government Data Regulations',
    fromLabel: 'Consultation Draft',
    toLabel: 'First Reading',
    language: 'en' as const,
    notes: new Map<string, string>(),
  };

  it('uses ASCII parentheses and commas in compare.xlsx', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await comparisonXlsx([row], meta)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell(1, 1).text).toBe(
      'Open Government Data Regulations (Consultation Draft → First Reading)',
    );
    expect(sheet.getCell(2, 1).text).toBe('Original text (Consultation Draft)');
    expect(sheet.getCell(2, 2).text).toBe('Revised text (First Reading)');
    expect(sheet.getCell(3, 1).text).toMatch(/^第六条, 第九条 /);
  });

  it('uses them in compare.docx', async () => {
    const zip = await JSZip.loadAsync(await comparisonDocx([row], meta));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('Original text (Consultation Draft)');
    expect(text).toContain('第六条, 第九条 ');
  });

  it("names a reading's step in parentheses of its language in readings.xlsx", async () => {
    const cell = { labels: ['Section 4'], text: 'x', parts: [{ op: 'equal' as const, text: 'x' }] };
    const buffer = await readingsXlsx(
      ['Consultation Draft', 'First Reading'],
      [
        [
          { ...cell, step: null },
          { ...cell, step: 'modified' },
        ],
      ],
      { title: meta.title, language: 'en' },
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getCell(3, 2).text).toBe('Section 4 (Modified) x');
  });
});

describe('行政复议法 2017 → 2023: 第三条 split into 第四条 and 第六条', () => {
  const view = buildComparisonView(
    doc(readCorpus('xingzheng-fuyi-fa--2017.md')),
    doc(readCorpus('xingzheng-fuyi-fa--2023.md')),
  );
  const row = view.rows.find((r) => r.oldLabels.includes('第三条'))!;

  it('says so, and which paragraph went where', () => {
    expect(row.correspondence?.kind).toBe('splitInto');
    expect(explanation(row, { notes: new Map(), language: 'zh' }).split('\n')).toEqual(
      expect.arrayContaining(['拆分为第四条、第六条', '第三条第二款 → 第六条第二款']),
    );
  });
});

describe('只显示有变化的条文', () => {
  const A = '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
  const B =
    '物业服务人应当按照物业服务合同的约定提供服务，并定期公示服务事项、收费标准和专项维修资金使用情况。';
  const C =
    '专项维修资金属于业主所有，专项用于共用部位、共用设施设备保修期满后的维修和更新、改造。';
  const D =
    '违反本条例规定，物业服务人擅自改变共用部位用途的，由住房和城乡建设部门责令限期改正，给予警告。';

  it('leaves out an article moved and renumbered with its words intact, keeps a punctuation edit', () => {
    const view = buildComparisonView(
      doc(zh([A, B, C, D])),
      doc(zh([D, A, B, C.replace('，', '；')])),
    );
    const moved = view.rows.find((r) => r.oldLabels.includes('第四条'))!;
    expect(moved.change).toMatchObject({ type: 'unchanged', moved: true, renumbered: true });
    expect(isTextChange(moved)).toBe(false);
    const punctuation = view.rows.find((r) => r.oldLabels.includes('第三条'))!;
    expect(punctuation.change.type).toBe('modified');
    expect(isTextChange(punctuation)).toBe(true);
    expect(view.rows.filter(isTextChange)).toHaveLength(1);
  });
});

describe('the kind of change in the files, as on the page', () => {
  const A = '业主大会由物业管理区域内全体业主组成，代表和维护全体业主在物业管理活动中的合法权益。';
  const B =
    '物业服务人应当按照物业服务合同的约定提供服务，并定期公示服务事项、收费标准和专项维修资金使用情况。';
  const C =
    '专项维修资金属于业主所有，专项用于共用部位、共用设施设备保修期满后的维修和更新、改造。';
  const D =
    '违反本条例规定，物业服务人擅自改变共用部位用途的，由住房和城乡建设部门责令限期改正，给予警告。';
  const E = '街道办事处应当指导和监督业主委员会的换届选举，并在选举结果产生之日起七日内予以公告。';
  // 第二条 deleted, 第五条 (E) inserted, 第三条 modified.
  const view = buildComparisonView(
    doc(zh([A, B, C, D])),
    doc(zh([A, C.replace('，', '；'), D, E])),
  );
  const rows = view.rows.filter(isTextChange);
  const meta = {
    title: '临江市物业管理条例',
    fromLabel: '一审稿',
    toLabel: '二审稿',
    language: 'zh' as const,
    notes: new Map<string, string>(),
  };

  it('says 删除 and 新增 in the explanation column, not an empty cell', async () => {
    const kinds = rows.map((r) => [r.change.type, explanation(r, meta)]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['deleted', '删除'],
        ['inserted', '新增'],
        ['modified', '修改'],
      ]),
    );
    expect(
      explanation(
        rows.find((r) => r.change.type === 'deleted')!,
        { ...meta, language: 'en' },
      ),
    ).toBe('Deleted');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await comparisonXlsx(rows, meta)) as unknown as ArrayBuffer);
    const column = rows.map((_, i) => book.worksheets[0]!.getCell(3 + i, 3).text);
    expect(column).toEqual(expect.arrayContaining(['删除', '新增']));
    const zip = await JSZip.loadAsync(await comparisonDocx(rows, meta));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('删除');
    expect(text).toContain('新增');
  });

  it('still prefers what staff wrote', () => {
    const deleted = rows.find((r) => r.change.type === 'deleted')!;
    const notes = new Map([[deleted.key, '该条内容已由上位法规定，删除。']]);
    expect(explanation(deleted, { ...meta, notes })).toBe('该条内容已由上位法规定，删除。');
  });
});
