/** Amendments: span edits of a clause proposed by citizens and advisors, decided by committee staff. */
export {
  applyEdits,
  collisions,
  groupTouching,
  minimalEdit,
  suggestionEdit,
  touches,
} from './spans.ts';
export { bodyOf, draftFromDecisions } from './draft.ts';
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
  type ChangeReason,
} from './repository.ts';
export { spanRedline } from './redline.ts';
export { AMENDMENTS_PER_PAGE, clauseView } from './view.ts';
