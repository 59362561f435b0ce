/**
 * A first look at a request before any page reads it: a form post too large (413), or not a
 * form at all — bytes that are not UTF-8, percent-escapes that decode to no text, a NUL
 * (which no form sends and PostgreSQL refuses in text), a multipart body that does not parse
 * (400). Pages can then trust `formData()`; JSON bodies are left to the routes that take them.
 */

/** Far above the largest real form (three 5,000-character fields, percent-encoded ≈ 140 KB). */
export const MAX_FORM_BYTES = 1024 * 1024;

/**
 * Staff upload pages (spreadsheet import, version upload) take files: a 2 MB spreadsheet, and
 * its base64 copy in the confirm form. Their file parts are binary (XLSX is a zip, a CSV from
 * Excel on Chinese Windows is GB18030); their text fields are still checked.
 */
export const UPLOAD_PATHS = /^\/staff\/(import|versions\/[a-z0-9-]+)$/;
export const UPLOAD_FORM_BYTES = 4 * 1024 * 1024;

export type BodyProblem = 'too-large' | 'malformed';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A NUL anywhere in the path or the query: no page has a use for it, and the database refuses it. */
export function hasNulInUrl(url: URL): boolean {
  return /%00/.test(url.pathname + url.search);
}

export async function checkFormBody(
  request: Request,
  limit = MAX_FORM_BYTES,
  options: { binaryFiles?: boolean } = {},
): Promise<BodyProblem | null> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return null;
  const declared = Number(request.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) return 'too-large';
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!FORM_TYPES.includes(type)) return null;
  const bytes = await readAtMost(request.clone().body!, limit);
  if (!bytes) return 'too-large';
  if (options.binaryFiles && type === 'multipart/form-data')
    return checkMultipartFields(bytes, request.headers.get('content-type')!);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'malformed';
  }
  if (text.includes('\0')) return 'malformed';
  if (type === 'application/x-www-form-urlencoded')
    return isWellFormedUrlEncoded(text) ? null : 'malformed';
  if (type === 'multipart/form-data') {
    const parsed = await new Response(bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'Content-Type': request.headers.get('content-type')! },
    })
      .formData()
      .catch(() => null);
    return parsed ? null : 'malformed';
  }
  return null;
}

/** A multipart body that parses, whose text fields are well-formed and free of NUL (files may hold any bytes). */
async function checkMultipartFields(
  bytes: Uint8Array,
  contentType: string,
): Promise<BodyProblem | null> {
  const parsed = await new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': contentType },
  })
    .formData()
    .catch(() => null);
  if (!parsed) return 'malformed';
  for (const [name, value] of parsed) {
    const texts = typeof value === 'string' ? [name, value] : [name];
    if (texts.some((t) => !t.isWellFormed() || t.includes('\0') || t.includes('\uFFFD')))
      return 'malformed';
  }
  return null;
}

/** Whether every name and value of a urlencoded body percent-decodes to well-formed text without NUL. */
export function isWellFormedUrlEncoded(body: string): boolean {
  for (const part of body.split('&')) {
    try {
      const decoded = decodeURIComponent(part.replace(/\+/g, ' '));
      if (!decoded.isWellFormed() || decoded.includes('\0')) return false;
    } catch {
      return false; // URIError: %FF and the like are not UTF-8
    }
  }
  return true;
}

/** The whole stream, or null as soon as it passes `limit` bytes. */
export async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned (teed) body settles only when the
      // other branch is cancelled too, and the page never reads it.
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
