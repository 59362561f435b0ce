// Settings of the database clients that the app opens.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/lib/db/client.ts';

describe('embedded database settings', () => {
  it.skipIf(Boolean(process.env['TEST_DATABASE_URL']))(
    'keeps PGlite’s shared buffers small, so the process stays within a small machine’s memory',
    async () => {
      const handle = await openDatabase({ databaseUrl: null, dataDir: '' }, { memory: true });
      try {
        const rows: unknown = await handle.db.execute(
          sql`select setting, unit from pg_settings where name in ('shared_buffers', 'wal_buffers') order by name`,
        );
        type Setting = { setting: string; unit: string };
        const list = Array.isArray(rows) ? (rows as Setting[]) : (rows as { rows: Setting[] }).rows;
        // pg_settings counts buffers in 8 kB blocks: 32 MB = 4096 blocks, 1 MB = 128.
        expect(list.map((r) => `${r.setting}×${r.unit}`)).toEqual(['4096×8kB', '128×8kB']);
      } finally {
        await handle.close();
      }
    },
  );
});

describe('reconnecting to PostgreSQL after failures', () => {
  it('waits at most a quarter second, however many connections failed, so posts in an outage are refused at once', async () => {
    const { reconnectDelaySeconds } = await import('../../../src/lib/db/client.ts');
    const delays = Array.from({ length: 40 }, (_, n) => reconnectDelaySeconds(n));
    expect(Math.max(...delays)).toBeLessThanOrEqual(0.25);
    expect(delays[0]).toBeGreaterThan(0);
    // postgres.js's own default reaches 20 s after a handful of failures.
    expect(delays[10]).toBe(0.25);
  });
});
