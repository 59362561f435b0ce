/**
 * Staff pages that take files: a clerk entering a letter with its scan and enclosures
 * (/staff/enter, issue #18), a spreadsheet of opinions to import (/staff/import), and a Word
 * draft to publish as a version (/staff/versions/<slug>). Such a
 * post is read once, within its cap, and split once (src/lib/attachments/multipart.ts); the
 * middleware checks its CSRF token from the split fields and hands the split post to the page
 * (`Astro.locals.filesPost`), so its files are held once rather than once per `formData()`.
 * Like the public form's posts with files, at most ATTACHMENT_POSTS_AT_ONCE are read at a time
 * by a process (src/lib/web/attachment-post.ts).
 *
 * An import went through `formData()` three times before (the body check on a copy of the
 * stream, the CSRF check, the page) and then was copied twice more: 1.5 MB spreadsheets took
 * 22 MB of the server's memory each, three at once 48 MB (tests/hostile/server/load.test.ts).
 */
import { MAX_ATTACHMENT_POST_BYTES } from '../attachments/limits.ts';
import { boundaryOf, parseMultipart, type SentFile } from '../attachments/multipart.ts';
import { MAX_DRAFT_POST } from '../versions/limits.ts';
import { readAtMost, UPLOAD_FORM_BYTES } from './request-body.ts';

export const STAFF_FILES_PATHS = /^\/staff\/(enter|import|versions\/[a-z0-9-]+)$/;

/**
 * The cap of a post with files to `pathname`: a spreadsheet (2 MB) and the form; a Word draft
 * and the draft's text (src/lib/versions/draft-step.ts); else a comment's files.
 */
export function filesPostCap(pathname: string): number {
  if (pathname === '/staff/import') return UPLOAD_FORM_BYTES;
  if (pathname.startsWith('/staff/versions/')) return MAX_DRAFT_POST;
  return MAX_ATTACHMENT_POST_BYTES;
}

export interface FilesPost {
  fields: Record<string, string>;
  files: SentFile[];
}

type ReadFilesPost =
  { ok: true; post: FilesPost } | { ok: false; problem: 'too-large' | 'malformed' };

/** The multipart boundary when this request is a post with files to a staff page that takes them; else null. */
export function staffFilesBoundary(request: Request, url: URL): string | null {
  if (request.method !== 'POST' || !STAFF_FILES_PATHS.test(url.pathname)) return null;
  return boundaryOf(request.headers.get('content-type') ?? undefined);
}

/** The post's fields and files, read from the request's own body (nothing else reads it after). */
export async function readFilesPost(
  request: Request,
  boundary: string,
  cap = MAX_ATTACHMENT_POST_BYTES,
): Promise<ReadFilesPost> {
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > cap) return { ok: false, problem: 'too-large' };
  if (!request.body) return { ok: false, problem: 'malformed' };
  const bytes = await readAtMost(request.body, cap);
  if (!bytes) return { ok: false, problem: 'too-large' };
  const parsed = parseMultipart(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    boundary,
  );
  return parsed ? { ok: true, post: parsed } : { ok: false, problem: 'malformed' };
}
