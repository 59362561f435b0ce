import type { APIRoute } from 'astro';
import { getDb } from '../../../../lib/db/index.ts';
import { getVersionFile } from '../../../../lib/regulations/index.ts';
import { requireStaff } from '../../../../lib/web/guard.ts';

/**
 * A stored version's source, exactly as a content/ version file: saving it into content/
 * makes the sync find the version unchanged (see README, "Versions published on the web").
 */
export const GET: APIRoute = async (context) => {
  const guard = requireStaff(context, 'regulations:publish');
  if (!guard.ok) return guard.response;
  const row = await getVersionFile(
    await getDb(),
    context.params['slug'] ?? '',
    context.params['version'] ?? '',
  );
  if (!row) return new Response(null, { status: 404 });
  return new Response(row.source, {
    headers: {
      'Content-Type': 'text/markdown; charset=utf-8',
      'Content-Disposition': `attachment; filename="${String(row.position).padStart(2, '0')}-${row.slug}.md"`,
    },
  });
};
