/**
 * What a visitor wrote into a comment form that was refused whole because its window had
 * closed (or had not yet opened) by the time it was sent. The page no longer shows the form
 * then, so it shows these texts back, to be copied: nothing typed is lost with the refusal.
 */
import type { MessageKey } from '../i18n/index.ts';

/** The form's free-text fields, in the order the form asks for them, with their labels. */
const WRITTEN: ReadonlyArray<readonly [field: string, label: MessageKey]> = [
  ['proposalTitle', 'participation.proposal.title'],
  ['proposalProblem', 'participation.proposal.problem'],
  ['proposalScope', 'participation.proposal.scope'],
  ['body', 'field.body'],
  ['suggestedWording', 'field.suggested'],
];

export interface UnsentText {
  field: string;
  label: MessageKey;
  text: string;
}

/** The free-text fields of a refused post that hold more than white space, as written. */
export function unsentTexts(values: Readonly<Record<string, string>>): UnsentText[] {
  return WRITTEN.flatMap(([field, label]) => {
    const text = values[field] ?? '';
    return text.trim() ? [{ field, label, text }] : [];
  });
}
