/**
 * Benchmark: compare the 120-article 立法法 readings end to end (parse, align, diff every
 * modified pair, render an HTML side-by-side table) and print time and memory, with the ratio
 * to a plain whole-text jsdiff diffLines of the same texts measured in the same run.
 * Run: npm run bench
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffLines } from 'diff';
import { compareDocuments, diffText } from '../src/lib/comparison/index.ts';
import { articlesOf, parseDraft, plainText } from '../src/lib/legislation/index.ts';
import { escapeHtml } from '../src/lib/html/escape.ts';

const corpus = path.resolve(import.meta.dirname, '../tests/fixtures/corpus');
const oldSource = fs.readFileSync(path.join(corpus, 'lifa-fa--2015.md'), 'utf8');
const newSource = fs.readFileSync(path.join(corpus, 'lifa-fa--2023.md'), 'utf8');
const RUNS = Number(process.env['RUNS'] ?? 20);

function endToEnd(): number {
  const a = parseDraft(oldSource);
  const b = parseDraft(newSource);
  if (!a.ok || !b.ok) throw new Error('corpus does not parse');
  const { changes } = compareDocuments(a.document, b.document);
  const oldUnits = new Map(articlesOf(a.document).map((n) => [n.eId, n]));
  const newUnits = new Map(articlesOf(b.document).map((n) => [n.eId, n]));
  let html = '<table>';
  for (const c of changes) {
    const left = c.from.map((e) => plainText(oldUnits.get(e)!)).join('\n');
    const right = c.to.map((e) => plainText(newUnits.get(e)!)).join('\n');
    const parts = diffText(left, right, 'zh').parts;
    const cell = (keep: 'delete' | 'insert') =>
      parts
        .map((p) =>
          p.op === 'equal'
            ? escapeHtml(p.text)
            : p.op === keep
              ? `<${keep === 'delete' ? 'del' : 'ins'}>${escapeHtml(p.text)}</${keep === 'delete' ? 'del' : 'ins'}>`
              : '',
        )
        .join('');
    html += `<tr><td>${cell('delete')}</td><td>${cell('insert')}</td></tr>`;
  }
  return html.length;
}

let peakHeap = 0;
function time(fn: () => unknown): number {
  fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) {
    fn();
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return Number(process.hrtime.bigint() - start) / 1e6 / RUNS;
}

const rssBefore = process.memoryUsage().rss;
const full = time(endToEnd);
const plain = time(() => diffLines(oldSource, newSource));
const cpu = os.cpus()[0]?.model ?? 'unknown cpu';
console.log(
  `machine: ${cpu} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.log(`立法法 2015 → 2023, ${RUNS} runs each`);
console.log(`end to end (parse + align + diff + render): ${full.toFixed(1)} ms`);
console.log(`plain diffLines of the whole texts:        ${plain.toFixed(1)} ms`);
console.log(`ratio end-to-end / diffLines: ${(full / plain).toFixed(2)}×`);
// maxRSS is the process's peak resident set (KiB); the heap peak is sampled after each run.
console.log(
  `memory: peak rss ${(process.resourceUsage().maxRSS / 2 ** 10).toFixed(0)} MiB (${(rssBefore / 2 ** 20).toFixed(0)} MiB before the runs), peak heap used ${(peakHeap / 2 ** 20).toFixed(0)} MiB`,
);
