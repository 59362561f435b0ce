import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';
import { corpusDir as corpus } from '../helpers/corpus.ts';

describe('openclause compare', () => {
  it('prints changes as JSON with type, from, to and similarity', async () => {
    const { out, io } = capture();
    expect(
      await main(
        [
          'compare',
          path.join(corpus, 'lifa-fa--2015.md'),
          path.join(corpus, 'lifa-fa--2023.md'),
          '--json',
        ],
        io,
      ),
    ).toBe(0);
    const { changes } = JSON.parse(out.stdout) as {
      changes: { type: string; from: string[]; to: string[]; similarity: number }[];
    };
    expect(changes.flatMap((c) => c.to)).toHaveLength(120);
    expect(changes.flatMap((c) => c.from)).toHaveLength(105);
    expect(changes.find((c) => c.from[0] === 'chp_2__sec_1__art_13')).toMatchObject({
      to: ['chp_2__sec_1__art_16'],
    });
    expect(changes.every((c) => c.similarity >= 0 && c.similarity <= 1)).toBe(true);
  });

  it('prints a readable summary with the labels', async () => {
    const { out, io } = capture();
    expect(
      await main(
        [
          'compare',
          path.join(corpus, 'xingzheng-fuyi-fa--2017.md'),
          path.join(corpus, 'xingzheng-fuyi-fa--2023.md'),
        ],
        io,
      ),
    ).toBe(0);
    expect(out.stdout).toMatch(/^43 → 90 条：未改 \d+，修改 \d+，新增 \d+/);
    // The split as the hand-read 对照表 has it (tests/fixtures/compare-expected).
    expect(out.stdout).toContain(
      '第二十八条 → 第六十一条、第六十三条、第六十四条、第六十五条、第六十六条、第六十八条、第七十条  split',
    );
  });

  it('prints the count line in English for an English bill', async () => {
    const { out, io } = capture();
    expect(
      await main(
        [
          'compare',
          path.join(corpus, 'us-hr2157-116--ih.md'),
          path.join(corpus, 'us-hr2157-116--enr.md'),
        ],
        io,
      ),
    ).toBe(0);
    expect(out.stdout).toMatch(/^\d+ → \d+ articles: \d+ unchanged, \d+ modified/);
  });

  it('exits 2 on bad usage', async () => {
    const { out, io } = capture();
    expect(await main(['compare', 'one.md'], io)).toBe(2);
    expect(out.stderr).toContain('Usage');
  });
});
