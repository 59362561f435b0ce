/**
 * The kind of a file, from its content alone: the name's extension and the Content-Type the
 * sender declared are never consulted. A file is
 * - PDF when it begins with `%PDF-` (an HTML page renamed `.pdf` does not);
 * - PNG when it begins with PNG's eight-byte signature followed by an IHDR chunk;
 * - JPEG when it begins with a start-of-image marker followed by another marker;
 * - DOCX when it is a zip whose `[Content_Types].xml` declares a Word main document and that
 *   holds `word/document.xml`. The zip is read with the same guard as spreadsheet imports
 *   (src/lib/imports/zip.ts): its central directory is checked for bomb-like sizes and ratios
 *   first, and only `[Content_Types].xml` is ever inflated, under a small cap.
 * A file matching none is refused. A polyglot that begins like one kind and holds another is
 * accepted as the kind it begins with; it is harmless because it is only ever served as a
 * download of that kind, with `nosniff` and a sandbox (src/pages/attachments/[id].ts).
 */
import { readZip, type ZipLimits } from '../imports/zip.ts';

export const ATTACHMENT_KINDS = ['pdf', 'docx', 'jpeg', 'png'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const MEDIA_TYPES: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

export const EXTENSIONS: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'pdf',
  docx: 'docx',
  jpeg: 'jpg',
  png: 'png',
};

/** Why a zip is not taken as DOCX: not a Word document at all, or one that looks like a bomb. */
type SniffResult = { ok: true; kind: AttachmentKind } | { ok: false; reason: 'type' | 'zip-bomb' };

const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRatio: 100,
};
/** [Content_Types].xml is a few kilobytes; a larger one is not Word's. */
const CONTENT_TYPES_CAP = 256 * 1024;
const WORD_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffKind(bytes: Uint8Array): SniffResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buf, '%PDF-')) return { ok: true, kind: 'pdf' };
  if (
    buf.length > 16 &&
    buf.subarray(0, 8).equals(PNG_SIGNATURE) &&
    buf.toString('latin1', 12, 16) === 'IHDR'
  )
    return { ok: true, kind: 'png' };
  if (buf.length > 4 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff && buf[3]! >= 0xc0)
    return { ok: true, kind: 'jpeg' };
  if (buf.length > 4 && buf.readUInt32LE(0) === 0x04034b50) return sniffDocx(buf);
  return { ok: false, reason: 'type' };
}

function sniffDocx(buf: Buffer): SniffResult {
  const names = new Set<string>();
  const zip = readZip(buf, (name) => (names.add(name), name === '[Content_Types].xml'), {
    ...DOCX_LIMITS,
  });
  if (!zip.ok)
    return {
      ok: false,
      reason: zip.reason === 'too-large' || zip.reason === 'ratio' ? 'zip-bomb' : 'type',
    };
  const types = zip.entries.get('[Content_Types].xml');
  if (!types || types.byteLength > CONTENT_TYPES_CAP || !names.has('word/document.xml'))
    return { ok: false, reason: 'type' };
  return types.toString('utf8').includes(WORD_MAIN)
    ? { ok: true, kind: 'docx' }
    : { ok: false, reason: 'type' };
}

function startsWith(buf: Buffer, ascii: string): boolean {
  return buf.length >= ascii.length && buf.toString('latin1', 0, ascii.length) === ascii;
}
