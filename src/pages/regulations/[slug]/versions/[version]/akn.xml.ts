import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { errors } from '../../../../../lib/errors/index.ts';
import { getVersionFile } from '../../../../../lib/regulations/index.ts';
import { parseDraft, toAkomaNtoso } from '../../../../../lib/legislation/index.ts';

/**
 * A published version as Akoma Ntoso 3.0 XML, with the same eIds as the reading page and the
 * comments (see src/lib/legislation/akoma-ntoso.ts for the structure it keeps to).
 */
export const GET: APIRoute = async ({ params }) => {
  const row = await getVersionFile(
    await getReadDb(),
    params['slug'] ?? '',
    params['version'] ?? '',
  );
  if (!row) return new Response(null, { status: 404 });
  const language = row.language === 'en' ? 'en' : 'zh';
  const parsed = parseDraft(row.source, { file: null, language });
  // A stored version was parsed before it was stored, and the parser is deterministic.
  if (!parsed.ok)
    throw errors.storedVersionUnparseable(
      `${row.regulation}/${row.slug}`,
      parsed.errors[0]?.message ?? '',
    );
  const xml = toAkomaNtoso(parsed.document, {
    country: language === 'zh' ? 'cn' : 'us',
    work: row.regulation,
    version: row.slug,
    date: row.date,
    author: '#openclause',
    type: row.stage === 'enacted' || row.stage === 'evaluation' ? 'act' : 'bill',
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/akn+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${row.regulation}-${row.slug}.akn.xml"`,
    },
  });
};
