/**
 * Prints how many hand-checked correspondences of real substantial rewrites the alignment gets
 * right (tests/fixtures/compare-expected), and each miss, and how many rows are marked for a
 * second look (align-doubts.ts) and how many misses those hold. A figure for commit bodies and the
 * issue, not a test: the test (tests/lib/comparison/align-expected.test.ts) asserts the rows.
 * Run: node bench/align-expected.ts
 */
import { checkExpected, expectedFiles } from '../tests/helpers/expected-alignment.ts';

let right = 0;
let total = 0;
let doubtful = 0;
let doubtfulMisses = 0;
for (const file of expectedFiles()) {
  const rows = checkExpected(file);
  const ok = rows.filter((r) => r.right).length;
  right += ok;
  total += rows.length;
  doubtful += rows.filter((r) => r.got.doubtful).length;
  doubtfulMisses += rows.filter((r) => r.got.doubtful && !r.right).length;
  console.log(`${file}: ${ok}/${rows.length}`);
  for (const r of rows.filter((x) => !x.right))
    console.log(
      `  miss ${r.from.join('+') || '—'} > ${r.to.join('+') || '—'}; got ${r.got.type} ${r.got.from.join('+') || '—'} > ${r.got.to.join('+') || '—'}`,
    );
}
console.log(`right: ${right}/${total} (${Math.round((100 * right) / total)}%)`);
console.log(
  `marked for a second look: ${doubtful}/${total} rows, holding ${doubtfulMisses} of the ${total - right} misses; unmarked rows wrong: ${total - right - doubtfulMisses}/${total - doubtful}`,
);
