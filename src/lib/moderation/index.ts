export {
  HOLD_REASONS,
  REPORT_THRESHOLD,
  REPORTS_PER_HOUR,
  moderate,
  parseAction,
} from './transitions.ts';
export {
  applyDecision,
  campaignsOf,
  findConsultation,
  moderationQueue,
  publishedComments,
  publishedCount,
  publishedFacets,
  redactComment,
  redactionsOf,
  reportComment,
  reportedQueue,
  secondComment,
  type PublishedFilter,
} from './repository.ts';
export { redact, REDACTION_REASONS } from './redaction.ts';
export { campaignKey } from './campaigns.ts';
export { campaignSummary } from './campaign-summary.ts';
export { groupNearDuplicates } from './near-duplicates.ts';
export {
  applyGroupDecision,
  countUngrouped,
  mayHoldUngrouped,
  groupDetail,
  groupMemberIds,
  groupUngrouped,
  nearGroupsOf,
  nearGroupTotals,
  regroupConsultation,
} from './groups.ts';
export {
  isConfirmed,
  permissionFor,
  readGroupDecision,
  type GroupDecision,
} from './group-decision.ts';
export { memberDiffs } from './member-diff.ts';
