/**
 * Every real or realistic text kept under tests/fixtures (the corpus copy, content fixtures,
 * comparison revisions, parser fixtures other than err-*) gives a tree with zero errors (#16).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesOf, flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures');
/** Not drafts: provenance notes, change lists of comparison fixtures, explanations, error cases. */
const NOT_A_DRAFT = /(^|\/)(README|SOURCES|changes)\.md$|\.explanation\.md$|(^|\/)parse\/err-/;

const files = fs
  .readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md') && !NOT_A_DRAFT.test(f.split(path.sep).join('/')))
  .sort();

describe('real texts under tests/fixtures', () => {
  it('finds texts to read', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s parses with zero errors, unique eIds and citable units', (file) => {
    const result = parseDraft(fs.readFileSync(path.join(root, file), 'utf8'), { file });
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
    const ids = flatten(result.document.nodes).map((n) => n.eId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(articlesOf(result.document).length).toBeGreaterThan(0);
  });
});
