/**
 * The sample regulation's three readings were written with known edits (recorded in
 * tests/fixtures/sample-changes/property-management.json): every pair, insertion, deletion,
 * split, merge and move must be found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import { articlesOf, parseDraft, type ParsedDocument } from '../../../src/lib/legislation/index.ts';

const dir = path.resolve(
  import.meta.dirname,
  '../../../content/regulations/property-management/versions',
);
const truth = JSON.parse(
  fs.readFileSync(
    path.resolve(import.meta.dirname, '../../fixtures/sample-changes/property-management.json'),
    'utf8',
  ),
) as Record<
  string,
  {
    pairs: Record<string, string>;
    deleted: number[];
    inserted: number[];
    split: Record<string, number[]>;
    merged: Record<string, number[]>;
    moved: number[];
  }
>;
const load = (prefix: string): ParsedDocument => {
  const file = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && !f.includes('explanation'))!;
  const r = parseDraft(fs.readFileSync(path.join(dir, file), 'utf8'));
  if (!r.ok) throw new Error(file);
  return r.document;
};

describe.each([
  ['01-02', '01', '02'],
  ['02-03', '02', '03'],
])('sample content %s', (key, a, b) => {
  const oldDoc = load(a);
  const newDoc = load(b);
  const num = (doc: ParsedDocument) => new Map(articlesOf(doc).map((n) => [n.eId, n.num!]));
  const oldNum = num(oldDoc);
  const newNum = num(newDoc);
  const { changes } = compareDocuments(oldDoc, newDoc);
  const t = truth[key]!;
  const asNums = changes.map((c) => ({
    ...c,
    from: c.from.map((e) => oldNum.get(e)!),
    to: c.to.map((e) => newNum.get(e)!),
  }));

  it('pairs every carried-over article with its successor', () => {
    for (const [o, n] of Object.entries(t.pairs)) {
      const c = asNums.find((x) => x.from.includes(Number(o)));
      expect(c?.to, `article ${o}`).toContain(Number(n));
    }
  });
  it('finds the insertions and deletions', () => {
    expect(asNums.filter((c) => c.type === 'inserted').map((c) => c.to[0])).toEqual(t.inserted);
    expect(asNums.filter((c) => c.type === 'deleted').map((c) => c.from[0])).toEqual(t.deleted);
  });
  it('finds the split and the merge', () => {
    for (const [o, parts] of Object.entries(t.split))
      expect(asNums.find((c) => c.type === 'split' && c.from[0] === Number(o))?.to).toEqual(parts);
    for (const [n, parts] of Object.entries(t.merged))
      expect(asNums.find((c) => c.type === 'merged' && c.to[0] === Number(n))?.from).toEqual(parts);
  });
  it('marks the articles moved to another chapter', () => {
    const moved = asNums.filter((c) => c.moved).map((c) => c.to[0]);
    for (const m of t.moved) expect(moved).toContain(m);
  });
});
