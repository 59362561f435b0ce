import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../../../lib/db/index.ts';
import {
  badParameter,
  decodeCursor,
  encodeCursor,
  json,
  notFound,
} from '../../../../../../../lib/export/api.ts';
import { intParam } from '../../../../../../../lib/web/query.ts';
import { publicCommentPage } from '../../../../../../../lib/export/public-comments.ts';
import { getVersion } from '../../../../../../../lib/regulations/index.ts';

/**
 * GET /api/v1/regulations/:slug/versions/:version/comments?clause=&stance=&category=&stage=&limit=&cursor=
 * Published comments, newest first, with personal data masked and no contact details, each with
 * its disposition, the official reply and the later clause that reflects it (once answered).
 */
export const GET: APIRoute = async ({ params, url }) => {
  const db = await getReadDb();
  const data = await getVersion(db, params['slug'] ?? '', params['version'] ?? '');
  if (!data) return notFound();
  const q = url.searchParams;
  const asked = intParam(q, 'limit', { min: 1, max: 200 });
  if (!asked.ok) return badParameter(asked);
  const limit = asked.value ?? 50;
  const page = await publicCommentPage(db, {
    versionId: data.version.id,
    clauseEId: q.get('clause'),
    stance: q.get('stance'),
    category: q.get('category'),
    stage: q.get('stage'),
    limit: limit + 1,
    beforeId: decodeCursor(q.get('cursor')),
  });
  const comments = page.comments.slice(0, limit);
  return json({
    comments,
    nextCursor: page.count > limit ? encodeCursor(page.idAt(limit - 1)) : null,
  });
};
