/**
 * The comparison's summary line: the kinds of rows add up to the rows, and moved and renumbered
 * are said to be among them, not beside them (the page once read "55 correspondences: … 2 moved,
 * 21 renumbered, 34 unchanged", 78 in all).
 */
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../src/lib/comparison/index.ts';
import { translator } from '../../../src/lib/i18n/index.ts';
import { readCorpus } from '../../helpers/corpus.ts';
import { doc } from '../../helpers/drafts.ts';

describe('the comparison summary', () => {
  const { changes, summary } = compareDocuments(
    doc(readCorpus('gongsi-fa--2018.md')),
    doc(readCorpus('gongsi-fa--2023.md')),
  );

  it('counts each row once by its kind', () => {
    const kinds = ['unchanged', 'modified', 'inserted', 'deleted', 'split', 'merged'] as const;
    expect(kinds.reduce((n, k) => n + summary[k], 0)).toBe(changes.length);
    expect(summary.moved + summary.renumbered).toBeGreaterThan(0);
  });

  it('says moved and renumbered are among those rows, in both languages', () => {
    const vars = { rows: changes.length, ...summary };
    expect(translator('zh')('comparePage.summary', vars)).toMatch(
      new RegExp(
        `未修改 ${summary.unchanged} 条；其中调整了位置的 ${summary.moved} 行，重新编号的 ${summary.renumbered} 行。$`,
      ),
    );
    expect(translator('en')('comparePage.summary', vars)).toMatch(
      new RegExp(
        `^${changes.length} rows: .*; of these, ${summary.moved} moved and ${summary.renumbered} renumbered\\.$`,
      ),
    );
  });
});
