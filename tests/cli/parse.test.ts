import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';
import { corpusDir as corpus } from '../helpers/corpus.ts';

describe('openclause parse', () => {
  it('prints the clause tree as JSON with the documented fields', async () => {
    const { out, io } = capture();
    expect(await main(['parse', path.join(corpus, 'lifa-fa--2023.md'), '--json'], io)).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.title).toBe('中华人民共和国立法法');
    const chapter = json.nodes[0];
    expect(Object.keys(chapter)).toEqual(
      expect.arrayContaining(['kind', 'eId', 'num', 'label', 'heading', 'text', 'children']),
    );
    const last = json.nodes.at(-1).children.at(-1);
    expect(last).toMatchObject({ kind: 'article', num: 120, label: '第一百二十条' });
  });

  it('prints a readable outline without --json', async () => {
    const { out, io } = capture();
    expect(await main(['parse', path.join(corpus, 'us-hjres37-116--rh.md')], io)).toBe(0);
    expect(out.stdout).toMatch(/^sec_2 {2}SEC\. 2\. REMOVAL/m);
  });

  it('reports warnings as FILE:LINE on stderr and still prints the tree (#16)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oc-parse-')), 'gap.md');
    fs.writeFileSync(file, '# 条例\n\n第一条 甲。\n\n第三条 丙。\n');
    const { out, io } = capture();
    expect(await main(['parse', file], io)).toBe(0);
    expect(out.stderr).toContain(`${file}:5: warning: 编号不连续`);
    expect(out.stdout).toContain('art_3');
  });

  it('reports errors as FILE:LINE on stderr and exits 1', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'oc-parse-')), 'empty.md');
    fs.writeFileSync(file, '\n');
    const { out, io } = capture();
    expect(await main(['parse', file], io)).toBe(1);
    expect(out.stderr).toContain(`${file}:1: 文件是空的`);
    expect(out.stdout).toBe('');
  });

  it('exits 2 with a clear message for a missing file or bad usage', async () => {
    const a = capture();
    expect(await main(['parse', '/no/such/file.md'], a.io)).toBe(2);
    expect(a.out.stderr).toContain('ENOENT');
    const b = capture();
    expect(await main(['parse'], b.io)).toBe(2);
    expect(b.out.stderr).toContain('Usage');
  });
});
