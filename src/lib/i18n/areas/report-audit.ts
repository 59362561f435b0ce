/** Interface strings of the feedback report, the audit trail and the site's identity, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const reportAuditMessages = m({
  // The audit trail (/staff/audit).
  'audit.lead': {
    zh: '工作人员的每一次操作（登录、审核、处理、导出、查看联系方式等）都记录在这里，只增不改。',
    en: 'Every staff action (sign-in, moderation, dispositions, exports, viewing contact details …) is recorded here; nothing is ever changed or removed.',
  },
  'audit.col.time': { zh: '时间', en: 'Time' },
  'audit.col.actor': { zh: '操作人', en: 'Who' },
  'audit.col.action': { zh: '操作', en: 'What' },
  'audit.col.object': { zh: '对象', en: 'On' },
  'audit.col.detail': { zh: '详情', en: 'Details' },
  'audit.system': { zh: '系统（自动）', en: 'The system (automatic)' },
  'audit.scroll': { zh: '可横向滚动的表格', en: 'Scrollable table' },
  'audit.filter': { zh: '筛选', en: 'Filter' },
  'audit.filter.actor': { zh: '操作人', en: 'Who' },
  'audit.filter.action': { zh: '操作', en: 'What' },
  'audit.filter.from': { zh: '起始日期', en: 'From (date)' },
  'audit.filter.to': { zh: '截止日期（含）', en: 'To (date, inclusive)' },
  'audit.filter.any': { zh: '全部', en: 'All' },
  'audit.filter.apply': { zh: '筛选', en: 'Apply' },
  'audit.filter.clear': { zh: '清除筛选', en: 'Clear the filter' },
  'audit.none': { zh: '没有符合条件的记录。', en: 'No events match.' },
  'audit.older': { zh: '更早的记录', en: 'Older events' },
  'audit.newest': { zh: '回到最新', en: 'Back to the newest' },
  'audit.more': { zh: '及另外 {n} 项', en: 'and {n} more' },
  'audit.yes': { zh: '是', en: 'yes' },
  'audit.no': { zh: '否', en: 'no' },
  'audit.action.auth.sign-in': { zh: '登录', en: 'Signed in' },
  'audit.action.auth.sign-in-failed': { zh: '登录失败', en: 'Failed to sign in' },
  'audit.action.auth.sign-out': { zh: '退出登录', en: 'Signed out' },
  'audit.action.auth.password-change': { zh: '修改了密码', en: 'Changed the password' },
  'audit.action.auth.password-change-failed': {
    zh: '修改密码未成功',
    en: 'Failed to change the password',
  },
  'audit.action.auth.totp-enrol': { zh: '启用了两步验证', en: 'Turned on two-step verification' },
  'audit.action.auth.totp-reset': {
    zh: '重置了两步验证（服务器命令）',
    en: 'Reset two-step verification (server command)',
  },
  'audit.action.auth.recovery-codes-renew': {
    zh: '更换了恢复码',
    en: 'Renewed the recovery codes',
  },
  'audit.action.auth.session-revoke': {
    zh: '结束了 {sessions} 个登录会话',
    en: 'Ended {sessions} signed-in session(s)',
  },
  'audit.action.amendment.accept': { zh: '采纳了一条修改建议', en: 'Accepted an amendment' },
  'audit.action.amendment.decline': { zh: '未采纳一条修改建议', en: 'Declined an amendment' },
  'audit.action.amendment.propose': { zh: '提出了一条修改建议', en: 'Proposed an amendment' },
  'audit.action.amendment.resolve-collision': {
    zh: '解决了修改建议之间的冲突',
    en: 'Resolved a collision between amendments',
  },
  'audit.action.campaigns.regroup': {
    zh: '重新归并了 {comments} 条意见中的相同意见',
    en: 'Regrouped the form letters among {comments} comments',
  },
  'audit.action.forwarding.forward': {
    zh: '将意见转办给承办单位',
    en: 'Forwarded an opinion to a responsible body',
  },
  'audit.action.forwarding.answer': {
    zh: '登记了承办单位的回复',
    en: 'Recorded the responsible body’s answer',
  },
  'audit.action.forwarding.close': { zh: '办结销号', en: 'Closed a forwarded opinion' },
  'audit.action.triage.bulk-assign': {
    zh: '批量分派了 {count} 条意见',
    en: 'Assigned {count} comment(s) at once',
  },
  'audit.action.triage.bulk-tag': {
    zh: '批量为 {count} 条意见加了标签',
    en: 'Tagged {count} comment(s) at once',
  },
  'audit.target.amendment': { zh: '修改建议 {name}', en: 'Amendment {name}' },
  'audit.action.campaign.decision': {
    zh: '对一组相同意见（{members} 条）作出决定',
    en: 'Decided on a campaign of {members} comments',
  },
  'audit.action.comment.enter-offline': {
    zh: '代为录入一条线下意见',
    en: 'Entered an offline opinion',
  },
  'audit.action.comment.contact-view': {
    zh: '查看了 {count} 条意见的联系方式',
    en: 'Viewed the contact details of {count} comment(s)',
  },
  'audit.action.comments.export': { zh: '导出了 {rows} 条意见', en: 'Exported {rows} comments' },
  'audit.action.comments.import': {
    zh: '导入了意见表格（{stored} 条）',
    en: 'Imported a spreadsheet ({stored} opinions)',
  },
  'audit.action.comparison.notes': {
    zh: '编辑了对照表的修改说明',
    en: 'Edited the comparison notes',
  },
  'audit.action.consultation.open': { zh: '开始征求意见', en: 'Opened a consultation' },
  'audit.action.consultation.close-early': {
    zh: '提前结束征求意见',
    en: 'Closed a consultation early',
  },
  'audit.action.disposition.record': {
    zh: '记录了 {count} 条意见的处理情况',
    en: 'Recorded the disposition of {count} comment(s)',
  },
  'audit.action.moderation.publish': {
    zh: '公开了 {count} 条意见',
    en: 'Published {count} comment(s)',
  },
  'audit.action.moderation.hold': {
    zh: '暂不公开 {count} 条意见',
    en: 'Held back {count} comment(s)',
  },
  'audit.action.moderation.auto-hold': {
    zh: '因多次举报自动暂不公开',
    en: 'Hidden automatically after reports',
  },
  'audit.action.moderation.redact': {
    zh: '遮盖了意见中的一段文字',
    en: 'Redacted a passage of a comment',
  },
  'audit.action.moderation.reports-reviewed': {
    zh: '处理了 {count} 条意见的举报',
    en: 'Reviewed the reports on {count} comment(s)',
  },
  'audit.action.privacy.purge': {
    zh: '按保存期限删除了个人信息',
    en: 'Deleted personal data past its retention period',
  },
  'audit.action.regulation.event': {
    zh: '在立法进程中记录了“{title}”',
    en: 'Recorded “{title}” on the regulation’s timeline',
  },
  'audit.action.regulation.stage': {
    zh: '更改了法规所处阶段',
    en: 'Changed the regulation’s stage',
  },
  'audit.action.report.save-draft': {
    zh: '保存了征求意见情况说明草稿（第 {revision} 版）',
    en: 'Saved a draft of the feedback report (revision {revision})',
  },
  'audit.action.report.publish': {
    zh: '发布了征求意见情况说明（第 {revision} 版）',
    en: 'Published the feedback report (revision {revision})',
  },
  'audit.action.triage.assign': { zh: '指派了意见', en: 'Assigned a comment' },
  'audit.action.triage.note': { zh: '添加了内部备注', en: 'Added an internal note' },
  'audit.action.triage.tag-add': { zh: '添加了标签“{tag}”', en: 'Added the tag “{tag}”' },
  'audit.action.triage.tag-remove': { zh: '移除了标签“{tag}”', en: 'Removed the tag “{tag}”' },
  'audit.action.user.create': {
    zh: '创建了工作人员账号（服务器命令）',
    en: 'Created a staff account (server command)',
  },
  'audit.action.version.publish': { zh: '发布了文本“{label}”', en: 'Published the text “{label}”' },
  'audit.action.unknown': { zh: '执行了操作（{action}）', en: 'Recorded the action {action}' },
  'audit.target.comment': { zh: '意见 {name}', en: 'Comment {name}' },
  'audit.target.campaign': { zh: '相同意见组 {name}', en: 'Campaign {name}' },
  'audit.target.consultation': { zh: '征求意见：{name}', en: 'Consultation: {name}' },
  'audit.target.regulation': { zh: '法规：{name}', en: 'Regulation: {name}' },
  'audit.target.version': { zh: '文本：{name}', en: 'Text: {name}' },
  'audit.target.staff': { zh: '工作人员账号：{name}', en: 'Staff account: {name}' },
  'audit.target.username': { zh: '登录名：{name}', en: 'User name: {name}' },
  'audit.target.comparison': { zh: '对照表 {name}', en: 'Comparison {name}' },
  'audit.target.other': { zh: '{name}', en: '{name}' },
  'audit.detail.revision': { zh: '版次', en: 'Revision' },
  'audit.detail.count': { zh: '数量', en: 'Count' },
  'audit.detail.reason': { zh: '理由', en: 'Reason' },
  'audit.detail.decision': { zh: '决定', en: 'Decision' },
  'audit.detail.disposition': { zh: '处理结果', en: 'Disposition' },
  'audit.detail.members': { zh: '组内意见数', en: 'Comments in the group' },
  'audit.detail.applied': { zh: '已应用', en: 'Applied to' },
  'audit.detail.format': { zh: '格式', en: 'Format' },
  'audit.detail.personalData': { zh: '含个人信息', en: 'With personal data' },
  'audit.detail.rows': { zh: '行数', en: 'Rows' },
  'audit.detail.stored': { zh: '已录入', en: 'Stored' },
  'audit.detail.duplicates': { zh: '重复未录入', en: 'Duplicates skipped' },
  'audit.detail.file': { zh: '文件', en: 'File' },
  'audit.detail.tag': { zh: '标签', en: 'Tag' },
  'audit.detail.assigneeId': { zh: '指派给（账号编号）', en: 'Assigned to (account no.)' },
  'audit.detail.secondFactor': { zh: '第二因素', en: 'Second factor' },
  'audit.detail.sessions': { zh: '会话数', en: 'Sessions' },
  'audit.detail.username': { zh: '登录名', en: 'User name' },
  'audit.detail.from': { zh: '原阶段', en: 'From' },
  'audit.detail.to': { zh: '新阶段', en: 'To' },
  'audit.detail.title': { zh: '标题', en: 'Title' },
  'audit.detail.label': { zh: '名称', en: 'Label' },
  'audit.detail.opensAt': { zh: '开始时间', en: 'Opens' },
  'audit.detail.closesAt': { zh: '截止时间', en: 'Closes' },
  'audit.detail.occurrences': { zh: '遮盖处数', en: 'Passages' },
  'audit.detail.channel': { zh: '渠道', en: 'Channel' },
  'audit.detail.place': { zh: '地点', en: 'Place' },
  'audit.detail.roles': { zh: '角色', en: 'Roles' },
  'audit.detail.stage': { zh: '阶段', en: 'Stage' },

  // The feedback report (/staff/report/…).
  'rpt.pageTitle': { zh: '{short}征求意见情况说明', en: '{short} — feedback report' },
  'rpt.heading': {
    zh: '关于{title}{consultation}情况的说明',
    en: '{title}: report on the consultation ({consultation})',
  },
  'rpt.summary': {
    zh: '{consultation}自{from}至{to}，共收到意见 {comments} 条，来自 {people} 人。',
    en: 'From {from} to {to}, {comments} comments were received from {people} people.',
  },
  'rpt.peopleRule': {
    zh: '人数计算规则：留有联系方式（电话或电子邮箱）的意见，按联系方式计人，同一联系方式计一人；未留联系方式的，每份回执计一人；不按网络地址计人。',
    en: 'How people are counted: comments with contact details (telephone or e-mail) count one person per distinct contact; each comment without contact details counts as one person (its receipt); network addresses are never used.',
  },
  'rpt.proposals': {
    zh: '其中立法项目建议 {n} 件（不计入下列态度统计）。',
    en: 'Of these, {n} are proposals of new legislative projects (not counted among the stances below).',
  },
  'rpt.byStance': { zh: '按态度：', en: 'By stance: ' },
  'rpt.byChannel': { zh: '按渠道：', en: 'By channel: ' },
  'rpt.byCategory': { zh: '按身份：', en: 'By category: ' },
  'rpt.byClause': { zh: '逐条意见及处理情况', en: 'Article by article' },
  'rpt.col.clause': { zh: '条款', en: 'Clause' },
  'rpt.col.next': { zh: '{version}对应条款', en: 'In the {version}' },
  'rpt.col.count': { zh: '意见数', en: 'Comments' },
  'rpt.col.dispositions': { zh: '处理情况', en: 'Dispositions' },
  'rpt.col.main': { zh: '主要意见及处理理由', en: 'Main opinions and reasons' },
  'rpt.nextDeleted': { zh: '已删除', en: 'deleted' },
  'rpt.pending': { zh: '待处理', en: 'pending' },
  'rpt.reason': { zh: '理由：', en: 'Reason: ' },
  'rpt.reply': { zh: '答复：', en: 'Reply: ' },
  'rpt.separator': { zh: '，', en: ', ' },
  'rpt.scroll': { zh: '可横向滚动的表格', en: 'Scrollable table' },
  'rpt.early.warning': {
    zh: '征求意见尚未结束（截止于 {closes}）。现在发布，截止前收到的意见将不在本说明中。',
    en: 'The consultation is still open (it closes {closes}). Published now, the report will miss the comments still to come.',
  },
  'rpt.early.confirm': {
    zh: '我确认在征求意见结束前发布本说明',
    en: 'I confirm publishing this report before the consultation closes',
  },
  'rpt.early.refused': {
    zh: '征求意见尚未结束：草稿已保存，但未发布。如确需提前发布，请勾选确认后再次发布。',
    en: 'The consultation is still open: the draft was saved but not published. To publish early, tick the confirmation and publish again.',
  },

  // Plan comments and proposals kept as what they are.
  'plan.kind': { zh: '类型', en: 'Kind' },
  'plan.kind.proposal': { zh: '立法项目建议', en: 'Proposal of a new legislative project' },

  // Steps within a stage (the readings of the review stage) on the consultations page.
  'timeline.within': {
    zh: '{stage}（当前阶段：记录本阶段进程，如二审）',
    en: '{stage} (current: record a step such as a second reading)',
  },
  'timeline.recorded': {
    zh: '已在“{stage}”阶段记录进程“{title}”。',
    en: 'Recorded “{title}” within the “{stage}” stage.',
  },

  // The site's identity, filled from configuration (src/lib/config/site.ts).
  'site.contactHeading': { zh: '联系我们', en: 'Contact' },
});
