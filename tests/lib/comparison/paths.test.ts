/**
 * Three readings in one table (#16), on the hand-made 物业管理条例 revisions whose changes are
 * listed in tests/fixtures/compare/property-management-b/changes.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readingPaths,
  readingTable,
  rowChanged,
  rowRenumbered,
} from '../../../src/lib/comparison/paths.ts';
import { articlesOf, parseDraft, type ParsedDocument } from '../../../src/lib/legislation/index.ts';

const dir = path.resolve(import.meta.dirname, '../../fixtures/compare/property-management-b');
const docs: ParsedDocument[] = ['01.md', '02.md', '03.md'].map((f) => {
  const r = parseDraft(fs.readFileSync(path.join(dir, f), 'utf8'));
  if (!r.ok) throw new Error(f);
  return r.document;
});
const labels = docs.map((d) => new Map(articlesOf(d).map((n) => [n.eId, n.label])));
const rows = readingPaths(docs).map((r) =>
  r.cells.map((cell, v) => cell.map((e) => labels[v]!.get(e)!)),
);
const rowOf = (v: number, label: string) => rows.find((r) => r[v]!.includes(label));

describe('readingPaths over three readings', () => {
  it('puts every article of every reading in exactly one row', () => {
    docs.forEach((d, v) => {
      const seen = rows.flatMap((r) => r[v]!).sort();
      expect(seen).toEqual(
        articlesOf(d)
          .map((n) => n.label)
          .sort(),
      );
    });
  });

  it('follows a split on the way: 01 第十三条 → 02 第十四条、第十五条 → 03 第十五条、第十六条', () => {
    expect(rowOf(0, '第十三条')).toEqual([
      ['第十三条'],
      ['第十四条', '第十五条'],
      ['第十五条', '第十六条'],
    ]);
  });

  it('keeps an article moved in the second step on its row: 02 第三十一条 → 03 第九条', () => {
    expect(rowOf(1, '第三十一条')).toEqual([['第二十八条'], ['第三十一条'], ['第九条']]);
  });

  it('shows a deletion in the last step and an insertion in the first as rows with empty cells', () => {
    expect(rowOf(1, '第二十一条')![2]).toEqual([]);
    expect(rowOf(1, '第八条')).toEqual([[], ['第八条'], ['第七条']]);
  });

  it('orders rows by the last reading, a row deleted on the way after its neighbour', () => {
    const last = rows.map((r) => r[2]![0]).filter(Boolean);
    const order = last.map((l) => articlesOf(docs[2]!).findIndex((n) => n.label === l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const deleted = rows.findIndex((r) => r[1]!.includes('第二十一条'));
    expect(rows[deleted - 1]![1]).toEqual(['第二十条']);
  });

  it('records each step and diffs each reading against the one before', () => {
    const table = readingTable(docs);
    const split = table.find((r) => r[0]!.labels.includes('第十三条'))!;
    expect(split[1]!.step).toBe('split');
    expect(split[0]!.step).toBeNull();
    // 02 第二条 → 03 第二条 is modified (changes.md); 01 → 02 left it as it was.
    const second = table.find((r) => r[0]!.labels.includes('第二条'))!;
    expect(second.map((c) => c.step)).toEqual([null, 'unchanged', 'modified']);
    expect(second[1]!.parts.every((p) => p.op === 'equal')).toBe(true);
    expect(second[2]!.parts.some((p) => p.op !== 'equal')).toBe(true);
  });

  it('tells the rows that change anywhere from those only carried over or renumbered', () => {
    const table = readingTable(docs);
    const second = table.find((r) => r[0]!.labels.includes('第二条'))!;
    expect(rowChanged(second)).toBe(true); // modified on the way into 03
    const unchanged = table.filter((r) => !rowChanged(r));
    expect(unchanged.length).toBeGreaterThan(0);
    for (const row of unchanged) {
      expect(row.slice(1).every((c) => c.step === 'unchanged')).toBe(true);
      expect(new Set(row.map((c) => c.text)).size).toBe(1);
    }
    // A path through a renumbering only is unchanged, and known as renumbered.
    const renumbered = unchanged.filter(rowRenumbered);
    for (const row of renumbered)
      expect(new Set(row.map((c) => c.labels.join())).size).toBeGreaterThan(1);
    // One punctuation mark changed makes the row a change.
    const edited = second.map((c, v) =>
      v === 2 ? { ...c, step: 'unchanged' as const, text: second[1]!.text } : c,
    );
    expect(rowChanged(edited)).toBe(false);
    expect(rowChanged(edited.map((c, v) => (v === 2 ? { ...c, text: `${c.text}。` } : c)))).toBe(
      true,
    );
  });
});
