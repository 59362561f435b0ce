/**
 * The files of a comment post, checked as a whole before anything is stored: the empty part a
 * browser sends when no file was chosen is dropped; then at most MAX_FILES, none empty, none
 * above MAX_FILE_BYTES, each a PDF, DOCX, JPEG or PNG by its content (sniff.ts). The first
 * problem refuses the whole post, so a comment is never stored with some of its files.
 */
import { createHash } from 'node:crypto';
import { MAX_FILE_BYTES, MAX_FILES } from './limits.ts';
import type { SentFile } from './multipart.ts';
import { safeFileName } from './name.ts';
import { sniffKind, type AttachmentKind } from './sniff.ts';

export interface AcceptedFile {
  fileName: string;
  kind: AttachmentKind;
  size: number;
  sha256: string;
  content: Uint8Array;
}

/** Why files were refused; `file` names the one at fault, as the sender named it (shown escaped). */
export type FileProblem =
  | { problem: 'too-many' }
  | { problem: 'too-large' | 'empty' | 'type' | 'zip-bomb'; file: string }
  | { problem: 'malformed' | 'post-too-large' };

type CheckedFiles = { ok: true; files: AcceptedFile[] } | { ok: false; refusal: FileProblem };

/** The form's file input; parts under any other name are refused (no form sends them). */
export const FILES_FIELD = 'files';

export function checkFiles(sent: readonly SentFile[]): CheckedFiles {
  const chosen = sent.filter((f) => !(f.name === '' && f.data.byteLength === 0));
  if (chosen.some((f) => f.field !== FILES_FIELD))
    return { ok: false, refusal: { problem: 'malformed' } };
  if (chosen.length > MAX_FILES) return { ok: false, refusal: { problem: 'too-many' } };
  const files: AcceptedFile[] = [];
  for (const f of chosen) {
    const file = shortName(f.name);
    if (f.data.byteLength === 0) return { ok: false, refusal: { problem: 'empty', file } };
    if (f.data.byteLength > MAX_FILE_BYTES)
      return { ok: false, refusal: { problem: 'too-large', file } };
    const sniffed = sniffKind(f.data);
    if (!sniffed.ok) return { ok: false, refusal: { problem: sniffed.reason, file } };
    files.push({
      fileName: safeFileName(f.name, sniffed.kind),
      kind: sniffed.kind,
      size: f.data.byteLength,
      sha256: createHash('sha256').update(f.data).digest('hex'),
      content: f.data,
    });
  }
  return { ok: true, files };
}

/** The sender's name as shown in a refusal: its last segment, at most 60 characters. */
function shortName(name: string): string {
  const last = [...(name.split(/[/\\]/).pop() ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '')];
  return last.length > 60 ? `${last.slice(0, 59).join('')}…` : last.join('');
}
