export { HOLD_REASONS, HOLD_REASON_LABELS, moderate, parseAction, type HoldReason, type ModerationAction, type Transition } from './transitions.ts';
export { applyDecision, moderationQueue, publishedComments, secondComment, type DecisionReport } from './repository.ts';
