/**
 * Staff annotations on a comment, as pure rules: free tags (normalised so that "Fees",
 * " fees " and "ＦＥＥＳ" are one tag) and internal notes.
 */
import type { Message } from '../i18n/index.ts';

export const MAX_TAG_LENGTH = 30;
export const MAX_NOTE_LENGTH = 2000;

/**
 * A tag as stored, or null when nothing usable is left.
 * @example normaliseTag('  Property  Fees ') // 'property fees'
 */
export function normaliseTag(raw: string): string | null {
  const tag = raw
    .normalize('NFKC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  if (tag === '' || [...tag].length > MAX_TAG_LENGTH) return null;
  return tag;
}

export function readNote(
  raw: string,
): { ok: true; body: string } | { ok: false; message: Message } {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, message: { key: 'triage.note.empty' } };
  if ([...body].length > MAX_NOTE_LENGTH)
    return { ok: false, message: { key: 'triage.note.tooLong', vars: { max: MAX_NOTE_LENGTH } } };
  return { ok: true, body };
}
