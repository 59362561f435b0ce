export { HOLD_REASONS, REPORT_THRESHOLD, REPORTS_PER_HOUR, moderate, parseAction, type HoldReason, type ModerationAction, type Transition } from './transitions.ts';
export { applyDecision, campaignsOf, findConsultation, moderationQueue, publishedComments, publishedCount, publishedFacets, redactComment, redactionsOf, reportComment, reportedQueue, secondComment, type DecisionReport, type ReportOutcome, type PublishedFilter } from './repository.ts';
export { redact, REDACTED, REDACTION_REASONS, type RedactionReason, type RedactionResult } from './redaction.ts';
export { campaignKey, groupCampaigns, normaliseForCampaign, type CampaignGroup } from './campaigns.ts';
export { BANDS, NEAR_THRESHOLD, bandKeys, estimatedSimilarity, groupNearDuplicates, minhashSignature, sameLetter, sentenceKeys } from './near-duplicates.ts';
export { applyGroupDecision, countUngrouped, groupDetail, groupMemberIds, groupUngrouped, nearGroupsOf, regroupConsultation, REGROUP_CHUNK, type GroupSummary, type RegroupProgress } from './groups.ts';
export { isConfirmed, permissionFor, readGroupDecision, type GroupDecision } from './group-decision.ts';
export { condense, memberDiff, type CondensedPart, type MemberDiff } from './member-diff.ts';
