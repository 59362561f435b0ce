/**
 * The public list of comments on a version
 * (src/pages/regulations/[slug]/versions/[version]/comments.astro): search, filters, sort
 * (`list.sort.<order>`) and bad queries (`list.bad.<reason>`). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const commentsPage = m({
  'attachments.public': { zh: '附件', en: 'Attachments' },

  'list.title': { zh: '公开的意见', en: 'Published comments' },
  // The filters name the commenter's answers; the form's labels ("您的态度") address the commenter.
  'list.stance': { zh: '态度', en: 'Stance' },
  'list.category': { zh: '身份', en: 'Commenter' },
  'list.search': { zh: '搜索意见内容', en: 'Search the comments' },
  'list.searchHint': {
    zh: '可输入多个词，用空格分开；只显示包含全部词语的意见。',
    en: 'Several words, separated by spaces, find comments containing all of them.',
  },
  'list.article': { zh: '条文', en: 'Article' },
  'list.allArticles': { zh: '全部条文', en: 'All articles' },
  'list.sort': { zh: '排序', en: 'Order' },
  'list.sort.newest': { zh: '最新', en: 'Newest first' },
  'list.sort.oldest': { zh: '最早', en: 'Oldest first' },
  'list.sort.seconded': { zh: '附议最多', en: 'Most seconded' },
  'list.apply': { zh: '查找', en: 'Show' },
  'list.total': {
    zh: '共 {count} 条，第 {page}/{pages} 页',
    en: '{count} comments, page {page} of {pages}',
  },
  'list.totalGrouped': {
    zh: '共 {comments} 条意见，相同内容的合并显示为 {count} 条，第 {page}/{pages} 页',
    en: '{comments} comments, identical ones shown once ({count} in the list), page {page} of {pages}',
  },
  'list.none': {
    zh: '暂无公开的意见。意见经审核后公开。',
    en: 'No published comments yet. Comments appear after moderation.',
  },
  'list.noMatch': { zh: '没有符合条件的公开意见。', en: 'No published comment matches.' },
  'list.pages': { zh: '分页', en: 'Pages' },
  'list.previous': { zh: '上一页', en: 'Previous' },
  'list.next': { zh: '下一页', en: 'Next' },
  'list.pageN': { zh: '第 {page} 页', en: 'Page {page}' },
  'list.beyond': { zh: '没有第 {page} 页。', en: 'There is no page {page}.' },
  'list.lastPage': { zh: '到最后一页（第 {page} 页）', en: 'Go to the last page ({page})' },
  'list.bad.page': {
    zh: '页码应为 1 到 {max} 之间的整数，已显示第 1 页。',
    en: 'The page must be a whole number from 1 to {max}; showing page 1.',
  },
  'list.bad.sort': {
    zh: '不认识这种排序方式，可选“最新”“最早”或“附议最多”，已按最新排序。',
    en: 'That order is not known; choose newest, oldest or most seconded. Showing newest first.',
  },
  'list.bad.search-too-long': {
    zh: '搜索内容最多 {max} 字，已只按前 {max} 字搜索。',
    en: 'A search may be up to {max} characters; only the first {max} were used.',
  },
  'list.bad.clause': {
    zh: '本版本没有这一条文，已显示全部条文的意见。',
    en: 'This version has no such article; showing comments on all articles.',
  },

  'openData.downloadXlsx': {
    zh: '下载全部公开意见（Excel）',
    en: 'Download all published comments (Excel)',
  },
  'openData.about': { zh: '关于开放数据', en: 'About open data' },

  'commentsPage.thatCommentDoesNot': {
    zh: '该意见不存在或未公开。',
    en: 'That comment does not exist or is not published.',
  },
  'commentsPage.thankYouModeratorWill': {
    zh: '已收到您的举报，审核员会尽快处理。',
    en: 'Thank you; a moderator will look at it.',
  },
  'commentsPage.youHaveAlreadyReported': {
    zh: '您已举报过这条意见。',
    en: 'You have already reported this comment.',
  },
  'commentsPage.secondedThankYou': { zh: '已附议，谢谢。', en: 'Seconded, thank you.' },
  'commentsPage.youHaveAlreadySeconded': {
    zh: '您已附议过这条意见。',
    en: 'You have already seconded this comment.',
  },
  'commentsPage.copiesIdenticalCommentsForm': {
    zh: '相同内容的意见共 {copies} 条（联名或格式信）',
    en: '{copies} identical comments (a form letter)',
  },
  'commentsPage.againstClause': { zh: '（与原条文对照）', en: ' (against the clause)' },
  'commentsPage.officialReply': { zh: '立法机关答复', en: 'Official reply' },
  'commentsPage.second': { zh: '附议', en: 'Second' },
  'commentsPage.secondcountPeopleAgreeSo': {
    zh: '（已有 {secondCount} 人附议这条意见）',
    en: ' ({secondCount} people agree so far)',
  },
  'commentsPage.secondedBy': { zh: '{secondCount} 人附议', en: 'Seconded by {secondCount}' },
  'commentsPage.secondsClosed': {
    zh: '这次征求意见已经结束，不再接受附议。',
    en: 'This consultation has closed: comments can no longer be seconded.',
  },
  'commentsPage.report': { zh: '举报', en: 'Report' },
  'commentsPage.reason': { zh: '举报理由', en: 'Reason' },
  'commentsPage.sendReport': { zh: '提交举报', en: 'Send report' },
  'commentsPage.downloadAllPublishedComments': {
    zh: '下载全部公开意见（CSV）',
    en: 'Download all published comments (CSV)',
  },

  'participation.quoted': { zh: '引用的条文', en: 'Quoted passage' },
  'participation.filter.label': { zh: '筛选意见', en: 'Filter comments' },
  'participation.filter.all': { zh: '全部', en: 'All' },
  'participation.filter.stage': { zh: '阶段', en: 'Stage' },
  'participation.filter.clear': { zh: '清除筛选', en: 'Clear the filters' },
  'participation.report.rateLimited': {
    zh: '您在一小时内举报的次数已达上限，请稍后再试。审核员会查看已收到的举报。',
    en: 'You have filed as many reports as one address may in an hour; try again later. Moderators will look at the reports already received.',
  },
});
