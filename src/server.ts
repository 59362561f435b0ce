/**
 * The built server's entry (dist/server/entry.mjs; astro.config.mjs makes it the Node adapter's
 * entry): the adapter's own exports, and `serve`, which starts the whole process on the modules
 * of this same bundle (src/lib/web/serve.ts). `scripts/start.ts` imports nothing from src/.
 */
import { handler } from '@astrojs/node/server.js';
import { serve as serveWith } from './lib/web/serve.ts';

export { handler, options, startServer } from '@astrojs/node/server.js';

export function serve(): Promise<void> {
  // The adapter's handler settles its own errors; nothing waits on the promise it returns.
  return serveWith((req, res) => void handler(req, res));
}

/** For bench/lib/serve-cached.ts, which serves the bundle on a database handle of its own. */
export { registerDb } from './lib/db/index.ts';
export { compressResponses } from './lib/web/compress.ts';
