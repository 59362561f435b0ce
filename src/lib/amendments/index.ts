/** Amendments: span edits of a clause proposed by citizens and advisors, decided by committee staff. */
export { applyEdits, collisions, groupTouching, minimalEdit, suggestionEdit, touches, type ApplyOutcome, type Identified, type SpanEdit } from './spans.ts';
export { bodyOf, draftFromDecisions, type DraftProblem, type DraftProblemCode, type NextDraft } from './draft.ts';
export {
  amendmentCounts,
  changeReasons,
  clauseRowsOf,
  decideAmendment,
  findAmendmentVersion,
  importNewSuggestions,
  importSuggestions,
  linkAmendments,
  listAmendments,
  nextDraft,
  proposeAmendment,
  resolveCollision,
  type AmendmentRow,
  type AmendmentVersion,
  type ChangeReason,
  type Decision,
  type ProposeOutcome,
} from './repository.ts';
export { spanRedline } from './redline.ts';
export { clauseView, type ClauseView } from './view.ts';
