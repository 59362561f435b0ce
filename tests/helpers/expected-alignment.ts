/**
 * Hand-checked correspondences between real versions (tests/fixtures/compare-expected/*.json)
 * and how the alignment fares against them: each expected row is right when the change that
 * holds its first article has exactly its old and new articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareDocuments } from '../../src/lib/comparison/index.ts';
import { articlesOf, parseDraft, type ParsedDocument } from '../../src/lib/legislation/index.ts';
import { corpusPath } from './corpus.ts';

export const expectedDir = path.resolve(import.meta.dirname, '../fixtures/compare-expected');

export interface ExpectedRow {
  from: string[];
  to: string[];
  why: string;
}

export interface Checked extends ExpectedRow {
  got: { from: string[]; to: string[]; type: string; doubtful: boolean };
  right: boolean;
}

function load(name: string): ParsedDocument {
  const r = parseDraft(fs.readFileSync(corpusPath(name), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.document;
}

export function expectedFiles(): string[] {
  return fs
    .readdirSync(expectedDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

interface Spec {
  old: string;
  new: string;
  /** Every change row of the two texts, not a selection: each article is in exactly one row. */
  full?: boolean;
  rows: ExpectedRow[];
}

const readSpec = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(expectedDir, file), 'utf8')) as Spec;

/**
 * For a full set (`"full": true`), the article labels of each text that are in no row or in
 * more than one: both lists are empty when every article was accounted for once. Null otherwise.
 */
export function uncovered(file: string): { old: string[]; new: string[] } | null {
  const spec = readSpec(file);
  if (!spec.full) return null;
  const odd = (doc: ParsedDocument, side: (r: ExpectedRow) => string[]) => {
    const seen = spec.rows.flatMap(side);
    return articlesOf(doc)
      .map((n) => n.label)
      .filter((l) => seen.filter((x) => x === l).length !== 1);
  };
  return { old: odd(load(spec.old), (r) => r.from), new: odd(load(spec.new), (r) => r.to) };
}

/** Every expected row of one fixture file, with what the alignment made of it. */
export function checkExpected(file: string): Checked[] {
  const spec = readSpec(file);
  const oldDoc = load(spec.old);
  const newDoc = load(spec.new);
  const label = (doc: ParsedDocument) => new Map(articlesOf(doc).map((n) => [n.eId, n.label]));
  const oldLabel = label(oldDoc);
  const newLabel = label(newDoc);
  const { changes } = compareDocuments(oldDoc, newDoc);
  return spec.rows.map((row) => {
    const change = changes.find((c) =>
      row.from.length
        ? c.from.some((e) => oldLabel.get(e) === row.from[0])
        : c.to.some((e) => newLabel.get(e) === row.to[0]),
    );
    const got = {
      from: change?.from.map((e) => oldLabel.get(e)!) ?? [],
      to: change?.to.map((e) => newLabel.get(e)!) ?? [],
      type: change?.type ?? 'none',
      /** Marked for a second look (align-doubts.ts). */
      doubtful: change?.doubt !== undefined,
    };
    const same = (x: string[], y: string[]) =>
      x.length === y.length && x.every((v, k) => v === y[k]);
    return { ...row, got, right: same(got.from, row.from) && same(got.to, row.to) };
  });
}
