export { HOLD_REASONS, HOLD_REASON_LABELS, REPORT_THRESHOLD, moderate, parseAction, type HoldReason, type ModerationAction, type Transition } from './transitions.ts';
export { applyDecision, campaignsOf, findConsultation, moderationQueue, publishedComments, publishedFacets, reportComment, secondComment, type DecisionReport, type PublishedFilter } from './repository.ts';
export { campaignKey, groupCampaigns, normaliseForCampaign, type CampaignGroup } from './campaigns.ts';
