import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-seed-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('openclause seed', () => {
  it('seeds the named consultation and says how many comments it stored', async () => {
    const saved = { ...process.env };
    process.env['OPENCLAUSE_DATA_DIR'] = dataDir;
    process.env['OPENCLAUSE_CONTENT_DIR'] = path.resolve(
      import.meta.dirname,
      '../fixtures/content/basic',
    );
    delete process.env['DATABASE_URL'];
    try {
      expect(await main(['sync'], capture().io)).toBe(0);
      const { out, io } = capture();
      expect(
        await main(
          ['seed', '--comments', '250', '--consultation', 'sample/draft', '--batch', '100'],
          io,
        ),
      ).toBe(0);
      // Chinese first, then English, as the command's other lines (sync, the errors); each
      // consultation named as --consultation takes it, not by its row id.
      expect(out.stdout).toMatch(
        /^已生成 250 条意见和 \d+ 次附议，写入征求意见 sample\/draft，用时 [\d.]+ 秒/,
      );
      expect(out.stdout).toMatch(/。Seeded 250 comments .* into consultation sample\/draft in /);
      // sample/draft closed in April: named on its own it is seeded as its record would be.
      expect(out.stdout).toMatch(
        /征求意见 sample\/draft 已截止：写入的意见都已审核并答复。Consultation sample\/draft has closed/,
      );
      // A small load is grouped with its near-duplicates at once, as intake would have.
      expect(out.stderr).not.toContain('Near-duplicate groups not computed');
      const groups = capture();
      expect(await main(['campaigns', '--consultation', 'sample/draft', '--json'], groups.io)).toBe(
        0,
      );
      expect(
        (JSON.parse(groups.out.stdout) as { groups: { size: number }[] }).groups.some(
          (g) => g.size > 1,
        ),
      ).toBe(true);
      const missing = capture();
      expect(
        await main(['seed', '--comments', '5', '--consultation', 'sample/none'], missing.io),
      ).toBe(1);
      expect(missing.out.stderr).toContain('No such consultation on a version: sample/none');
    } finally {
      process.env = saved;
    }
  });

  it('loads the content first on a database nothing was loaded into yet, and says so', async () => {
    // Right after install: create-admin, then seed, before any `npm start` or `openclause sync`.
    const saved = { ...process.env };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-seed-fresh-'));
    process.env['OPENCLAUSE_DATA_DIR'] = dir;
    process.env['OPENCLAUSE_CONTENT_DIR'] = path.resolve(
      import.meta.dirname,
      '../fixtures/content/basic',
    );
    delete process.env['DATABASE_URL'];
    try {
      const { out, io } = capture();
      expect(await main(['seed', '--comments', '20', '--consultation', 'sample/draft'], io)).toBe(
        0,
      );
      expect(out.stdout).toMatch(/^同步完成 Synced: \d+ regulations, \d+ consultations/);
      expect(out.stdout).toMatch(/已生成 20 条意见/);
      // A second seed finds the content there and loads nothing again.
      const again = capture();
      expect(
        await main(['seed', '--comments', '5', '--consultation', 'sample/draft'], again.io),
      ).toBe(0);
      expect(again.out.stdout).not.toContain('同步完成');
      expect(again.out.stdout).toMatch(/已生成 5 条意见/);
    } finally {
      process.env = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves the shipped sample's windows that open later or have closed without comments, and says so", async () => {
    const saved = { ...process.env };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-seed-sample-'));
    process.env['OPENCLAUSE_DATA_DIR'] = dir;
    // The shipped content: its fireworks window opens days after the database first loads it.
    process.env['OPENCLAUSE_CONTENT_DIR'] = path.resolve(import.meta.dirname, '../../content');
    delete process.env['DATABASE_URL'];
    try {
      expect(await main(['sync'], capture().io)).toBe(0);
      const { out, io } = capture();
      expect(await main(['seed', '--comments', '60'], io)).toBe(0);
      expect(out.stdout).toMatch(
        /征求意见 fireworks\/amendment-draft 尚未开始（\d{4}年\d{1,2}月\d{1,2}日开始），未写入。Consultation fireworks\/amendment-draft opens on .+: left without comments\./,
      );
      // The readings that ended months ago keep their record: 43 and 46 opinions, all answered.
      expect(
        out.stdout.match(
          /征求意见 property-management\/[a-z-]+ 已于\d{4}年\d{1,2}月\d{1,2}日截止，未写入。/g,
        ),
      ).toHaveLength(2);
      const reported = capture();
      expect(
        await main(
          ['seed', '--comments', '5', '--consultation', 'property-management/first-reading'],
          reported.io,
        ),
      ).toBe(1);
      expect(reported.out.stderr).toContain(
        'The feedback report of property-management/first-reading is published',
      );
      const named = capture();
      expect(
        await main(
          ['seed', '--comments', '5', '--consultation', 'fireworks/amendment-draft'],
          named.io,
        ),
      ).toBe(1);
      expect(named.out.stderr).toMatch(/^征求意见尚未开始（.+开始），没有写入意见。/);
      expect(named.out.stderr).toContain('no comments were seeded');
    } finally {
      process.env = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a missing or non-numeric comment count with the usage line', async () => {
    for (const args of [['seed'], ['seed', '--comments', 'many'], ['seed', '--comments', '0']]) {
      const { out, io } = capture();
      expect(await main(args, io)).toBe(2);
      expect(out.stderr).toContain('Usage: openclause seed --comments N');
    }
  });
});
