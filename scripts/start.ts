/**
 * `npm start`: build the server if the sources are newer than the build, apply migrations,
 * sync the content, then serve on http://localhost:4321 (PORT / HOST to change).
 * `--rebuild` builds even when the build looks fresh; `--build-only` stops after the build.
 * The database handle opened here is reused by the server, so the embedded database has a
 * single owner.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { readConfig } from '../src/lib/config/index.ts';
import { openDatabase, registerDb } from '../src/lib/db/index.ts';
import { formatError } from '../src/lib/errors/index.ts';
import { prepareDatabase } from '../src/lib/setup/prepare.ts';
import { drain } from '../src/lib/web/drain.ts';
import { intakeRoute } from '../src/lib/web/intake-route.ts';
import { finishFolding, startIntakeSweep } from '../src/lib/comments/fold.ts';
import { lingeringClose } from '../src/lib/web/linger.ts';
import { startImportRunner } from '../src/lib/imports/jobs.ts';
import { startNotifications } from '../src/lib/notify/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const entry = path.join(root, 'dist/server/entry.mjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entryName of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entryName.isFile()) newest = Math.max(newest, fs.statSync(path.join(entryName.parentPath, entryName.name)).mtimeMs);
  }
  return newest;
}

const sourcesChanged = () =>
  !fs.existsSync(entry) ||
  Math.max(newestMtime(path.join(root, 'src')), fs.statSync(path.join(root, 'astro.config.mjs')).mtimeMs) >
    fs.statSync(entry).mtimeMs;

if (process.argv.includes('--rebuild') || sourcesChanged()) {
  process.stdout.write('Building the site (astro build)…\n');
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The tests build once, before they start and time any server.
if (process.argv.includes('--build-only')) process.exit(0);

try {
  const config = readConfig();
  const handle = await openDatabase(config);
  const report = await prepareDatabase(handle, config.contentDir);
  if (report) {
    process.stdout.write(
      `Database ready (${handle.kind}); content: ${report.regulations} regulations, ${report.versionsAdded.length} versions added, ${report.versionsUnchanged} unchanged.\n`,
    );
  }
  registerDb(handle);
  // Stop taking requests, let those in flight finish (up to 10 s), then close the pool: closing
  // it first failed every request still running with CONNECTION_ENDED.
  // The fold is waited for too (up to 5 s), and counts what this process stored last: closing
  // the pool under a running fold failed it with CONNECTION_ENDED.
  let stopSweep = () => {};
  const shutdown = async () => {
    const all = await drain(10_000);
    if (!all) process.stderr.write('shutdown: requests still running after 10 s were cut off\n');
    stopSweep();
    await Promise.race([finishFolding(handle.db), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    await handle.close().catch(() => {});
    process.exit(0);
  };
  // Log what would otherwise end the process without a word; a failed request must not take
  // the server down, but an exception outside any request leaves unknown state: exit.
  process.on('unhandledRejection', (reason) => process.stderr.write(`unhandled rejection: ${formatError(reason)}\n${(reason as Error)?.stack ?? ''}\n`));
  process.on('uncaughtException', (error) => {
    process.stderr.write(`uncaught exception: ${formatError(error)}\n${error.stack ?? ''}\n`);
    process.exit(1);
  });
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // The server is ours rather than the adapter's so that the comment form's post can be
  // answered before Astro's pipeline (src/lib/web/intake-route.ts); every other request goes
  // to the adapter's handler (static files, then pages) as in its standalone mode.
  process.env['ASTRO_NODE_AUTOSTART'] = 'disabled';
  const { handler } = (await import(entry)) as { handler: Parameters<typeof intakeRoute>[0]['next'] };
  const listener = lingeringClose(intakeRoute({ db: () => handle.db, config, next: handler }));
  const certPath = process.env['SERVER_CERT_PATH'];
  const keyPath = process.env['SERVER_KEY_PATH'];
  const server = certPath && keyPath ? https.createServer({ cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) }, listener) : http.createServer(listener);
  const host = process.env['HOST'] ?? 'localhost';
  const port = Number(process.env['PORT'] ?? 4321);
  server.listen(port, host, () => {
    process.stdout.write(`Server listening on ${certPath && keyPath ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}\n`);
  });
  // Comments of a process that died between storing and counting them are counted here.
  const stopIntakeSweep = startIntakeSweep(handle.db);
  // Import jobs queued by any process are stored by whichever process takes them first.
  const stopImports = startImportRunner(handle.db, 1000, (error) => process.stderr.write(`import job: ${formatError(error)}\n`));
  // E-mail in the outbox is sent by whichever process claims it first (when SMTP is configured).
  const stopMail = startNotifications(handle.db, config, (error) => process.stderr.write(`mail worker: ${formatError(error)}\n`));
  stopSweep = () => {
    stopIntakeSweep();
    stopImports();
    stopMail();
  };
} catch (error) {
  process.stderr.write(`${formatError(error)}\n`);
  process.exit(1);
}
