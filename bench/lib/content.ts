/**
 * The content the benchmarks run on: the sample content/ plus a 120-article regulation (the
 * 立法法 2023 text from tests/fixtures/corpus) with a consultation open now, written to a temporary
 * folder that `openclause sync` / `npm start` load through OPENCLAUSE_CONTENT_DIR.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_REGULATION = 'lifa-bench';
export const BENCH_VERSION = 'draft';
export const BENCH_CONSULTATION = `${BENCH_REGULATION}/draft`;

export function writeBenchContent(root = path.resolve(import.meta.dirname, '../..')): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-bench-content-'));
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const text = fs.readFileSync(path.join(root, 'tests/fixtures/corpus/lifa-fa--2023.md'), 'utf8');
  const body = text.slice(text.indexOf('## 第一章'));
  const reg = path.join(dir, 'regulations', BENCH_REGULATION);
  fs.mkdirSync(path.join(reg, 'versions'), { recursive: true });
  const year = new Date().getUTCFullYear();
  fs.writeFileSync(
    path.join(reg, 'regulation.yaml'),
    `title: 临江市立法条例（基准测试）
shortTitle: 立法条例（基准）
language: zh
sponsor: 临江市人大常委会法制工作委员会
committee: 临江市人大常委会法制委员会
stage: drafting
summary: >-
  基准测试用的120条法规文本（取自立法法2023年修正文本）。
timeline:
  - stage: drafting
    date: ${year - 1}-12-01
    title: 公布征求意见稿
consultations:
  - slug: draft
    kind: draft
    version: ${BENCH_VERSION}
    title: 征求意见稿公开征求意见
    opens: ${year - 1}-12-01T09:00:00+08:00
    closes: ${year + 1}-12-31T18:00:00+08:00
`,
  );
  fs.writeFileSync(
    path.join(reg, 'versions', `01-${BENCH_VERSION}.md`),
    `---\nslug: ${BENCH_VERSION}\nlabel: 征求意见稿\nstage: drafting\ndate: ${year - 1}-12-01\n---\n# 临江市立法条例（征求意见稿）\n\n${body}`,
  );
  return dir;
}
