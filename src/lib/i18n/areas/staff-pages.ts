/** Interface strings of the staff pages, grouped by page. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const staffPagesMessages = m({
  'auditPage.time': { zh: '时间', en: 'Time' },
  'auditPage.actor': { zh: '操作人', en: 'Actor' },
  'auditPage.target': { zh: '对象', en: 'Target' },
  'auditPage.detail': { zh: '详情', en: 'Detail' },

  'staffComment.comment': { zh: '意见', en: 'Comment' },
  'staffComment.contact': { zh: '联系方式', en: 'Contact' },
  'staffComment.seconds': { zh: '附议', en: 'Seconds' },
  'staffComment.dispositionReply': { zh: '处理结果与答复', en: 'Disposition and reply' },
  'staffComment.savedReplyNowReceipt': {
    zh: '已保存，答复已在回执页面公开。',
    en: 'Saved; the reply is now on the receipt page.',
  },
  'staffComment.publicReplyShownReceipt': {
    zh: '公开答复（显示在回执页面）',
    en: 'Public reply (shown on the receipt page)',
  },
  'staffComment.reflectedLaterVersionOptional': {
    zh: '在后续版本中体现于（可选）',
    en: 'Reflected in a later version (optional)',
  },
  'staffComment.none': { zh: '不指定', en: 'None' },
  'staffComment.whereThisClauseWent': { zh: '（本条的后续位置）', en: ' (where this clause went)' },
  'staffComment.saveDisposition': { zh: '保存处理结果', en: 'Save disposition' },
  'staffComment.notYetDecided': { zh: '尚未处理。', en: 'Not yet decided.' },

  'staffCompare.eachExplanationCanBe': {
    zh: '每条说明最多 2000 字，未保存任何内容。',
    en: 'Each explanation can be at most 2,000 characters; nothing was saved.',
  },
  'staffCompare.explainChanges': { zh: '编写修改说明', en: 'Explain the changes' },
  'staffCompare.seePublicTable': { zh: '查看公开的对照表', en: 'See the public table' },
  'staffCompare.savedExplanationsSaved': {
    zh: '已保存 {saved} 条说明。',
    en: '{saved} explanations saved.',
  },
  'staffCompare.noteLabel': { zh: '{labels} 的修改说明', en: 'Explanation for {labels}' },
  'staffCompare.labelSeparator': { zh: '、', en: ', ' },
  'staffCompare.original': { zh: '原条文', en: 'Original' },
  'staffCompare.revised': { zh: '修改后条文', en: 'Revised' },
  'staffCompare.explanation': { zh: '修改说明', en: 'Explanation' },
  'staffCompare.saveExplanations': { zh: '保存说明', en: 'Save explanations' },

  'enterPage.chooseChannel': { zh: '请选择意见来源渠道。', en: 'Choose the channel.' },
  'enterPage.givePlaceOrSender': { zh: '请填写地点或来信单位。', en: 'Give the place or sender.' },
  'enterPage.participantsMustBeWhole': {
    zh: '参加人数应为正整数。',
    en: 'Participants must be a whole number.',
  },
  'enterPage.enteredReceiptReceiptcode': {
    zh: '已录入，回执编号 {receiptCode}。',
    en: 'Entered; receipt {receiptCode}.',
  },
  'enterPage.noDraftOpenComment': {
    zh: '目前没有正在征求意见的草案。',
    en: 'No draft is open for comment now.',
  },
  'enterPage.draft': { zh: '草案', en: 'Draft' },
  'enterPage.choose': { zh: '选择', en: 'Choose' },
  'enterPage.source': { zh: '来源', en: 'Source' },
  'enterPage.dateGathered': { zh: '收集日期', en: 'Date gathered' },
  'enterPage.placeOrSender': { zh: '地点或来信单位', en: 'Place or sender' },
  'enterPage.participantsMeetingsHearings': {
    zh: '参加人数（座谈会、听证会）',
    en: 'Participants (meetings, hearings)',
  },
  'enterPage.clause': { zh: '针对条款', en: 'Clause' },
  'enterPage.opinionAsExpressed': {
    zh: '意见内容（按原意整理）',
    en: 'The opinion (as expressed)',
  },
  'enterPage.attributedOptional': {
    zh: '署名（如“某某街道居民代表”，可留空）',
    en: 'Attributed to (optional)',
  },
  'enterPage.authorAgreedPublication': {
    zh: '提出人同意公开',
    en: 'The author agreed to publication',
  },
  'enterPage.enter': { zh: '录入', en: 'Enter' },

  'staffHome.comparisonTablesExplainChanges': {
    zh: '修改前后对照表：编写修改说明',
    en: 'Comparison tables: explain the changes',
  },
  'staffHome.feedbackReports': { zh: '征求意见情况说明', en: 'Feedback reports' },
  'staffHome.regulation': { zh: '法规', en: 'Regulation' },
  'staffHome.clauseIdEG': {
    zh: '条款标识（如 chp_2__art_15）',
    en: 'Clause id (e.g. chp_2__art_15)',
  },
  'staffHome.searchText': { zh: '全文搜索', en: 'Search the text' },
  'staffHome.filter': { zh: '筛选', en: 'Filter' },
  'staffHome.clear': { zh: '清除筛选', en: 'Clear' },
  'staffHome.olderComments': { zh: '更早的意见 →', en: 'Older comments →' },

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
