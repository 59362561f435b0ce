/**
 * The form post of a public submission (a comment, a proposal, a questionnaire), read the one
 * way (src/lib/web/form-action.ts). The whole form's text goes to the intake's own validation
 * (src/lib/comments/validate.ts, src/lib/evaluation/questionnaire.ts), which checks its fields
 * together; its refusal comes back as the form's problems (the field errors of an invalid post,
 * or one message about the whole form, or none) with the status the page answers.
 */
import { z } from 'astro/zod';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { FormRefusal, type FormResult } from '../web/form-action.ts';
import type { FieldError } from './validate.ts';

/** Every text field of the post as posted (the first value of each); a file is not read. */
export const textFields = z.record(z.string(), z.unknown()).transform((posted) => {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(posted))
    if (typeof value === 'string') text[name] = value;
  return text;
});

/** How a page answers one reason of refusal: its status, and what it says (nothing: the page's own notice says it). */
export interface RefusalAnswer {
  status: number;
  message?: MessageKey;
}

/**
 * Refuses the post with the submission's outcome: an invalid one with its field errors, any
 * other with the answer the page gives for its reason.
 */
export function refuseSubmission(
  outcome: { reason: string; errors?: readonly FieldError[] },
  answer: RefusalAnswer,
): never {
  const problems =
    outcome.reason === 'invalid' && outcome.errors
      ? outcome.errors.map((e) => ({ field: e.field, message: e.message }))
      : answer.message
        ? [{ field: null, message: { key: answer.message } }]
        : [];
  throw new FormRefusal(problems, answer.status);
}

/**
 * A refused submission as the comment form shows it: each field's message (by field name) and
 * the message about the whole form; nothing for a GET or an accepted post.
 */
export function submissionProblems(
  t: Translate,
  result: FormResult<unknown> | null,
): { fieldErrors: Record<string, string>; formError: string | null } {
  if (!result || result.ok) return { fieldErrors: {}, formError: null };
  const say = (p: (typeof result.problems)[number]) => t(p.message.key, p.message.vars);
  const general = result.problems.find((p) => p.field === null);
  return {
    fieldErrors: Object.fromEntries(
      result.problems.filter((p) => p.field !== null).map((p) => [p.field, say(p)]),
    ),
    formError: general ? say(general) : null,
  };
}
