import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { publicColumns, publicRows } from '../../../../../lib/export/public-comments.ts';
import { xlsxTable } from '../../../../../lib/export/table-stream.ts';
import { getVersion } from '../../../../../lib/regulations/index.ts';

/** The same table as comments.csv, as an Excel workbook: published comments and replies, no personal details. */
export const GET: APIRoute = async ({ params }) => {
  const db = await getReadDb();
  const data = await getVersion(db, params['slug'] ?? '', params['version'] ?? '');
  if (!data) return new Response(null, { status: 404 });
  const labels = new Map(data.clauses.map((c) => [c.eId, c.label || c.heading]));
  const header = publicColumns(labels).map((c) => c.header);
  return new Response(xlsxTable(header, publicRows(db, data.version.id, labels), 'comments'), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="comments-${data.regulation.slug}-${data.version.slug}.xlsx"`,
    },
  });
};
