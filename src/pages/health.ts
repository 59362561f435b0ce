import type { APIRoute } from 'astro';
import { sql } from 'drizzle-orm';
import { getDbHandle } from '../lib/db/index.ts';

/** Health: 200 when the database answers within two seconds, 503 otherwise. */
export const GET: APIRoute = async () => {
  const started = Date.now();
  try {
    const handle = await getDbHandle();
    await Promise.race([
      handle.db.execute(sql`select 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
    ]);
    return Response.json({ status: 'ok', database: handle.kind, ms: Date.now() - started }, { headers: { 'Cache-Control': 'no-store' } });
  } catch {
    return Response.json({ status: 'unavailable', database: 'down' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
};
