/**
 * The server process, after the build: open the database, apply migrations, sync the content,
 * then serve on http://localhost:4321 (PORT / HOST to change), and stop gracefully on SIGTERM.
 *
 * This module is part of the built bundle (src/server.ts is the bundle's entry), so the server
 * process holds exactly one copy of every module: one fold scheduler, one intake batcher, one
 * drain count, one database handle. `scripts/start.ts` only builds and calls `serve`.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readConfig } from '../config/index.ts';
import { openDatabase, registerDb } from '../db/index.ts';
import { formatError } from '../errors/index.ts';
import { feedbackNote, sampleDatesNote } from '../content/index.ts';
import { prepareDatabase } from '../setup/prepare.ts';
import { drain } from './drain.ts';
import { intakeRoute } from './intake-route.ts';
import { oneClickRoute } from './one-click-route.ts';
import { compressResponses } from './compress.ts';
import { withOutlet } from './outlet.ts';
import { finishFolding, startIntakeSweep } from '../intake/index.ts';
import { lingeringClose } from './linger.ts';
import { startImportRunner } from '../imports/jobs.ts';
import { startNotifications } from '../notify/index.ts';
import { preloadDownloadLibraries } from '../export/preload.ts';

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves with `astroHandler` (the Node adapter's: static files, then pages) behind the comment form's direct route. */
export async function serve(astroHandler: NodeHandler): Promise<void> {
  try {
    const config = readConfig();
    const handle = await openDatabase(config);
    const report = await prepareDatabase(handle, config);
    if (report) {
      process.stdout.write(
        `Database ready (${handle.kind}); content: ${report.regulations} regulations, ${report.versionsAdded.length} versions added, ${report.versionsUnchanged} unchanged.\n` +
          sampleDatesNote(report) +
          feedbackNote(report),
      );
    }
    registerDb(handle);
    if (config.secureCookies && !config.passwordPepper) {
      process.stderr.write(
        '注意：未设置 OPENCLAUSE_PASSWORD_PEPPER，员工密码的哈希只存于数据库中。Note: OPENCLAUSE_PASSWORD_PEPPER is not set; staff password hashes rely on the database alone (README, configuration).\n',
      );
    }
    // Stop taking requests, let those in flight finish (up to 10 s), then close the pool: closing
    // it first failed every request still running with CONNECTION_ENDED.
    // The fold is waited for too (up to 5 s), and counts what this process stored last: closing
    // the pool under a running fold failed it with CONNECTION_ENDED.
    let stopSweep = () => {};
    const shutdown = async () => {
      const all = await drain(10_000);
      if (!all) process.stderr.write('shutdown: requests still running after 10 s were cut off\n');
      stopSweep();
      await Promise.race([
        finishFolding(handle.db),
        new Promise((resolve) => setTimeout(resolve, 5000).unref()),
      ]);
      await handle.close().catch(() => {});
      process.exit(0);
    };
    // Log what would otherwise end the process without a word; a failed request must not take
    // the server down, but an exception outside any request leaves unknown state: exit.
    process.on('unhandledRejection', (reason) =>
      process.stderr.write(
        `unhandled rejection: ${formatError(reason)}\n${(reason as Error)?.stack ?? ''}\n`,
      ),
    );
    process.on('uncaughtException', (error) => {
      process.stderr.write(`uncaught exception: ${formatError(error)}\n${error.stack ?? ''}\n`);
      process.exit(1);
    });
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    // The server is ours rather than the adapter's so that the comment form's post can be
    // answered before Astro's pipeline (intake-route.ts), and a mail program's one-click
    // unsubscribe (one-click-route.ts); every other request goes to the adapter's handler
    // (static files, then pages) as in its standalone mode, compressed (the adapter compresses
    // nothing; the form post's own answers are redirects with no body).
    const listener = lingeringClose(
      intakeRoute({
        db: () => handle.db,
        config,
        next: oneClickRoute({
          db: () => handle.db,
          next: compressResponses(withOutlet(astroHandler)),
        }),
      }),
    );
    const certPath = process.env['SERVER_CERT_PATH'];
    const keyPath = process.env['SERVER_KEY_PATH'];
    const server =
      certPath && keyPath
        ? https.createServer(
            { cert: fs.readFileSync(certPath), key: fs.readFileSync(keyPath) },
            listener,
          )
        : http.createServer(listener);
    const host = process.env['HOST'] ?? 'localhost';
    const port = Number(process.env['PORT'] ?? 4321);
    server.listen(port, host, () => {
      process.stdout.write(
        `Server listening on ${certPath && keyPath ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}\n`,
      );
    });
    // The spreadsheet and Word libraries, so that no reader's first download waits for them.
    void preloadDownloadLibraries((library, error) =>
      process.stderr.write(`loading ${library}: ${formatError(error)}\n`),
    );
    // Comments of a process that died between storing and counting them are counted here.
    const stopIntakeSweep = startIntakeSweep(handle.db);
    // Import jobs queued by any process are stored by whichever process takes them first.
    const stopImports = startImportRunner(handle.db, 1000, (error) =>
      process.stderr.write(`import job: ${formatError(error)}\n`),
    );
    // E-mail in the outbox is sent by whichever process claims it first (when SMTP is configured).
    const stopMail = startNotifications(handle.db, config, (error) =>
      process.stderr.write(`mail worker: ${formatError(error)}\n`),
    );
    stopSweep = () => {
      stopIntakeSweep();
      stopImports();
      stopMail();
    };
  } catch (error) {
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  }
}
