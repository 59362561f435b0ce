/**
 * Redaction: a moderator cuts a passage (a name, an insult) from a comment's public text.
 * Every occurrence of the passage in every public field of the comment becomes REDACTED
 * (src/lib/comments/public-fields.ts); the originals stay for staff. Pure: the repository stores the result and the record.
 */
export const REDACTED = '[已删节]';
export const REDACTION_REASONS = ['personal-data', 'abuse', 'defamation'] as const;
export type RedactionReason = (typeof REDACTION_REASONS)[number];

export type RedactionResult =
  | { ok: true; text: string; occurrences: number; passage: string; reason: RedactionReason }
  | { ok: false; reason: 'empty' | 'not-found' | 'bad-reason' };

/** A passage as a moderator typed it, line ends normalised and trimmed. */
export const normalisePassage = (raw: string) => raw.replace(/\r\n?/g, '\n').trim();

/**
 * Cuts every occurrence of `passage` from `text`. Earlier redaction markers are never matched
 * into, so "删" cannot break a "[已删节]".
 * @example applyRedaction('张三说张三', '张三') // { text: '[已删节]说[已删节]', occurrences: 2 }
 */
export function applyRedaction(
  text: string,
  passage: string,
): { text: string; occurrences: number } {
  if (passage === '' || passage === REDACTED) return { text, occurrences: 0 };
  const segments = text.split(REDACTED).map((segment) => segment.split(passage));
  const occurrences = segments.reduce((n, pieces) => n + pieces.length - 1, 0);
  return occurrences === 0
    ? { text, occurrences }
    : { text: segments.map((pieces) => pieces.join(REDACTED)).join(REDACTED), occurrences };
}

/** Checks a moderator's passage and reason before anything is cut. */
export function checkRedaction(
  rawPassage: string,
  rawReason: string,
):
  | { ok: true; passage: string; reason: RedactionReason }
  | { ok: false; reason: 'empty' | 'bad-reason' } {
  if (!(REDACTION_REASONS as readonly string[]).includes(rawReason))
    return { ok: false, reason: 'bad-reason' };
  const passage = normalisePassage(rawPassage);
  if (passage === '' || passage === REDACTED) return { ok: false, reason: 'empty' };
  return { ok: true, passage, reason: rawReason as RedactionReason };
}

/**
 * @example redact('张三是骗子，请查处', '张三', 'personal-data') // { ok: true, text: '[已删节]是骗子，请查处', occurrences: 1, … }
 */
export function redact(publicText: string, rawPassage: string, rawReason: string): RedactionResult {
  const checked = checkRedaction(rawPassage, rawReason);
  if (!checked.ok) return checked;
  const { text, occurrences } = applyRedaction(publicText, checked.passage);
  if (occurrences === 0) return { ok: false, reason: 'not-found' };
  return { ok: true, text, occurrences, passage: checked.passage, reason: checked.reason };
}
