/**
 * Revision fixtures: `tests/fixtures/compare/<case>/` holds consecutive versions (01.md,
 * 02.md, …) and `changes.md`, a hand-written list of every article that is not unchanged in
 * place (`01 第十三条 -> 02 第十四条、第十五条 (split)`, `inserted -> 02 第八条`, …). The
 * alignment must reproduce each line. A new case is a new folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import {
  articlesOf,
  parseChineseNumeral,
  parseDraft,
  type ParsedDocument,
} from '../../../src/lib/legislation/index.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/compare');

interface Expected {
  line: string;
  from: number[];
  to: number[];
  kind: string;
}

/** `第十三条、第十四条` → [13, 14] */
const nums = (text: string) =>
  [...text.matchAll(/第([^条、]+)条/g)].map((m) => parseChineseNumeral(m[1]!)!);

function parseChanges(source: string): Map<string, Expected[]> {
  const out = new Map<string, Expected[]>();
  let pair = '';
  for (const line of source.split('\n')) {
    const head = /^##\s*(\d+)\s*->\s*(\d+)/.exec(line);
    if (head) {
      pair = `${head[1]}-${head[2]}`;
      out.set(pair, []);
      continue;
    }
    const m = /^(inserted|\d+ (.+?)) -> (deleted|\d+ (.+?))(?: \((\w+)\))?$/.exec(line.trim());
    if (!m || !pair) continue;
    const from = m[1] === 'inserted' ? [] : nums(m[2]!);
    const to = m[3] === 'deleted' ? [] : nums(m[4]!);
    out.get(pair)!.push({ line, from, to, kind: m[5] ?? (from.length ? 'deleted' : 'inserted') });
  }
  return out;
}

function load(file: string): ParsedDocument {
  const r = parseDraft(fs.readFileSync(file, 'utf8'), { file });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return r.document;
}

for (const name of fs.readdirSync(root)) {
  const dir = path.join(root, name);
  const expected = parseChanges(fs.readFileSync(path.join(dir, 'changes.md'), 'utf8'));
  describe(`revision fixture ${name}`, () => {
    for (const [pair, lines] of expected) {
      it(`${pair}: every listed change is found, and nothing else changes`, () => {
        const [a, b] = pair.split('-');
        const oldDoc = load(path.join(dir, `${a}.md`));
        const newDoc = load(path.join(dir, `${b}.md`));
        const oldNum = new Map(articlesOf(oldDoc).map((n) => [n.eId, n.num!]));
        const newNum = new Map(articlesOf(newDoc).map((n) => [n.eId, n.num!]));
        const changes = compareDocuments(oldDoc, newDoc).changes.map((c) => ({
          ...c,
          from: c.from.map((e) => oldNum.get(e)!),
          to: c.to.map((e) => newNum.get(e)!),
        }));
        const misses: string[] = [];
        for (const e of lines) {
          const found = e.from.length
            ? changes.find((c) => c.from.includes(e.from[0]!))
            : changes.find((c) => c.to.includes(e.to[0]!));
          const same =
            found &&
            JSON.stringify(found.from) === JSON.stringify(e.from) &&
            JSON.stringify(found.to) === JSON.stringify(e.to);
          const kindOk =
            found &&
            (
              {
                split: 'split',
                merged: 'merged',
                inserted: 'inserted',
                deleted: 'deleted',
              } as Record<string, string>
            )[e.kind] === undefined
              ? true
              : found?.type === e.kind;
          const movedOk = e.kind !== 'moved' || found?.moved === true;
          if (!same || !kindOk || !movedOk)
            misses.push(
              `${e.line}  ⇒ got ${found ? `${found.type} ${found.from} -> ${found.to}` : 'nothing'}`,
            );
        }
        // Articles not listed must be unchanged in place.
        const listed = new Set(lines.flatMap((e) => e.from));
        for (const c of changes) {
          if (
            c.from.length === 1 &&
            !listed.has(c.from[0]!) &&
            (c.type !== 'unchanged' || c.from[0] !== c.to[0])
          ) {
            misses.push(`unlisted ${c.type} ${c.from} -> ${c.to}`);
          }
        }
        expect(misses).toEqual([]);
      });
    }
  });
}
