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
/** A regulation in two readings for the comparison benchmark: 立法法 2015 (105 articles) → 2023 (120). */
export const COMPARE_REGULATION = 'lifa-compare';
export const COMPARE_FROM = 'r2015';
export const COMPARE_TO = 'r2023';

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
  writeCompareRegulation(root, dir);
  return dir;
}

function writeCompareRegulation(root: string, dir: string): void {
  const reg = path.join(dir, 'regulations', COMPARE_REGULATION);
  fs.mkdirSync(path.join(reg, 'versions'), { recursive: true });
  fs.writeFileSync(
    path.join(reg, 'regulation.yaml'),
    `title: 临江市立法条例（对照基准）
shortTitle: 立法条例（对照）
language: zh
sponsor: 临江市人大常委会法制工作委员会
committee: 临江市人大常委会法制委员会
stage: review
summary: >-
  对照基准用的两个文本（取自立法法2015年和2023年修正文本）。
timeline:
  - stage: drafting
    date: 2015-03-15
    title: 第一个文本
`,
  );
  [
    ['01', COMPARE_FROM, '2015年文本', 'lifa-fa--2015.md', '2015-03-15'],
    ['02', COMPARE_TO, '2023年文本', 'lifa-fa--2023.md', '2023-03-13'],
  ].forEach(([n, slug, label, file, date]) => {
    const text = fs.readFileSync(path.join(root, 'tests/fixtures/corpus', file!), 'utf8');
    fs.writeFileSync(
      path.join(reg, 'versions', `${n}-${slug}.md`),
      `---\nslug: ${slug}\nlabel: ${label}\nstage: review\ndate: ${date}\n---\n# 临江市立法条例（${label}）\n\n${text.slice(text.indexOf('## 第一章'))}`,
    );
  });
}
