/** The draft parser on arbitrary input: a clause tree or located errors, never a throw or a hang. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articlesOf,
  flatten,
  formatChineseNumeral,
  parseDraft,
} from '../../../src/lib/legislation/index.ts';
import { draftSource, hostileText } from './arbitraries.ts';

const EID = /^[a-z]+_[0-9a-z-]+(__[a-z]+_[0-9a-z-]+)*$/;

// No clock is read here: a parse that hangs (catastrophic backtracking) fails the test by the
// test's time limit, which is a ceiling for hangs, not a speed requirement.
function expectResultOrErrors(source: string) {
  const result = parseDraft(source, { file: 'draft.md' });
  const lines = source.split(/\r\n|\r|\n/).length;
  if (result.ok) {
    const nodes = flatten(result.document.nodes);
    const eIds = nodes.map((n) => n.eId);
    expect(new Set(eIds).size, 'eIds are unique').toBe(eIds.length);
    for (const node of nodes) {
      expect(node.eId).toMatch(EID);
      expect(node.line).toBeGreaterThanOrEqual(1);
      expect(node.line).toBeLessThanOrEqual(lines);
    }
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(error.code).toMatch(/^[a-z][a-z-]*$/);
      expect(error.message.trim()).not.toBe('');
      expect(error.line).toBeGreaterThanOrEqual(0);
      expect(error.line).toBeLessThanOrEqual(lines);
    }
  }
}

describe('parseDraft on hostile input', () => {
  it('returns a tree with unique, well-formed eIds or errors with a code, a message and a line', () => {
    fc.assert(fc.property(draftSource, expectResultOrErrors), { numRuns: 300 });
  });

  it('copes with arbitrary Unicode, lone surrogates and controls included', () => {
    fc.assert(
      fc.property(
        fc.oneof(hostileText(400), fc.string({ unit: 'binary', maxLength: 400 })),
        expectResultOrErrors,
      ),
      { numRuns: 200 },
    );
  });

  it('parses a draft of thousands of articles without slowing to a hang', () => {
    const articles = Array.from(
      { length: 3000 },
      (_, i) => `第${formatChineseNumeral(i + 1)}条 本条规定示范事项${'的'.repeat(i % 50)}。`,
    );
    const result = parseDraft(`# 条例\n\n${articles.join('\n\n')}`);
    expect(result.ok && articlesOf(result.document).length).toBe(3000);
  });
});
