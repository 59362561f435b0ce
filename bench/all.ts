/**
 * Every database benchmark in one go on one seeded database (seeded once, dropped at the end):
 * intake, reading, staff, export. Run: npm run bench:all
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import postgres from 'postgres';
import { databaseUrl } from './lib/harness.ts';

let failed = false;
for (const script of ['read.ts', 'staff.ts', 'export.ts', 'intake.ts']) {
  console.log(`\n=== ${script} ===`);
  const run = spawnSync(process.execPath, [path.join(import.meta.dirname, script)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_KEEP: '1' },
  });
  failed ||= run.status !== 0;
}
if (process.env['BENCH_KEEP'] !== '1') {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
process.exit(failed ? 1 : 0);
