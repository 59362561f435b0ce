/**
 * The alignment against correspondences read by hand in real substantial rewrites
 * (tests/fixtures/compare-expected: each row says what the reading showed). Rows it still
 * misses are listed in KNOWN_MISSES so that a fix shows up as a failing "still missed" check.
 */
import { describe, expect, it } from 'vitest';
import { checkExpected, expectedFiles } from '../../helpers/expected-alignment.ts';

/** Rows the alignment does not get yet (#16): the wording changed too much for any measure here. */
const KNOWN_MISSES = new Set([
  'xingzheng-fuyi-fa--2017--2023.json 第八条',
  'xingzheng-fuyi-fa--2017--2023.json 第二十二条',
]);

describe.each(expectedFiles())('%s', (file) => {
  const rows = checkExpected(file);
  it.each(rows.map((r) => [`${r.from.join('+') || '—'} > ${r.to.join('+') || '—'}`, r] as const))(
    '%s',
    (_name, row) => {
      const key = `${file} ${row.from[0] ?? row.to[0]}`;
      if (KNOWN_MISSES.has(key))
        expect(row.right, 'a known miss is now right: drop it from KNOWN_MISSES').toBe(false);
      else expect(row.got).toMatchObject({ from: row.from, to: row.to });
    },
  );
});
