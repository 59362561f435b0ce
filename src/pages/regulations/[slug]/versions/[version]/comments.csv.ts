import type { APIRoute } from 'astro';
import { getReadDb } from '../../../../../lib/db/index.ts';
import { BOM, csvLine } from '../../../../../lib/export/csv.ts';
import { publishedComments } from '../../../../../lib/moderation/index.ts';
import { getVersion } from '../../../../../lib/regulations/index.ts';
import { approvedAttachmentCounts } from '../../../../../lib/attachments/index.ts';

/** The published comments of a version as CSV, streamed page by page; no personal details. */
export const GET: APIRoute = async ({ params }) => {
  const db = await getReadDb();
  const data = await getVersion(db, params['slug'] ?? '', params['version'] ?? '');
  if (!data) return new Response(null, { status: 404 });
  const labels = new Map(data.clauses.map((c) => [c.eId, c.label || c.heading]));
  const encoder = new TextEncoder();
  let before: number | null = null;
  let started = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(['clause_eid', 'clause', 'stance', 'comment', 'suggested_wording', 'quoted_passage', 'author', 'category', 'created_at', 'attachments'])));
      }
      const rows = await publishedComments(db, { versionId: data.version.id, limit: 500, beforeId: before });
      // Only approved files are counted: the others are not public (issue #18).
      const files = await approvedAttachmentCounts(db, rows.map((c) => c.id));
      for (const c of rows) {
        controller.enqueue(encoder.encode(csvLine([c.clauseEId ?? '', c.clauseEId ? labels.get(c.clauseEId) ?? '' : '', c.stance, c.publicBody, c.suggestedWording ?? '', c.quote ?? '', c.displayName ?? '', c.category, c.createdAt.toISOString(), files.get(c.id) ?? 0])));
      }
      if (rows.length < 500) controller.close();
      else before = rows.at(-1)!.id;
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="comments-${data.regulation.slug}-${data.version.slug}.csv"`,
    },
  });
};
