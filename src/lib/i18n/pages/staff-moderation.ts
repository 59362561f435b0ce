/**
 * The moderation queue (src/pages/staff/moderation.astro, src/lib/moderation/repository.ts). Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffModerationPage = m({
  'moderationPage.selectCommentsActionFirst': {
    zh: '请先勾选意见，并选择操作（不予公开时须选择理由）。',
    en: 'Select comments and an action first (holding back needs a reason).',
  },
  'moderationPage.done': { zh: '已处理 {count} 条。', en: '{count} done.' },
  'moderationPage.noConsent': {
    zh: '{count} 条因作者未同意公开而未公开。',
    en: ' {count} not published: the author did not consent.',
  },
  'moderationPage.review': { zh: '待审核', en: 'To review' },
  'moderationPage.status': { zh: '审核状态', en: 'Status' },
  'moderationPage.onlyCommentsContaining': {
    zh: '只看含有以下文字的意见',
    en: 'Only comments containing',
  },
  'moderationPage.find': { zh: '查找', en: 'Find' },
  'moderationPage.selectedComments': { zh: '对勾选的意见', en: 'For the selected comments' },
  'moderationPage.publish': { zh: '公开', en: 'Publish' },
  'moderationPage.reason': { zh: '理由', en: 'Reason' },
  'moderationPage.apply': { zh: '执行', en: 'Apply' },
  'moderationPage.select': { zh: '选择', en: 'Select' },
  'moderationPage.consent': { zh: '同意公开', en: 'Consent' },
  'moderationPage.selectComment': { zh: '选择意见', en: 'Select comment' },
  'moderationPage.publicTextPersonalData': {
    zh: '公开文本（已隐去个人信息）：',
    en: 'Public text (personal data masked): ',
  },
  'moderationPage.yes': { zh: '是', en: 'Yes' },
  'moderationPage.no': { zh: '否', en: 'No' },

  'moderation.reported.tab': { zh: '被举报', en: 'Reported' },
  'moderation.reported.lead': {
    zh: '读者举报、尚未审核的意见。公开或不予公开都会把这些举报记为已审核：已审核的举报不再计数，同一批举报不会再次隐藏该意见。',
    en: 'Comments with reports no moderator has reviewed yet. Publishing or holding back marks their reports reviewed: reviewed reports no longer count, so the same reports cannot hide the comment again.',
  },
  'moderation.reported.count': { zh: '{n} 人举报', en: 'Reported by {n}' },
  'moderation.reported.hidden': {
    zh: '已因举报暂时隐藏',
    en: 'Hidden by the reports until reviewed',
  },
  'moderation.reported.reviewed': {
    zh: '{n} 条意见的举报已记为已审核。',
    en: 'Reports on {n} comments marked reviewed.',
  },
  'moderation.reported.keep': { zh: '公开（举报不成立）', en: 'Publish (reports dismissed)' },
});
