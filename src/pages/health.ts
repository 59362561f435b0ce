import type { APIRoute } from 'astro';
import { getDbHandle } from '../lib/db/index.ts';
import { directPostsTaken } from '../lib/web/intake-route.ts';
import { foldSchedulerCount, intakeBatcherCount, uncountedComments } from '../lib/intake/index.ts';

/**
 * Health: 200 when the database answers within two seconds, 503 otherwise. `uncounted` is the
 * number of stored comments not yet folded into the kept counts (normally 0, or a few during
 * a surge): a number that keeps growing means the fold is failing. `directPosts` counts the
 * comment-form posts this process took before Astro's pipeline (src/lib/web/intake-route.ts);
 * `foldSchedulers` and `intakeBatchers` how many of each this process runs: one each once it has
 * taken a comment, since the server runs one copy of every module (src/server.ts).
 */
export const GET: APIRoute = async () => {
  const started = Date.now();
  try {
    const handle = await getDbHandle();
    const uncounted = await Promise.race([
      uncountedComments(handle.db),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
    ]);
    return Response.json(
      {
        status: 'ok',
        database: handle.kind,
        ms: Date.now() - started,
        uncounted,
        directPosts: directPostsTaken(),
        foldSchedulers: foldSchedulerCount(),
        intakeBatchers: intakeBatcherCount(),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch {
    return Response.json(
      { status: 'unavailable', database: 'down' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
};
