import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/db/client.ts';

describe('embedded database settings', () => {
  it.skipIf(Boolean(process.env['TEST_DATABASE_URL']))('keeps PGlite’s shared buffers small, so the process stays within a small machine’s memory', async () => {
    const handle = await openDatabase({ databaseUrl: null, dataDir: '' }, { memory: true });
    try {
      const rows = (await handle.db.execute(sql`select setting, unit from pg_settings where name in ('shared_buffers', 'wal_buffers') order by name`)) as unknown as
        | { rows: { setting: string; unit: string }[] }
        | { setting: string; unit: string }[];
      const list = Array.isArray(rows) ? rows : rows.rows;
      // pg_settings counts buffers in 8 kB blocks: 32 MB = 4096 blocks, 1 MB = 128.
      expect(list.map((r) => `${r.setting}×${r.unit}`)).toEqual(['4096×8kB', '128×8kB']);
    } finally {
      await handle.close();
    }
  });
});
