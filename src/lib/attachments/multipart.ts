/**
 * A multipart/form-data body (RFC 7578), already read within its cap, split into text fields
 * and files. The files are views into the body (no copy), so a post holds its files' bytes
 * once. Anything a browser would not send is `null` (the caller answers "malformed"): no
 * boundary, a part without a name, headers that are not UTF-8 or run past 8 KiB, a text field
 * that is not well-formed text or holds a NUL, more than MAX_PARTS parts, no closing boundary.
 */
export interface SentFile {
  field: string;
  /** The name as the browser sent it (a full path on some old browsers); never trusted. */
  name: string;
  data: Buffer;
}

interface Multipart {
  fields: Record<string, string>;
  files: SentFile[];
}

const MAX_PARTS = 64;
const MAX_HEADER_BYTES = 8 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The boundary of a multipart/form-data Content-Type, or null. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const [type, ...params] = contentType.split(';');
  if (type!.trim().toLowerCase() !== 'multipart/form-data') return null;
  for (const param of params) {
    const at = param.indexOf('=');
    if (at < 0 || param.slice(0, at).trim().toLowerCase() !== 'boundary') continue;
    const value = param
      .slice(at + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    return /^[0-9A-Za-z'()+_,\-./:=? ]{1,70}$/.test(value) && !value.endsWith(' ') ? value : null;
  }
  return null;
}

export function parseMultipart(body: Buffer, boundary: string): Multipart | null {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  // The first delimiter may start the body (without the CRLF before it).
  let at = body.subarray(0, delimiter.length - 2).equals(delimiter.subarray(2))
    ? delimiter.length - 2
    : body.indexOf(delimiter);
  if (at < 0) return null;
  if (at !== delimiter.length - 2) at += delimiter.length;
  const fields: Record<string, string> = {};
  const files: SentFile[] = [];
  for (let parts = 0; ; parts++) {
    // After a delimiter: `--` closes the body, CRLF opens a part.
    if (body.toString('latin1', at, at + 2) === '--') return { fields, files };
    if (body.toString('latin1', at, at + 2) !== '\r\n' || parts >= MAX_PARTS) return null;
    const headersEnd = body.indexOf('\r\n\r\n', at + 2);
    if (headersEnd < 0 || headersEnd - at > MAX_HEADER_BYTES) return null;
    const headers = decode(body.subarray(at + 2, headersEnd));
    const next = body.indexOf(delimiter, headersEnd + 4);
    if (headers === null || next < 0) return null;
    const disposition = dispositionOf(headers);
    if (!disposition) return null;
    const content = body.subarray(headersEnd + 4, next);
    if (disposition.filename !== null)
      files.push({ field: disposition.name, name: disposition.filename, data: content });
    else {
      const text = decode(content);
      if (text === null || text.includes('\0')) return null;
      fields[disposition.name] = text;
    }
    at = next + delimiter.length;
  }
}

function decode(bytes: Buffer): string | null {
  try {
    const text = utf8.decode(bytes);
    return text.isWellFormed() ? text : null;
  } catch {
    return null;
  }
}

/** `name` and `filename` of a part's Content-Disposition (browsers escape `"` as %22 and send UTF-8 as is). */
function dispositionOf(headers: string): { name: string; filename: string | null } | null {
  const line = headers.split('\r\n').find((h) => /^content-disposition:/i.test(h));
  if (!line || !/^content-disposition:\s*form-data\s*;/i.test(line)) return null;
  const name = /;\s*name="([^"]*)"/i.exec(line)?.[1];
  if (name === undefined || name === '' || name.includes('\0')) return null;
  const filename = /;\s*filename="([^"]*)"/i.exec(line)?.[1] ?? null;
  if (filename?.includes('\0')) return null;
  return {
    name: unescapeQuotes(name),
    filename: filename === null ? null : unescapeQuotes(filename),
  };
}

function unescapeQuotes(value: string): string {
  return value.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
}
