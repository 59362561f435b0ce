/**
 * Comments: the pure intake core (receipts, sanitising, masking, validation: no database, no
 * Astro) and, last, its database-bound twins (`submit.ts`, `repository.ts`).
 */
export { isWellFormedReceipt, normaliseReceipt } from './receipt.ts';
export { CATEGORIES, CHANNELS, STANCES, validateCommentInput, type Channel } from './validate.ts';
export { submitComment } from './submit.ts';
export { findByReceipt, listIncoming } from './repository.ts';
