/**
 * The questionnaire's form post (src/pages/regulations/[slug]/consultations/[consultation]/
 * questionnaire.astro): the answers are stored through submitQuestionnaire and the receipt code
 * returned; a refusal names the status and message the page answers with
 * (src/lib/web/form-action.ts).
 */
import { refuseSubmission, textFields, type RefusalAnswer } from '../comments/submission-post.ts';
import type { Db } from '../db/index.ts';
import { defineFormAction } from '../web/form-action.ts';
import type { Question } from './questionnaire.ts';
import { submitQuestionnaire, type QuestionnaireOutcome } from './submit.ts';

type Reason = Exclude<QuestionnaireOutcome, { ok: true }>['reason'];

/** An invalid response is refused with 422 and its errors by question. */
const REFUSALS: Record<Exclude<Reason, 'invalid'>, RefusalAnswer> = {
  spam: { status: 422, message: 'planComment.submissionWasNotAccepted' },
  closed: { status: 409 },
  'not-open': { status: 409 },
  'rate-limited': { status: 429, message: 'form.rateLimited' },
  unavailable: { status: 503, message: 'form.tryAgain' },
};

export interface QuestionnaireActionDeps {
  db: Db;
  consultation: { id: number; opensAt: Date; closesAt: Date };
  questions: readonly Question[];
  now: Date;
  addressHash: string;
  perHour: number;
  /** Told why a response could not be stored (the database did not answer): the page logs it. */
  report: (cause: unknown) => void;
}

export function questionnaireAction({ report, ...deps }: QuestionnaireActionDeps) {
  return defineFormAction({
    input: textFields,
    handler: async (raw) => {
      const outcome = await submitQuestionnaire(deps.db, { ...deps, raw });
      if (outcome.ok) return { receiptCode: outcome.receiptCode };
      if (outcome.reason === 'unavailable') report(outcome.cause);
      return refuseSubmission(
        outcome,
        outcome.reason === 'invalid' ? { status: 422 } : REFUSALS[outcome.reason],
      );
    },
  });
}
