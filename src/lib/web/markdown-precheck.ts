/**
 * A linear look at Markdown before it is parsed, refusing text whose emphasis marks would make
 * the parse quadratic. The parser (micromark, under remark) matches each closing `*` or `_` by
 * walking back over the open ones of its paragraph, so a paragraph of many unpaired marks takes
 * time quadratic in their number: 2,000 marks (`*a_` × 1,000) parse in 0.15-0.35 s here, 8,000
 * in 3-4 s, and the 54,000 of the hostile load test (tests/hostile/server/load.test.ts) ran a
 * worker until its time limit, taking 80-90 MB of the server's memory meanwhile (issue #14).
 * Refused here, such a text never starts a worker. Other slow shapes (thousands of `[a]`) are
 * still stopped by the worker's limits (./worker.ts).
 */

/**
 * Runs of `*` or of `_` in one block (lines between blank lines), list bullets not counted. A real
 * paragraph has a few dozen at most (bold phrases, `____` blanks of a form); 1,000 bold phrases
 * in one paragraph would be 2,000.
 */
export const MAX_EMPHASIS_MARKS_PER_BLOCK = 2000;

/** A bullet (`* item`) opening a line, after any indent and quote marks. */
const BULLET = /^[ \t>]*[*+-](?=[ \t]|$)/;
const MARK_RUN = /\*+|_+/g;

/**
 * Whether a block of `source` holds more than `max` runs of emphasis marks.
 * @example tooManyEmphasisMarks('*a_'.repeat(27_000)) // true
 * @example tooManyEmphasisMarks('第一条 **加粗** 与 ____ 填空。') // false
 */
export function tooManyEmphasisMarks(source: string, max = MAX_EMPHASIS_MARKS_PER_BLOCK): boolean {
  let marks = 0;
  for (const line of source.split(/\r\n?|\n/)) {
    if (line.trim() === '') {
      marks = 0;
      continue;
    }
    marks += line.replace(BULLET, '').match(MARK_RUN)?.length ?? 0;
    if (marks > max) return true;
  }
  return false;
}
