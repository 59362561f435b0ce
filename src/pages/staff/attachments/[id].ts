/** A file sent with a comment, for staff who read comments: any file, whatever its review, as a download. */
import type { APIRoute } from 'astro';
import { attachmentDownload, downloadResponse } from '../../../lib/attachments/index.ts';
import { getDb } from '../../../lib/db/index.ts';
import { requireStaff } from '../../../lib/web/guard.ts';

export const GET: APIRoute = async (context) => {
  const guard = requireStaff(context, 'comments:read');
  if (!guard.ok) return guard.response;
  const id = Number(context.params.id);
  if (!Number.isSafeInteger(id) || id <= 0) return new Response(null, { status: 404 });
  const file = await attachmentDownload(await getDb(), id, true);
  return file ? downloadResponse(file) : new Response(null, { status: 404 });
};
