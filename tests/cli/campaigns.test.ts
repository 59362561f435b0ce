import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';
import { submitComment } from '../../src/lib/comments/index.ts';
import { openDatabase, schema } from '../../src/lib/db/index.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-campaigns-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('openclause campaigns', () => {
  it('prints the form-letter groups of a consultation with representative, size and members', async () => {
    const saved = { ...process.env };
    process.env['OPENCLAUSE_DATA_DIR'] = dataDir;
    process.env['OPENCLAUSE_CONTENT_DIR'] = path.resolve(
      import.meta.dirname,
      '../fixtures/content/basic',
    );
    delete process.env['DATABASE_URL'];
    try {
      expect(await main(['sync'], capture().io)).toBe(0);
      const handle = await openDatabase({ databaseUrl: null, dataDir });
      const consultations = await handle.db.select().from(schema.consultations);
      const [v] = (await handle.db.select().from(schema.versions)).filter(
        (x) => x.slug === 'first-reading',
      );
      const letter =
        '我们强烈要求在第二条中明确示范活动的范围必须经过公开听证，并向全体居民公布听证结果和采纳情况。';
      const bodies = [
        `${letter}\n此致敬礼\n张三`,
        letter,
        '这是另一条完全不同的意见，建议删除第三条第二项关于公众参与的规定，改为由专家论证。',
        `${letter}\n此致敬礼\n李四`,
      ];
      for (const [i, body] of bodies.entries()) {
        const r = await submitComment(handle.db, {
          raw: { stance: 'amend', body, idempotencyKey: `campaign-cli-key-${i}` },
          version: { id: v!.id },
          consultations,
          now: new Date('2026-11-28T00:00:00Z'),
          addressHash: `c${i}`,
          commentsPerHour: 10,
        });
        expect(r.ok).toBe(true);
      }
      const ids = (await handle.db.select({ id: schema.comments.id }).from(schema.comments))
        .map((r) => r.id)
        .sort((a, b) => a - b);
      await handle.close();

      const { out, io } = capture();
      expect(
        await main(['campaigns', '--consultation', 'sample/first-reading', '--json'], io),
      ).toBe(0);
      const json = JSON.parse(out.stdout);
      expect(json.groups).toEqual([
        { representativeId: ids[0], size: 3, memberIds: [ids[0], ids[1], ids[3]] },
      ]);

      const missing = capture();
      expect(await main(['campaigns', '--consultation', 'sample/nope'], missing.io)).toBe(1);
      expect(missing.out.stderr).toContain('No such consultation');
    } finally {
      process.env = saved;
    }
  });
});
