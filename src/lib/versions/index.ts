/** Staff-published versions: the pure check of a pasted text, then its database-bound twin. */
export { draftVersion, type DraftInput, type DraftOutcome } from './draft.ts';
export { findPublishTarget, latestDocument, publishVersion } from './publish.ts';
export { renderPendingExplanations } from './explanation.ts';
export { checkDraft } from './check.ts';
