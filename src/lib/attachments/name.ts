/**
 * A safe name for a sent file: the last path segment only (so `../../etc/passwd` or
 * `C:\x\y.pdf` name nothing outside), without control, format (bidi overrides, zero-width)
 * or separator characters, at most MAX_NAME_LENGTH characters, and always ending in the
 * extension of the kind sniffed from the content, whatever the sender's name said.
 *
 * @example safeFileName('../../证据/现场照片.PNG.exe', 'png') // '现场照片.PNG.png'
 */
import { MAX_NAME_LENGTH } from './limits.ts';
import { EXTENSIONS, type AttachmentKind } from './sniff.ts';

export function safeFileName(sent: string, kind: AttachmentKind): string {
  const extension = EXTENSIONS[kind];
  const last = sent.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"*:<>?|]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = cleaned
    .replace(/\.(pdf|docx|jpe?g|png|exe|html?|js|svg)$/i, '')
    .replace(/^\.+/, '')
    .trim();
  const room = MAX_NAME_LENGTH - extension.length - 1;
  const chars = [...stem];
  const kept = (chars.length > room ? chars.slice(0, room).join('') : stem).trim() || 'attachment';
  return `${kept}.${extension}`;
}

/**
 * The Content-Disposition of a download: an ASCII fallback name (non-ASCII replaced by `_`)
 * and the real name in RFC 5987 form.
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
