/**
 * A consultation's report for staff (src/pages/staff/report/, src/lib/report/). Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffReportPage = m({
  // report/narrative.ts: the first draft, in the regulation's language
  'reportDraft.intro': {
    zh: '{consultation}期间，共收到意见 {comments}，来自 {people}（留有联系方式的按联系方式计，未留的每份回执计一人）。现将意见采纳情况说明如下。',
    en: '{consultation}: {comments} were received, from {people} (counted by their contact details where they gave them, each receipt as one person where they did not). What was done with them is set out below.',
  },
  'reportDraft.comments': { zh: '{n} 条', en: '{n} comments' },
  'reportDraft.comments.one': { zh: '{n} 条', en: '{n} comment' },
  'reportDraft.people': { zh: '{n} 人', en: '{n} people' },
  'reportDraft.people.one': { zh: '{n} 人', en: '{n} person' },
  'reportDraft.count': { zh: '共 {comments}意见。', en: '{comments} in all.' },
  'reportDraft.decided': { zh: '其中{list}。', en: ' Of these: {list}.' },
  'reportDraft.decidedItem': { zh: '{disposition} {n} 条', en: '{disposition} {n}' },
  'reportDraft.separator': { zh: '，', en: ', ' },
  'reportDraft.pending': { zh: '尚待处理。', en: ' Not yet decided.' },
  'reportDraft.reasons': { zh: '处理理由：', en: 'Reasons:' },
  'reportDraft.closing': {
    zh: '感谢社会各界对本法规草案的关心和支持。',
    en: 'We thank everyone who took the time to comment on this draft.',
  },
  'reportDraft.next': { zh: '{version}{labels}', en: '{version} {labels}' },
  'reportDraft.nextDeleted': { zh: '{version}已删除', en: 'deleted in the {version}' },
  'reportDraft.list': { zh: '、', en: ', ' },
  'report.error.tooLong': {
    zh: '每一部分最多 {max} 字，未保存。',
    en: 'Each part can be at most {max} characters; nothing was saved.',
  },
  'report.error.intro': { zh: '请填写开头的总体情况。', en: 'Write the introduction.' },
  'report.edit': { zh: '编辑并发布情况说明', en: 'Edit and publish the report' },
  'report.editTitle': { zh: '编辑征求意见情况说明', en: 'Edit the feedback report' },
  'report.editLead': {
    zh: '从统计结果生成的初稿开始，修改各部分文字，可随时保存草稿；发布后公众可在法规页面看到。发布时会遮蔽电话、身份证号和电子邮箱；已发布的版本不再改变，之后的修改成为新的修订版。',
    en: 'Start from the draft written from the figures, edit each part and save drafts at any time; once published the public sees it on the regulation page. Phone, ID and e-mail numbers are masked when publishing; a published revision never changes, and later edits become a new revision.',
  },
  'report.statusNone': {
    zh: '尚未保存。下面是根据统计生成的初稿。',
    en: 'Not saved yet. Below is a first draft written from the figures.',
  },
  'report.statusDraft': {
    zh: '第 {revision} 版草稿，保存于 {at}。',
    en: 'Draft revision {revision}, saved {at}.',
  },
  'report.statusPublished': {
    zh: '已公开第 {revision} 版（{at}）。',
    en: 'Revision {revision} is public (since {at}).',
  },
  'report.intro': { zh: '总体情况', en: 'Introduction' },
  'report.closing': { zh: '结语', en: 'Closing' },
  'report.sectionLabel': {
    zh: '{label}：意见及处理情况',
    en: '{label}: opinions and what was done',
  },
  'report.save': { zh: '保存草稿', en: 'Save draft' },
  'report.publish': { zh: '保存并发布', en: 'Save and publish' },
  'report.saved': { zh: '已保存第 {revision} 版草稿。', en: 'Draft revision {revision} saved.' },
  'report.published': { zh: '已发布第 {revision} 版。', en: 'Revision {revision} published.' },
  'report.public': { zh: '查看公开页面', en: 'See the public page' },

  'participation.q.staffLink': { zh: '评估问卷汇总', en: 'Questionnaire results' },

  'export.comments': { zh: '导出全部意见：', en: 'Export all comments: ' },

  'dashboard.link': { zh: '统计图表', en: 'Dashboard' },

  // The feedback report (/staff/report/…).
  'rpt.pageTitle': { zh: '{short}征求意见情况说明', en: '{short} — feedback report' },
  'rpt.heading': {
    zh: '关于{title}{consultation}情况的说明',
    en: '{title}: report on the consultation ({consultation})',
  },
  'rpt.headingQuoted': {
    zh: '关于“{title}”（{consultation}）情况的说明',
    en: '{title}: report on the consultation ({consultation})',
  },
  'rpt.summaryQuoted': {
    zh: '“{consultation}”自{from}至{to}，共收到意见 {comments} 条，来自 {people} 人。',
    en: 'From {from} to {to}, {comments} comments were received from {people} people.',
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

  'reportPage.listSeparator': { zh: '，', en: ', ' },
  'reportPage.heading': {
    zh: '关于{regulation}{consultation}情况的说明',
    en: '{regulation}: report on the consultation',
  },
  'reportPage.totals': {
    zh: '{consultation}自{opens}至{closes}，共收到意见 {comments} 条（约 {people} 人次）。',
    en: 'From {opens} to {closes}, {comments} comments were received (from about {people} people).',
  },
  'reportPage.feedbackReport': { zh: '征求意见情况说明', en: ' — feedback report' },
  'reportPage.stance': { zh: '按态度：', en: 'By stance: ' },
  'reportPage.channel': { zh: '按渠道：', en: 'By channel: ' },
  'reportPage.category': { zh: '按身份：', en: 'By category: ' },
  'reportPage.articleArticle': { zh: '逐条意见及处理情况', en: 'Article by article' },
  'reportPage.dispositions': { zh: '处理情况', en: 'Dispositions' },
  'reportPage.mainOpinionsReplies': { zh: '主要意见及答复', en: 'Main opinions and replies' },
  'reportPage.pending': { zh: '待处理', en: 'pending' },
  'reportPage.reason': { zh: '理由：', en: 'Reason: ' },
});
