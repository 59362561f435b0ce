/**
 * The one path from what a commenter wrote to what the public may read: every text field of
 * a comment (its text, suggested wording, quote and author name) is sanitised, has personal
 * data masked (mask.ts) and has every passage a moderator redacted replaced by `[已删节]`.
 * Intake stores the result beside the originals; a redaction recomputes it; public pages, the
 * API, public exports, receipts, the feedback report and staff without the right to personal
 * data read only these fields. Pure.
 */
import { maskPersonalData } from './mask.ts';
import { sanitiseLine, sanitiseText } from './sanitise.ts';
import { applyRedaction } from '../moderation/redaction.ts';

/** The fields as the commenter wrote them (staff with `comments:personal-data` only). */
export interface OriginalFields {
  body: string;
  suggestedWording: string | null;
  quote: string | null;
  displayName: string | null;
}

/** The same fields as the public reads them. */
export interface PublicFields {
  publicBody: string;
  publicSuggestedWording: string | null;
  publicQuote: string | null;
  publicDisplayName: string | null;
}

const TEXT_FIELDS = [
  ['body', 'publicBody', sanitiseText],
  ['suggestedWording', 'publicSuggestedWording', sanitiseText],
  ['quote', 'publicQuote', sanitiseText],
  ['displayName', 'publicDisplayName', sanitiseLine],
] as const;

/** One field as published: sanitised, masked, then each redacted passage cut in order. */
export function publicText(
  original: string,
  passages: readonly string[] = [],
  sanitise: (s: string) => string = sanitiseText,
): string {
  let text = maskPersonalData(sanitise(original)).text;
  for (const passage of passages) text = applyRedaction(text, passage).text;
  return text;
}

/**
 * @example publicFields({ body: '李四海电话13812345678', suggestedWording: null, quote: null, displayName: '李四海' }, ['李四海'])
 * // { publicBody: '[已删节]电话138****5678', publicSuggestedWording: null, publicQuote: null, publicDisplayName: '[已删节]' }
 */
export function publicFields(
  original: OriginalFields,
  passages: readonly string[] = [],
): PublicFields {
  const out = {} as Record<keyof PublicFields, string | null>;
  for (const [from, to, sanitise] of TEXT_FIELDS) {
    const value = original[from];
    out[to] = value === null ? null : publicText(value, passages, sanitise);
  }
  return out as unknown as PublicFields;
}

/**
 * One more redacted passage, applied to fields already public: the new fields and how many
 * occurrences were cut across all of them.
 */
export function redactPublicFields(
  fields: PublicFields,
  passage: string,
): { fields: PublicFields; occurrences: number } {
  let occurrences = 0;
  const out = { ...fields } as Record<keyof PublicFields, string | null>;
  for (const [, to] of TEXT_FIELDS) {
    const value = fields[to];
    if (value === null) continue;
    const cut = applyRedaction(value, passage);
    occurrences += cut.occurrences;
    out[to] = cut.text;
  }
  return { fields: out as unknown as PublicFields, occurrences };
}

/** Whether a staff member sees originals (`personalData`) or the public fields, field by field. */
export function fieldsFor<T extends OriginalFields & PublicFields>(
  row: T,
  personalData: boolean,
): OriginalFields {
  return personalData
    ? {
        body: row.body,
        suggestedWording: row.suggestedWording,
        quote: row.quote,
        displayName: row.displayName,
      }
    : {
        body: row.publicBody,
        suggestedWording: row.publicSuggestedWording,
        quote: row.publicQuote,
        displayName: row.publicDisplayName,
      };
}
