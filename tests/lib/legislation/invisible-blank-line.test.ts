/**
 * A line that holds nothing visible but a soft hyphen or a direction mark, as a Word export can
 * leave on an empty paragraph, is blank. Probe behind it (#16, a random sample of provincial
 * regulations): in five copies from Theonefkguy/Chinese-Laws (四川天府新区条例 2023 and others) the
 * store counts one character more in each run of blank lines around a `##` chapter heading than
 * its text shows; with U+00AD or U+200E there, the mark was joined to the chapter's heading
 * (heading-continued), where zero-width spaces were already read as blank.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

describe('a line of invisible characters', () => {
  for (const [name, mark] of [
    ['a soft hyphen', '\u00ad'],
    ['a left-to-right mark', '\u200e'],
    ['a right-to-left mark', '\u200f'],
  ]) {
    it(`holding ${name} is blank`, () => {
      const result = parseDraft(
        `# 某某条例\n\n## 第一章 总 则\n\n${mark}\n\n第一条 为了规范管理，制定本条例。\n`,
        { file: 'x.md' },
      );
      if (!result.ok) throw new Error('not parsed');
      expect(flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text])).toEqual([
        ['chp_1', '总则', ''],
        ['chp_1__art_1', '', '为了规范管理，制定本条例。'],
      ]);
      expect(result.warnings).toEqual([]);
    });
  }
});
