/** `openclause parse` over many files or a folder: one JSON line per file (#16). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-parse-many-'));
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'a-good.md'), '# 条例\n\n第一条 甲。\n\n第二条 乙。\n');
  fs.writeFileSync(path.join(dir, 'b-gap.md'), '# 条例\n\n第一条 甲。\n\n第三条 丙。\n');
  fs.writeFileSync(path.join(dir, 'sub', 'c-empty.md'), '');
  fs.writeFileSync(path.join(dir, 'notes.csv'), 'not a draft');
  return dir;
}
const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('openclause parse on many files', () => {
  it('prints one JSON object per file of a folder, recursively, with counts, warnings and errors', async () => {
    const dir = folder();
    const { out, io } = capture();
    expect(await main(['parse', dir], io)).toBe(1);
    const rows = lines(out.stdout);
    expect(rows.map((r) => path.relative(dir, r.file))).toEqual([
      'a-good.md',
      'b-gap.md',
      path.join('sub', 'c-empty.md'),
    ]);
    expect(rows[0]).toEqual({
      file: path.join(dir, 'a-good.md'),
      ok: true,
      articles: 2,
      warnings: [],
      errors: [],
    });
    expect(rows[1]).toMatchObject({ ok: true, articles: 2, errors: [] });
    expect(rows[1].warnings).toEqual([
      expect.objectContaining({
        code: 'numbering-gap',
        line: 5,
        params: { expected: '第二条', found: '第三条' },
      }),
    ]);
    expect(rows[2]).toMatchObject({
      ok: false,
      articles: 0,
      errors: [expect.objectContaining({ code: 'empty-file', line: 1 })],
    });
  });

  it('takes several files, exits 0 when none has errors, and reports an unreadable one', async () => {
    const dir = folder();
    const good = capture();
    expect(
      await main(['parse', path.join(dir, 'a-good.md'), path.join(dir, 'b-gap.md')], good.io),
    ).toBe(0);
    expect(lines(good.out.stdout).map((r) => r.ok)).toEqual([true, true]);
    const missing = capture();
    expect(await main(['parse', '--jsonl', path.join(dir, 'nope.md')], missing.io)).toBe(1);
    expect(lines(missing.out.stdout)[0]).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ code: 'unreadable' })],
    });
  });
});

describe('openclause parse on Word documents', () => {
  const word = path.resolve(import.meta.dirname, '../fixtures/word');

  it('reads a .docx as the staff upload does, its list numbering written in', async () => {
    const { out, io } = capture();
    expect(await main(['parse', path.join(word, 'chapters.docx')], io)).toBe(0);
    expect(out.stdout).toContain('chp_2__art_3__para_1__point_2  （二）  有固定住所。');
    expect(out.stderr).toMatch(/note: 有 10 个段落使用了 Word 的自动编号/);
  });

  it('takes the .docx files of a folder, leaves Word’s lock files, and says what the conversion did', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-parse-docx-'));
    fs.copyFileSync(path.join(word, 'numbered.docx'), path.join(dir, '一审稿.docx'));
    fs.writeFileSync(path.join(dir, '~$一审稿.docx'), 'lock');
    fs.writeFileSync(path.join(dir, 'old.docx'), '%PDF-1.7 not a Word document');
    const { out, io } = capture();
    expect(await main(['parse', dir], io)).toBe(1);
    const rows = lines(out.stdout);
    expect(rows.map((r) => path.basename(r.file))).toEqual(['old.docx', '一审稿.docx']);
    expect(rows[0]).toMatchObject({ ok: false, errors: [{ code: 'word-not-docx', line: 0 }] });
    expect(rows[0].errors[0].message).toMatch(/^这个文件不是 Word 文档.*This file is neither/);
    expect(rows[1]).toMatchObject({ ok: true, articles: 11, errors: [] });
    expect(rows[1].warnings).toEqual([
      expect.objectContaining({ code: 'word-numbering-written', line: 0 }),
    ]);
  });
});
