/**
 * The repository is self-contained: no source, script, benchmark or test reads a file outside
 * it. A path to a folder beside the clone passes on a developer's machine, where that folder
 * sits, and fails on every other clone (issue 13). Real data for tests lives in
 * tests/fixtures/ (the corpus in tests/fixtures/corpus, with SOURCES.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const SCANNED = ['src', 'tests', 'bench', 'scripts', 'bin', '.ci'];

// Written so that this file does not match them itself.
const OUTSIDE = [
  {
    what: 'a path to the shared folder beside the clone',
    re: new RegExp(String.raw`\.\./(?:\.\./)*` + 'shared\\b'),
  },
  {
    what: 'an absolute path on the development machine',
    re: new RegExp(String.raw`(?<![\w.-])/` + String.raw`work/`),
  },
];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !e.parentPath.split(path.sep).includes('node_modules'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every line of `text` that names a place outside the repository, as `line: reason`. */
function outsideReferences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      OUTSIDE.filter(({ re }) => re.test(line)).map(
        ({ what }) => `${i + 1}: ${what}: ${line.trim()}`,
      ),
    );
}

describe('the repository is self-contained', () => {
  it('recognises paths that leave the repository', () => {
    const up = '..';
    const work = '/' + 'work';
    expect(outsideReferences(`fs.readFileSync('${up}/shared/corpus/x.md')`)).toHaveLength(1);
    expect(
      outsideReferences(`path.resolve(import.meta.dirname, '${up}/${up}/shared/corpus')`),
    ).toHaveLength(1);
    expect(outsideReferences(`const data = '${work}/shared/corpus';`)).toHaveLength(1);
    expect(outsideReferences('await page.goto(`${baseURL}/staff/workload`);')).toEqual([]);
    expect(outsideReferences("path.join(root, 'tests/fixtures/corpus/lifa-fa--2023.md')")).toEqual(
      [],
    );
  });

  it('has no file in src, tests, bench, scripts, bin or .ci that reads outside it', () => {
    const found = SCANNED.flatMap((dir) => filesUnder(path.join(root, dir))).flatMap((file) =>
      outsideReferences(fs.readFileSync(file, 'utf8')).map(
        (hit) => `${path.relative(root, file)}:${hit}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('keeps the real texts the tests read inside it, with their sources', () => {
    const corpus = path.join(root, 'tests/fixtures/corpus');
    const sources = fs.readFileSync(path.join(corpus, 'SOURCES.md'), 'utf8');
    const files = fs.readdirSync(corpus).filter((f) => f !== 'SOURCES.md');
    expect(files.length).toBeGreaterThanOrEqual(14);
    for (const f of files)
      expect(sources, `SOURCES.md says where ${f} came from`).toContain(`\`${f}\``);
  });
});
