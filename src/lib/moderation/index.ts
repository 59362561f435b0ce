export { HOLD_REASONS, HOLD_REASON_LABELS, moderate, parseAction, type HoldReason, type ModerationAction, type Transition } from './transitions.ts';
export { applyDecision, moderationQueue, publishedComments, type DecisionReport } from './repository.ts';
