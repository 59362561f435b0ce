import type { APIRoute } from 'astro';
import { readingsXlsx } from '../../../lib/comparison/export.ts';
import { loadReadingTable } from '../../../lib/comparison/repository.ts';
import { getDb } from '../../../lib/db/index.ts';

/** The readings table (各稿对照表) as Excel, like compare.xlsx for two versions (#16). */
export const GET: APIRoute = async ({ params }) => {
  const data = await loadReadingTable(await getDb(), params['slug'] ?? '');
  if (!data || data.rows.length === 0) return new Response(null, { status: 404 });
  const body = await readingsXlsx(
    data.versions.map((v) => v.label),
    data.rows,
    { title: data.regulation.title, language: data.regulation.language === 'en' ? 'en' : 'zh' },
  );
  const name = `${data.regulation.shortTitle}-readings.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="readings.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    },
  });
};
