import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { publicColumns, publicRows } from '../../../../../lib/export/public-comments.ts';
import { csvTable } from '../../../../../lib/export/table-stream.ts';
import { getVersion } from '../../../../../lib/regulations/index.ts';

/** The published comments of a version with their replies as CSV, streamed page by page; no personal details. */
export const GET: APIRoute = async ({ params }) => {
  const db = await getReadDb();
  const data = await getVersion(db, params['slug'] ?? '', params['version'] ?? '');
  if (!data) return new Response(null, { status: 404 });
  const labels = new Map(data.clauses.map((c) => [c.eId, c.label || c.heading]));
  const header = publicColumns(labels).map((c) => c.header);
  return new Response(csvTable(header, publicRows(db, data.version.id, labels)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="comments-${data.regulation.slug}-${data.version.slug}.csv"`,
    },
  });
};
