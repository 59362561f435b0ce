import type { APIRoute } from 'astro';
import { comparisonDocx, comparisonXlsx } from '../../../lib/comparison/export.ts';
import { loadComparison } from '../../../lib/comparison/repository.ts';
import { isTextChange } from '../../../lib/comparison/view.ts';
import { getDb } from '../../../lib/db/index.ts';

const TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The comparison table as Excel (compare.xlsx) or Word (compare.docx), changed articles only. */
export const GET: APIRoute = async ({ params, url }) => {
  const format = params['format'];
  if (format !== 'xlsx' && format !== 'docx') return new Response(null, { status: 404 });
  const result = await loadComparison(
    await getDb(),
    params['slug'] ?? '',
    url.searchParams.get('from'),
    url.searchParams.get('to'),
  );
  if (!result.ok) return new Response(null, { status: 404 });
  const c = result.comparison;
  const rows = c.view.rows.filter(isTextChange);
  const meta = {
    title: c.regulation.title,
    fromLabel: c.from.label,
    toLabel: c.to.label,
    language: c.regulation.language === 'en' ? 'en' : 'zh',
    notes: c.notes,
  } as const;
  const body =
    format === 'xlsx' ? await comparisonXlsx(rows, meta) : await comparisonDocx(rows, meta);
  const name = `${c.regulation.shortTitle}-${c.from.label}-${c.to.label}.${format}`;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': TYPES[format],
      'Content-Disposition': `attachment; filename="comparison.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
};
