/**
 * Staff annotations on a comment, as pure rules: free tags (normalised so that "Fees",
 * " fees " and "ＦＥＥＳ" are one tag) and internal notes.
 */
export const MAX_TAG_LENGTH = 30;
export const MAX_NOTE_LENGTH = 2000;

/**
 * A tag as stored, or null when nothing usable is left.
 * @example normaliseTag('  Property  Fees ') // 'property fees'
 */
export function normaliseTag(raw: string): string | null {
  const tag = raw.normalize('NFKC').replace(/[\p{Cc}\p{Cf}]/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
  if (tag === '' || [...tag].length > MAX_TAG_LENGTH) return null;
  return tag;
}

export function readNote(raw: string): { ok: true; body: string } | { ok: false; message: { zh: string; en: string } } {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body === '') return { ok: false, message: { zh: '备注不能为空。', en: 'The note is empty.' } };
  if ([...body].length > MAX_NOTE_LENGTH) return { ok: false, message: { zh: `备注不超过 ${MAX_NOTE_LENGTH} 字。`, en: `Notes are limited to ${MAX_NOTE_LENGTH} characters.` } };
  return { ok: true, body };
}
