export { generateReceiptCode, isWellFormedReceipt, normaliseReceipt } from './receipt.ts';
export { sanitiseLine, sanitiseText } from './sanitise.ts';
export { maskPersonalData, type Masked, type PersonalDataKind } from './mask.ts';
export { validateCommentInput, STANCES, CATEGORIES, type CommentValue, type FieldError, type Stance, type Category } from './validate.ts';
export { submitComment, type SubmitInput, type SubmitOutcome } from './submit.ts';
export { findByReceipt, hitRateLimit, listIncoming, storeComment, type NewComment } from './repository.ts';
