/**
 * The form posts of the legislative plan's consultation (src/pages/plans/[year]/): a comment
 * on one item or on the whole plan, and a resident's proposal of a new project. Each stores a
 * comment through the intake (src/lib/comments/submit.ts) and returns its receipt code; a
 * refusal names the status and message the page answers with (src/lib/web/form-action.ts).
 */
import type { Db } from '../db/index.ts';
import { queueReceipt } from '../comments/intake.ts';
import { submitComment, type SubmitInput, type SubmitOutcome } from '../comments/submit.ts';
import { refuseSubmission, textFields, type RefusalAnswer } from '../comments/submission-post.ts';
import { defineFormAction } from '../web/form-action.ts';
import { proposalBody } from './proposal.ts';

export interface PlanPostDeps {
  db: Db;
  consultation: { id: number; opensAt: Date; closesAt: Date };
  now: Date;
  addressHash: string;
  commentsPerHour: number;
}

type Reason = Exclude<SubmitOutcome, { ok: true }>['reason'];

const UNAVAILABLE: RefusalAnswer = { status: 503, message: 'form.tryAgain' };
const RATE_LIMITED: RefusalAnswer = { status: 429, message: 'form.rateLimited' };
const SPAM: RefusalAnswer = { status: 422, message: 'planComment.submissionWasNotAccepted' };

/**
 * How the plan's pages answer a refused comment: an invalid one (and a reason not named) with
 * 422 and its field errors; a closed window with 409 and the page's own notice of it.
 */
const COMMENT_REFUSALS: Partial<Record<Reason, RefusalAnswer>> = {
  unavailable: UNAVAILABLE,
  'rate-limited': RATE_LIMITED,
  closed: { status: 409 },
  'unknown-clause': { status: 422, message: 'planComment.thatPlanItemDoes' },
  spam: SPAM,
};

/** A proposal names no item; one before the window opens is refused like one after it. */
const PROPOSAL_REFUSALS: Partial<Record<Reason, RefusalAnswer>> = {
  unavailable: UNAVAILABLE,
  'rate-limited': RATE_LIMITED,
  closed: { status: 409 },
  'not-open': { status: 409 },
  spam: SPAM,
};

/** Stores the comment; then, as for a version's form, the receipt e-mail its author asked for. */
async function intake(
  deps: PlanPostDeps,
  raw: SubmitInput['raw'],
  references?: readonly string[],
): Promise<SubmitOutcome> {
  const outcome = await submitComment(deps.db, {
    raw,
    version: null,
    consultations: [{ ...deps.consultation, versionId: null }],
    now: deps.now,
    addressHash: deps.addressHash,
    commentsPerHour: deps.commentsPerHour,
    ...(references ? { references } : {}),
  });
  if (outcome.ok && !outcome.duplicate) await queueReceipt(deps.db, outcome.receiptCode, raw);
  return outcome;
}

/** A comment on one plan item (`clause` is `item_<slug>`) or on the plan as a whole. */
export function planCommentAction(deps: PlanPostDeps & { references: readonly string[] }) {
  return defineFormAction({
    input: textFields,
    handler: async (raw) => {
      const outcome = await intake(deps, raw, deps.references);
      if (outcome.ok) return { receiptCode: outcome.receiptCode };
      return refuseSubmission(outcome, COMMENT_REFUSALS[outcome.reason] ?? { status: 422 });
    },
  });
}

/** A proposal of a new legislative project: its three parts become one comment's text. */
export function proposalAction(deps: PlanPostDeps & { language: 'zh' | 'en' }) {
  return defineFormAction({
    input: textFields,
    handler: async (raw) => {
      const proposal = proposalBody(raw, deps.language);
      if (!proposal.ok)
        return refuseSubmission({ reason: 'invalid', errors: proposal.errors }, { status: 422 });
      const outcome = await intake(deps, {
        ...raw,
        body: proposal.body,
        stance: 'amend',
        clause: '',
        suggestedWording: '',
      });
      if (outcome.ok) return { receiptCode: outcome.receiptCode };
      return refuseSubmission(outcome, PROPOSAL_REFUSALS[outcome.reason] ?? { status: 422 });
    },
  });
}
