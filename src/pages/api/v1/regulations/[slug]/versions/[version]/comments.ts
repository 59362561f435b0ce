import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../../../lib/db/index.ts';
import { badParameter, decodeCursor, encodeCursor, json, notFound } from '../../../../../../../lib/export/api.ts';
import { intParam } from '../../../../../../../lib/web/query.ts';
import { publishedComments } from '../../../../../../../lib/moderation/index.ts';
import { getVersion } from '../../../../../../../lib/regulations/index.ts';

/**
 * GET /api/v1/regulations/:slug/versions/:version/comments?clause=&stance=&category=&stage=&limit=&cursor=
 * Published comments, newest first, with personal data masked and no contact details.
 */
export const GET: APIRoute = async ({ params, url }) => {
  const db = await getReadDb();
  const data = await getVersion(db, params['slug'] ?? '', params['version'] ?? '');
  if (!data) return notFound();
  const q = url.searchParams;
  const asked = intParam(q, 'limit', { min: 1, max: 200 });
  if (!asked.ok) return badParameter(asked);
  const limit = asked.value ?? 50;
  const rows = await publishedComments(db, {
    versionId: data.version.id,
    clauseEId: q.get('clause'),
    stance: q.get('stance'),
    category: q.get('category'),
    stage: q.get('stage'),
    limit: limit + 1,
    beforeId: decodeCursor(q.get('cursor')),
  });
  const page = rows.slice(0, limit);
  return json({
    comments: page.map((c) => ({
      clause: c.clauseEId,
      stance: c.stance,
      text: c.publicBody,
      suggestedWording: c.suggestedWording,
      // The passage commented on: offsets in the clause's plain text (UTF-16), and its text.
      quote: c.quote === null ? null : { text: c.quote, start: c.quoteStart, end: c.quoteEnd },
      author: c.displayName,
      category: c.category,
      stage: c.stage,
      createdAt: c.createdAt,
    })),
    nextCursor: rows.length > limit ? encodeCursor(page.at(-1)!.id) : null,
  });
};
