/**
 * The alignment against correspondences read by hand in real substantial rewrites
 * (tests/fixtures/compare-expected: each row says what the reading showed). Rows it still
 * misses are listed in KNOWN_MISSES so that a fix shows up as a failing "still missed" check.
 */
import { describe, expect, it } from 'vitest';
import { checkExpected, expectedFiles, uncovered } from '../../helpers/expected-alignment.ts';

/** Rows the alignment does not get yet (#16), by file and row name. */
const KNOWN_MISSES = new Set([
  // 经济建设为中心、改革开放 went to the new 第四条, a single sentence beside 第三条.
  'lifa-fa--2015--2023.json 第三条 > 第三条+第四条',
  // 第三款 主动审查 went to the new 第一百一十一条, which grew a paragraph of its own.
  'lifa-fa--2015--2023.json 第九十九条 > 第一百一十条+第一百一十一条',
  // Rewritten beyond any shared wording: 书面审查 → 听取意见 / 书面审理.
  'xingzheng-fuyi-fa--2017--2023.json 第二十二条 > 第四十九条',
  // Withdrawal then termination → 终止 (一); the words fit 第七十四条 (撤回 after 和解) as well.
  'xingzheng-fuyi-fa--2017--2023.json 第二十五条 > 第四十一条',
  // 有权处理的机关六十日内处理 → 第六十条 (六十日内回复), four articles from 第五十六条, few words.
  'xingzheng-fuyi-fa--2017--2023.json 第二十六条 > 第五十六条+第六十条',
  // Substance kept, words not: 提出建议 → 移送监察机关 (Dice 0.18).
  'xingzheng-fuyi-fa--2017--2023.json 第三十八条 > 第八十五条',
  // The funding sentence moved to the far 第七条 in other words (best sentence 0.29).
  'xingzheng-fuyi-fa--2017--2023.json 第三十九条 > 第七条+第八十七条',
]);

describe.each(expectedFiles())('%s', (file) => {
  const rows = checkExpected(file);
  const coverage = uncovered(file);
  if (coverage)
    it('a full set: every article of both texts is in exactly one row', () => {
      expect(coverage).toEqual({ old: [], new: [] });
    });
  it.each(rows.map((r) => [`${r.from.join('+') || '—'} > ${r.to.join('+') || '—'}`, r] as const))(
    '%s',
    (name, row) => {
      const key = `${file} ${name}`;
      if (KNOWN_MISSES.has(key))
        expect(row.right, 'a known miss is now right: drop it from KNOWN_MISSES').toBe(false);
      else expect(row.got).toMatchObject({ from: row.from, to: row.to });
    },
  );
});
