/**
 * The answer that serves a file: only ever a download. The type is the one sniffed from the
 * content, the name the cleaned one (name.ts), `nosniff` so no browser guesses another type,
 * and never kept by a shared cache (a file can be made private again). The middleware adds
 * the sandboxing CSP (DOWNLOAD_CSP) to every answer under /attachments/, /staff/attachments/
 * and /receipts/:code/files/.
 */
import { attachmentDisposition } from './name.ts';
import type { Download } from './repository.ts';
import { MEDIA_TYPES } from './sniff.ts';

export const DOWNLOAD_PATH = /^\/((staff\/)?attachments\/|receipts\/[^/]+\/files\/)/;

/** Where the holder of a receipt downloads one of their own files (src/pages/receipts/[code]/files/[id].ts). */
export function receiptDownloadPath(receiptCode: string, id: number): string {
  return `/receipts/${encodeURIComponent(receiptCode)}/files/${id}`;
}

export function downloadResponse(file: Download): Response {
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': MEDIA_TYPES[file.kind],
      'Content-Length': String(file.content.byteLength),
      'Content-Disposition': attachmentDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    },
  });
}
