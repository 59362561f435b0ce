/**
 * Bulk triage (src/pages/staff/comments/bulk.astro and the bulk bar of
 * src/pages/staff/comments/index.astro). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffBulkPage = m({
  'triageBulk.which': { zh: '对哪些意见', en: 'Which comments' },
  'triageBulk.scope.rows': { zh: '勾选的意见', en: 'The ticked comments' },
  'triageBulk.scope.page': { zh: '本页全部 {n} 条', en: 'All {n} on this page' },
  'triageBulk.scope.all': { zh: '符合筛选条件的全部 {n} 条', en: 'All {n} that match the filter' },
  'triageBulk.scope.tooMany': {
    zh: '符合条件的意见超过一次最多处理的 {max} 条，请缩小筛选范围。',
    en: 'More match than the {max} one action may cover: narrow the filter.',
  },
  'triageBulk.what': { zh: '执行什么操作', en: 'What to do' },
  'triageBulk.action.publish': {
    zh: '公开（作者未同意公开的除外）',
    en: 'Publish (except where the author did not consent)',
  },
  'triageBulk.action.hold': { zh: '不予公开，理由：', en: 'Hold back, because:' },
  'triageBulk.action.assign': { zh: '分配给：', en: 'Assign to:' },
  'triageBulk.action.tag': { zh: '加标签：', en: 'Add the tag:' },
  'triageBulk.action.dispose': {
    zh: '记录同一处理结果并公开同一答复',
    en: 'Record one disposition with one public reply',
  },
  'triageBulk.unassign': { zh: '（取消分配）', en: '(nobody: remove the assignment)' },
  'triageBulk.holdReason.abuse': { zh: '含有辱骂、攻击性内容', en: 'Abusive content' },
  'triageBulk.holdReason.spam': { zh: '广告或无关的重复内容', en: 'Spam' },
  'triageBulk.holdReason.personal-data': { zh: '含有他人个人信息', en: 'Personal data of others' },
  'triageBulk.holdReason.off-topic': { zh: '与本法规无关', en: 'Off topic' },
  'triageBulk.disposition.adopted': { zh: '采纳', en: 'Adopted' },
  'triageBulk.disposition.partly-adopted': { zh: '部分采纳', en: 'Partly adopted' },
  'triageBulk.disposition.not-adopted': { zh: '未采纳', en: 'Not adopted' },
  'triageBulk.disposition.out-of-scope': { zh: '不属于本法规范围', en: 'Out of scope' },
  'triageBulk.confirm.lead': {
    zh: '将对 {n} 条意见执行：{action}。',
    en: 'This will apply to {n} comments: {action}.',
  },
  'triageBulk.confirm.publish': { zh: '公开', en: 'publish' },
  'triageBulk.confirm.hold': { zh: '不予公开（{reason}）', en: 'hold back ({reason})' },
  'triageBulk.confirm.assign': { zh: '分配给 {name}', en: 'assign to {name}' },
  'triageBulk.confirm.unassign': { zh: '取消分配', en: 'remove the assignment' },
  'triageBulk.confirm.tag': { zh: '加标签“{tag}”', en: 'add the tag “{tag}”' },
  'triageBulk.confirm.dispose': {
    zh: '记录处理结果“{disposition}”并公开以下答复',
    en: 'record “{disposition}” and publish this reply',
  },
  'triageBulk.changed': {
    zh: '符合条件的意见数量已经变化，请按新的数量再确认一次。',
    en: 'The number of comments changed meanwhile: confirm again for the new number.',
  },
  'triageBulk.errorTitle': { zh: '无法执行', en: 'Cannot do this' },
  'triageBulk.error.action': { zh: '请选择要执行的操作。', en: 'Choose what to do.' },
  'triageBulk.error.holdReason': { zh: '不予公开须选择理由。', en: 'Holding back needs a reason.' },
  'triageBulk.error.assignee': {
    zh: '请选择可以承办的工作人员。',
    en: 'Choose a staff member who can take comments on.',
  },
  'triageBulk.error.tag': {
    zh: '请填写标签（不超过 30 字）。',
    en: 'Write the tag (up to 30 characters).',
  },
  'triageBulk.error.disposition': {
    zh: '请选择处理结果，并写明理由和公开答复。',
    en: 'Choose a disposition and write the reason and the public reply.',
  },
  'triageBulk.error.selection': {
    zh: '请先勾选意见，或先设置筛选条件再选择“符合条件的全部”。',
    en: 'Tick comments first, or set a filter before choosing “all that match”.',
  },
  'triageBulk.error.tooMany': {
    zh: '一次最多处理 {max} 条意见，请缩小筛选范围。',
    en: 'One action covers at most {max} comments: narrow the filter.',
  },
  'triageBulk.back': { zh: '返回意见列表', en: 'Back to the list' },
  'triageBulk.doneTitle': { zh: '已完成', en: 'Done' },
  'triageBulk.done': {
    zh: '已处理 {applied} 条意见，{unchanged} 条未变更（已是该状态，或作者未同意公开）。',
    en: '{applied} comments done, {unchanged} unchanged (already so, or the author did not consent).',
  },
});
