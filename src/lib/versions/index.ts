/** Staff-published versions: the pure check of a pasted text, then its database-bound twin. */
export { draftVersion, MAX_SOURCE_CHARS, type DraftInput } from './draft.ts';
export { findPublishTarget, latestDocument, publishVersion } from './publish.ts';
export { renderPendingExplanations } from './explanation.ts';
export { checkDraft } from './check.ts';
export { convertWordDraft } from './word-check.ts';
export {
  draftStep,
  publishedLocation,
  publishedVersion,
  type DraftPost,
  type DraftStep,
} from './draft-step.ts';
export { MAX_DOCX_UPLOAD, MAX_DRAFT_POST, MAX_TEXT_UPLOAD } from './limits.ts';
