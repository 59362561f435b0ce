import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';
import { openDatabase, schema } from '../../src/lib/db/index.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-import-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('openclause import-comments', () => {
  it('imports a file once, refuses a bad one whole, and names the bad rows', async () => {
    const saved = { ...process.env };
    process.env['OPENCLAUSE_DATA_DIR'] = dataDir;
    process.env['OPENCLAUSE_CONTENT_DIR'] = path.resolve(
      import.meta.dirname,
      '../fixtures/content/basic',
    );
    delete process.env['DATABASE_URL'];
    try {
      expect(await main(['sync'], capture().io)).toBe(0);
      const good = path.join(dataDir, 'letters.csv');
      fs.writeFileSync(
        good,
        'body,clause,stance,date\n建议第二条包括城中村。,第二条,amend,2026-11-20\n同意。,,support,2026-11-21\n',
      );
      const bad = path.join(dataDir, 'bad.csv');
      fs.writeFileSync(
        bad,
        'body,clause,stance,date\n好,第二条,amend,2026-11-20\n坏,第九十条,maybe,2026-11-20\n',
      );

      const first = capture();
      expect(
        await main(
          [
            'import-comments',
            good,
            '--consultation',
            'sample/first-reading',
            '--channel',
            'letter',
          ],
          first.io,
        ),
      ).toBe(0);
      expect(first.out.stdout).toMatch(/2 imported, 0 imported before/);
      expect(first.out.stderr, 'progress of the import job').toContain('Stored 2 of 2 rows.');
      const again = capture();
      expect(
        await main(
          ['import-comments', good, '--consultation', 'sample/first-reading', '--channel', '来信'],
          again.io,
        ),
      ).toBe(0);
      expect(again.out.stdout).toMatch(/0 imported, 2 imported before/);
      const refused = capture();
      expect(
        await main(
          ['import-comments', bad, '--consultation', 'sample/first-reading', '--channel', 'letter'],
          refused.io,
        ),
      ).toBe(1);
      expect(refused.out.stderr).toContain('bad.csv:3 [stance]');
      expect(refused.out.stderr).toContain('bad.csv:3 [clause]');
      const noChannel = capture();
      expect(
        await main(
          ['import-comments', good, '--consultation', 'sample/first-reading'],
          noChannel.io,
        ),
      ).toBe(1);
      expect(noChannel.out.stderr).toContain('The column "channel" is missing');

      const handle = await openDatabase({ databaseUrl: null, dataDir });
      const rows = await handle.db
        .select({ channel: schema.comments.channel })
        .from(schema.comments);
      const audit = await handle.db.select().from(schema.auditEvents);
      await handle.close();
      expect(rows).toEqual([{ channel: 'letter' }, { channel: 'letter' }]);
      expect(audit.map((a) => a.action)).toEqual(['comments.import', 'comments.import']);
    } finally {
      process.env = saved;
    }
  });

  it('explains its usage when the consultation is missing', async () => {
    const { out, io } = capture();
    expect(await main(['import-comments', 'x.csv'], io)).toBe(2);
    expect(out.stderr).toContain('Usage: openclause import-comments');
  });
});
