/**
 * Parser benchmark for #16 ("read every real law"): parses every held-out real text in
 * tests/fixtures/heldout/ and compares its articles with a careful reader's count (the distinct
 * 第X条 that begin a line of the body; see tests/helpers/heldout.ts). Prints each file whose
 * articles differ (expected, found, the first missing and extra label, warnings) and each file
 * whose numbered divisions (第X编/分编/章/节 outside a 目录) differ from the reader's, then the
 * share of files whose tree has every article, articles found / expected, the files with every
 * division heading, and the time taken.
 * No database, no server. Run: npm run bench:parse
 */
import os from 'node:os';
import { checkHeldout, heldoutTexts } from '../tests/helpers/heldout.ts';

const cpus = os.cpus();
console.log(
  `machine: ${new Date().toISOString()} · ${cpus[0]?.model ?? 'unknown cpu'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version} · load avg ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);

const files = heldoutTexts();
const started = performance.now();
let whole = 0;
let divisionsRight = 0;
let expectedTotal = 0;
let foundTotal = 0;
let extraTotal = 0;
for (const file of files) {
  const r = checkHeldout(file);
  const good = r.ok && r.missing.length === 0 && r.extra.length === 0;
  if (JSON.stringify(r.foundDivisions) === JSON.stringify(r.expectedDivisions)) divisionsRight++;
  else
    console.log(
      `DIVISIONS ${file}: expected ${r.expectedDivisions.join(' ')}; found ${r.foundDivisions.join(' ')}`,
    );
  expectedTotal += r.expected.length;
  foundTotal += r.expected.length - r.missing.length;
  extraTotal += r.extra.length;
  if (good) {
    whole++;
    continue;
  }
  const codes = [...new Set(r.warnings.map((w) => w.split(':')[1]))].join(',');
  console.log(
    `MISMATCH ${file}: expected ${r.expected.length}, found ${r.found.length}` +
      (r.missing[0] ? `, first missing 第${r.missing[0]}条 (${r.missing.length} missing)` : '') +
      (r.extra[0] ? `, first extra 第${r.extra[0]}条 (${r.extra.length} extra)` : '') +
      `${r.ok ? '' : ', NOT PARSED'}; warnings ${r.warnings.length} [${codes}]`,
  );
}
const ms = performance.now() - started;
const pct = (a: number, b: number) => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));
console.log(
  `\nfiles with every article: ${whole} / ${files.length} (${pct(whole, files.length)} %); ` +
    `articles found: ${foundTotal} / ${expectedTotal} (${pct(foundTotal, expectedTotal)} %), ` +
    `${extraTotal} not in the text read as articles; ` +
    `files with every numbered division heading: ${divisionsRight} / ${files.length}; ` +
    `${ms.toFixed(0)} ms for all files`,
);
