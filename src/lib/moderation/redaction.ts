/**
 * Redaction: a moderator cuts a passage (a name, an insult) from a comment's public text.
 * Every occurrence of the passage in the public text becomes REDACTED; the original `body`
 * stays for staff. Pure: the repository stores the result and the record.
 */
export const REDACTED = '[已删节]';
export const REDACTION_REASONS = ['personal-data', 'abuse', 'defamation'] as const;
export type RedactionReason = (typeof REDACTION_REASONS)[number];

export const REDACTION_REASON_LABELS: Record<RedactionReason, { zh: string; en: string }> = {
  'personal-data': { zh: '他人个人信息', en: 'personal data of others' },
  abuse: { zh: '辱骂或攻击性言辞', en: 'abusive words' },
  defamation: { zh: '诽谤或未经证实的指控', en: 'defamatory or unfounded accusation' },
};

export type RedactionResult =
  | { ok: true; text: string; occurrences: number; passage: string; reason: RedactionReason }
  | { ok: false; reason: 'empty' | 'not-found' | 'bad-reason' };

/**
 * @example redact('张三是骗子，请查处', '张三', 'personal-data') // { ok: true, text: '[已删节]是骗子，请查处', occurrences: 1, … }
 */
export function redact(publicText: string, rawPassage: string, rawReason: string): RedactionResult {
  if (!(REDACTION_REASONS as readonly string[]).includes(rawReason)) return { ok: false, reason: 'bad-reason' };
  const passage = rawPassage.replace(/\r\n?/g, '\n').trim();
  if (passage === '' || passage === REDACTED) return { ok: false, reason: 'empty' };
  // Earlier redaction markers are never matched into, so "删" cannot break a "[已删节]".
  const segments = publicText.split(REDACTED).map((segment) => segment.split(passage));
  const occurrences = segments.reduce((n, pieces) => n + pieces.length - 1, 0);
  if (occurrences === 0) return { ok: false, reason: 'not-found' };
  const text = segments.map((pieces) => pieces.join(REDACTED)).join(REDACTED);
  return { ok: true, text, occurrences, passage, reason: rawReason as RedactionReason };
}
