/** A file sent with a comment, for the public: an approved file of a published comment, as a download (issue #18). */
import type { APIRoute } from 'astro';
import { attachmentDownload, downloadResponse } from '../../lib/attachments/index.ts';
import { getDb } from '../../lib/db/index.ts';

export const GET: APIRoute = async ({ params }) => {
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) return new Response(null, { status: 404 });
  const file = await attachmentDownload(await getDb(), id, false);
  return file ? downloadResponse(file) : new Response(null, { status: 404 });
};
