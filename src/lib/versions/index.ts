/** Staff-published versions: the pure check of a pasted text, then its database-bound twin. */
export { composeSource, draftVersion, MAX_SOURCE_CHARS, type DraftInput, type DraftOutcome, type DraftProblem, type DraftVersion } from './draft.ts';
export { findPublishTarget, latestDocument, publishVersion, type PublishOutcome, type PublishTarget } from './publish.ts';
export { renderExplanation, renderPendingExplanations } from './explanation.ts';
export { checkDraft, DRAFT_TIMEOUT_MS } from './check.ts';
export { looksLikeZip, readWordDraft, uploadKind, WORD_LIMITS, type WordNote, type WordOutcome, type WordRefusal } from './word.ts';
export { convertWordDraft, WORD_TIMEOUT_MS } from './word-check.ts';
