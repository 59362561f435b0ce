/**
 * Campaigns (src/pages/staff/campaigns/): grouped comments and decisions on a whole group
 * (`triage.action.<action>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffCampaignsPage = m({
  // moderation/group-decision.ts
  'hold.error.noReason': { zh: '不予公开须选择理由。', en: 'Holding back needs a reason.' },

  'triage.group.error.noDecision': { zh: '请选择要执行的操作。', en: 'Choose what to do.' },
  'triage.campaigns.title': {
    zh: '同类意见（联名信与近似重复）',
    en: 'Campaigns (form letters and near-duplicates)',
  },
  'triage.campaigns.lead': {
    zh: '内容相同或只改动少量文字的意见归为一组，每组显示一条代表文本。可以对整组一次作出处理。',
    en: 'Comments with the same text, or the same letter with small edits, form one group shown by a representative. One decision can cover the whole group.',
  },
  'triage.campaigns.consultation': { zh: '征求意见', en: 'Consultation' },
  'triage.campaigns.show': { zh: '显示', en: 'Show' },
  'triage.campaigns.none': {
    zh: '该征求意见暂无同类意见组。',
    en: 'No campaigns in this consultation yet.',
  },
  'triage.campaigns.size': { zh: '份数', en: 'Copies' },
  'triage.campaigns.open': { zh: '未处理', en: 'Undecided' },
  'triage.campaigns.representative': { zh: '代表文本', en: 'Representative text' },
  'triage.campaigns.summary': {
    zh: '共 {groups} 组，{comments} 条意见。',
    en: '{groups} groups, {comments} comments.',
  },
  'triage.campaigns.summaryLargest': {
    zh: '共 {groups} 组，{comments} 条意见。下表列出其中最大的 {shown} 组。',
    en: '{groups} groups, {comments} comments. The table lists the {shown} largest.',
  },
  'triage.group.title': { zh: '同类意见组 {code}', en: 'Campaign {code}' },
  'triage.group.counts': {
    zh: '本组共 {size} 条意见，其中 {open} 条尚未处理。',
    en: '{size} comments in this group, {open} not yet decided.',
  },
  'triage.group.members': {
    zh: '成员及与代表文本的差异',
    en: 'Members and how each differs from the representative',
  },
  'triage.group.shown': {
    zh: '显示最早的 {shown} 条，共 {size} 条；整组处理包括全部 {size} 条。',
    en: 'Showing the first {shown} of {size}; a group decision covers all {size}.',
  },
  'triage.group.same': { zh: '与代表文本相同', en: 'Same as the representative' },
  'triage.group.isRepresentative': { zh: '（代表）', en: ' (representative)' },
  'triage.group.diffNote': {
    zh: '下划线为增加的文字，删除线为删去的文字。',
    en: 'Underlined text was added, struck-through text removed.',
  },
  'triage.group.moderate': { zh: '整组公开或不予公开', en: 'Publish or hold back the whole group' },
  'triage.group.publish': {
    zh: '公开（作者未同意公开的除外）',
    en: 'Publish (except where the author did not consent)',
  },
  'triage.group.hold': { zh: '不予公开，理由：', en: 'Hold back, because:' },
  'triage.group.holdReason': { zh: '不予公开的理由', en: 'Reason for holding back' },
  'triage.group.dispose': {
    zh: '整组处理结果与答复',
    en: 'Disposition and reply for the whole group',
  },
  'triage.group.disposition': { zh: '处理结果', en: 'Disposition' },
  'triage.group.reason': {
    zh: '理由（内部及报告使用）',
    en: 'Reason (for staff and the feedback report)',
  },
  'triage.group.reply': {
    zh: '公开答复（显示在每位作者的回执页面）',
    en: 'Public reply (shown on each author’s receipt page)',
  },
  'triage.group.next': { zh: '下一步：确认', en: 'Next: confirm' },
  'triage.group.confirmTitle': { zh: '请确认', en: 'Please confirm' },
  'triage.group.confirmModerate': {
    zh: '将对本组全部 {size} 条意见执行：{action}。',
    en: 'This will {action} all {size} comments in this group.',
  },
  'triage.group.confirmDispose': {
    zh: '将对本组全部 {size} 条意见记录处理结果“{disposition}”，并公开同一答复。',
    en: 'This will record “{disposition}” with the same public reply for all {size} comments in this group.',
  },
  'triage.group.confirm': { zh: '确认，处理 {size} 条', en: 'Confirm for {size} comments' },
  'triage.group.cancel': { zh: '取消', en: 'Cancel' },
  'triage.group.done': {
    zh: '已处理 {applied} 条意见。{skipped}',
    en: '{applied} comments done. {skipped}',
  },
  'triage.group.skipped': {
    zh: '{n} 条未变更（已是该状态，或作者未同意公开）。',
    en: '{n} unchanged (already so, or the author did not consent).',
  },
  'triage.group.changed': {
    zh: '本组在确认期间有变化，请再次确认。',
    en: 'The group changed while you were confirming; please confirm again.',
  },
  'triage.group.receipt': { zh: '回执编号', en: 'Receipt' },
  'triage.group.difference': { zh: '与代表文本的差异', en: 'Difference from the representative' },
  'triage.group.action': { zh: '操作', en: 'Action' },
  'triage.group.noDiff': {
    zh: '（未逐字比较，以下为全文）',
    en: '(not compared word by word; full text below)',
  },
  'triage.group.inList': {
    zh: '在意见列表中查看全部成员',
    en: 'See every member in the comment list',
  },
  'triage.action.publish': { zh: '公开', en: 'publish' },
  'triage.action.hold': { zh: '不予公开', en: 'hold back' },
  'triage.campaigns.unfinished': {
    zh: '这些意见是在分组功能启用前存入的。本页只为最早的 {n} 条分了组；请在服务器上运行 npx openclause campaigns --consultation 法规/征求意见 为其余意见分组。',
    en: 'These comments were stored before grouping existed. This page grouped only the earliest {n}; run npx openclause campaigns --consultation REGULATION/CONSULTATION on the server to group the rest.',
  },

  'grouping.ungrouped': {
    zh: '该征求意见还有未分组的意见（分组功能上线前收到或批量导入的意见），下表可能不完整。',
    en: 'This consultation has comments not yet grouped (received before grouping existed, or bulk-loaded); the table may be incomplete.',
  },
  'grouping.start': { zh: '对未分组的意见进行分组', en: 'Group the ungrouped comments' },
  'grouping.startHint': {
    zh: '分组在后台进行，每批提交一次；本页显示进度，可随时离开。',
    en: 'Grouping runs in the background and commits batch by batch; this page shows its progress and you may leave at any time.',
  },
  'grouping.progress': {
    zh: '分组进度：已处理 {done} / {total} 条，其中 {placed} 条已归组。',
    en: 'Grouping: {done} of {total} comments read, {placed} of them placed in groups.',
  },
  'grouping.queued': {
    zh: '分组任务已排队，等待开始。',
    en: 'The grouping job is queued and will start shortly.',
  },
  'grouping.running': {
    zh: '正在分组……本页每 2 秒刷新一次。',
    en: 'Grouping… this page refreshes every 2 seconds.',
  },
  'grouping.done': {
    zh: '分组完成：读取 {done} 条意见，{placed} 条归入分组（其余过短，不作为联名信比较）。',
    en: 'Grouping done: {done} comments read, {placed} placed in groups (the rest are too short to compare as form letters).',
  },
  'grouping.failed': {
    zh: '分组中断：已处理 {done} / {total} 条，已处理部分已保存。请重新开始，将从中断处继续。错误：{error}',
    en: 'Grouping stopped: {done} of {total} comments were read and what was done is saved. Start again to continue from there. Error: {error}',
  },

  'campaignReflected.hint': {
    zh: '已按条文沿革预选代表性意见所针对条款在后续审议稿中的对应条款，可以更改或选择“无”。',
    en: 'Proposed from the lineage: the clause of the later reading that the representative comment’s clause became. Change it, or choose “none”.',
  },
  'campaignReflected.confirm': {
    zh: '每条意见都将记为体现于：{clause}',
    en: 'Each comment will be recorded as reflected in: {clause}',
  },
});
