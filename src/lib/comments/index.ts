/**
 * Comments: the pure intake core (receipts, sanitising, masking, validation: no database, no
 * Astro) and, last, its database-bound twins (`submit.ts`, `repository.ts`).
 */
export { diagnoseReceipt, EXAMPLE_RECEIPT, generateReceiptCode, isWellFormedReceipt, normaliseReceipt, type RandomSource, type ReceiptDiagnosis } from './receipt.ts';
export { isWellFormedText, sanitiseLine, sanitiseText } from './sanitise.ts';
export { maskPersonalData, type Found, type Masked, type PersonalDataKind } from './mask.ts';
export {
  CATEGORIES,
  CHANNELS,
  DEFAULT_LIMITS,
  STANCES,
  validateCommentInput,
  type Category,
  type Channel,
  type CommentContext,
  type CommentLimits,
  type CommentValue,
  type FieldError,
  type Stance,
  type ValidationResult,
} from './validate.ts';
export { submitComment, type SubmitInput, type SubmitOutcome } from './submit.ts';
export { findByReceipt, hitRateLimit, listIncoming } from './repository.ts';
export { storeComment, type NewComment } from '../intake/store.ts';
