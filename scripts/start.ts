/**
 * `npm start`: build the server if the sources are newer than the build, then start it: the
 * built bundle's `serve` (src/server.ts → src/lib/web/serve.ts) applies migrations, syncs the
 * content and serves on http://localhost:4321 (PORT / HOST to change).
 * `--rebuild` builds even when the build looks fresh; `--build-only` stops after the build.
 * Nothing from src/ is imported here: the server process runs one copy of each module, the
 * bundle's (before, this script loaded src/ as TypeScript beside the bundle's own copies, and
 * the two were held together by state on globalThis).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist/server/entry.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entryName of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entryName.isFile())
      newest = Math.max(
        newest,
        fs.statSync(path.join(entryName.parentPath, entryName.name)).mtimeMs,
      );
  }
  return newest;
}

const sourcesChanged = () =>
  !fs.existsSync(entry) ||
  Math.max(
    newestMtime(path.join(root, 'src')),
    fs.statSync(path.join(root, 'astro.config.mjs')).mtimeMs,
  ) > fs.statSync(entry).mtimeMs;

if (process.argv.includes('--rebuild') || sourcesChanged()) {
  process.stdout.write('Building the site (astro build)…\n');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      // Astro's usage data would leave the city's server for a third party's, unasked (and
      // print a notice about it on every first start); the operator can still turn it on.
      env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The tests build once, before they start and time any server.
if (process.argv.includes('--build-only')) process.exit(0);

// The adapter's own server is not started: serve() makes one with the comment form's direct
// route in front of the adapter's handler.
process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
const { serve } = (await import(entry)) as { serve: () => Promise<void> };
await serve();
