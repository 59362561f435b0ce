/** Interface strings of the public pages and their components, grouped by page. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const pagesMessages = m({
  'commentForm.clarity': { zh: '条文清晰', en: 'Clarity' },
  'commentForm.enforceability': { zh: '便于执行', en: 'Enforceability' },
  'commentForm.effect': { zh: '实施效果', en: 'Effect' },
  'commentForm.rateThisArticleLowest': {
    zh: '对本条的评价（1分最低，5分最高）',
    en: 'Rate this article (1 lowest, 5 highest)',
  },

  // A clause's label is in the regulation's language: quoted when that is not the page's.
  'version.commentOnQuoted': { zh: '对“{label}”提意见', en: 'Comment on “{label}”' },
  'clauseTree.ratings': {
    zh: '评价（{count} 人）：清晰 {clarity} · 可执行 {enforceability} · 效果 {effect}',
    en: 'Ratings ({count}): clarity {clarity} · enforceability {enforceability} · effect {effect}',
  },

  'compareNav.sideSide': { zh: '左右对照', en: 'Side by side' },
  'compareNav.redline': { zh: '修订标记', en: 'Redline' },
  'compareNav.comparisonTable': { zh: '修改前后对照表', en: 'Comparison table' },
  'compareNav.earlierVersion': { zh: '原版本', en: 'Earlier version' },
  'compareNav.laterVersion': { zh: '新版本', en: 'Later version' },
  'compareNav.view': { zh: '显示方式', en: 'View' },
  'compareNav.compare': { zh: '比较', en: 'Compare' },

  'layout.main': { zh: '主导航', en: 'Main' },

  'staffLayout.enterOfflineOpinions': { zh: '录入线下意见', en: 'Enter offline opinions' },
  'staffLayout.moderation': { zh: '意见审核', en: 'Moderation' },

  'planComment.thatPlanItemDoes': {
    zh: '所选计划项目不存在。',
    en: 'That plan item does not exist.',
  },
  'planComment.submissionWasNotAccepted': {
    zh: '提交未被接受。',
    en: 'The submission was not accepted.',
  },
  'plan.category.formal': { zh: '正式项目', en: 'Formal projects' },
  'plan.category.preparatory': { zh: '预备项目', en: 'Preparatory projects' },
  'plan.category.research': { zh: '调研项目', en: 'Research projects' },
  'planComment.commentTitle': { zh: '对“{title}”提意见', en: 'Comment on “{title}”' },
  'planComment.commentPlanOrPropose': {
    zh: '对立法计划提意见或建议新的立法项目',
    en: 'Comment on the plan or propose a new project',
  },

  'receiptPage.whatWasDoneWith': { zh: '处理结果与答复', en: 'What was done with your comment' },
  'receiptPage.reflected': { zh: '体现在：', en: 'Reflected in: ' },
  'receiptPage.whereThisClauseWent': {
    zh: '该条款在后续版本中的位置',
    en: 'Where this clause went in later versions',
  },
  'receiptPage.removedOrMergedInto': {
    zh: '已删除或并入其他条款',
    en: 'removed or merged into another clause',
  },

  'comparePage.compareVersions': { zh: '版本比较', en: 'Compare versions' },
  'comparePage.thisRegulationHasOnly': {
    zh: '本法规只有一个版本，暂无可比较的文本。',
    en: 'This regulation has only one version so far; there is nothing to compare.',
  },
  'comparePage.summary': {
    zh: '共 {rows} 处对应：修改 {modified} 条，新增 {inserted} 条，删除 {deleted} 条，拆分 {split} 处，合并 {merged} 处，移动 {moved} 条，重新编号 {renumbered} 条，未修改 {unchanged} 条。',
    en: '{rows} correspondences: {modified} modified, {inserted} inserted, {deleted} deleted, {split} split, {merged} merged, {moved} moved, {renumbered} renumbered, {unchanged} unchanged.',
  },
  'comparePage.downloadTableExcel': { zh: '下载对照表（Excel）', en: 'Download table (Excel)' },
  'comparePage.downloadTableWord': { zh: '下载对照表（Word）', en: 'Download table (Word)' },
  'comparePage.jumpFirstChange': { zh: '跳到第一处修改', en: 'Jump to the first change' },
  'comparePage.scrollableTable': { zh: '可横向滚动的表格', en: 'Scrollable table' },
  'comparePage.tableCaption': { zh: '修改前后对照表', en: ' — comparison table' },
  'comparePage.originalText': { zh: '原条文', en: 'Original text' },
  'comparePage.revisedText': { zh: '修改后条文', en: 'Revised text' },
  'comparePage.explanationChange': { zh: '修改说明', en: 'Explanation of the change' },
  'compareExport.sheet': { zh: '修改前后对照表', en: 'Comparison' },
  'compareExport.title': { zh: '{title}修改前后对照表', en: '{title}: comparison table' },
  'comparePage.type.unchanged': { zh: '未修改', en: 'Unchanged' },
  'comparePage.type.modified': { zh: '修改', en: 'Modified' },
  'comparePage.type.inserted': { zh: '新增', en: 'Inserted' },
  'comparePage.type.deleted': { zh: '删除', en: 'Deleted' },
  'comparePage.type.split': { zh: '拆分', en: 'Split' },
  'comparePage.type.merged': { zh: '合并', en: 'Merged' },
  'comparePage.changeLink': { zh: '本处修改的链接：{labels}', en: 'Link to this change: {labels}' },
  'comparePage.moved': { zh: '位置移动', en: 'Moved' },
  'comparePage.renumbered': { zh: '重新编号', en: 'Renumbered' },
  'comparePage.replacedWhole': { zh: '整体替换', en: 'Replaced whole' },
  'comparePage.countCommentsEarlierText': {
    zh: '原条文收到 {count} 条意见',
    en: '{count} comments on the earlier text',
  },
  'comparePage.previousChange': { zh: '↑ 上一处修改', en: '↑ Previous change' },
  'comparePage.nextChange': { zh: '↓ 下一处修改', en: '↓ Next change' },

  'regPage.inPlan': {
    zh: '本项目已列入《{planTitle}》。',
    en: 'This project is listed in the {year} legislative plan.',
  },
  'regPage.commentProject': { zh: '对立项提出意见', en: 'Comment on the project' },

  'commentPage.thatClauseDoesNot': {
    zh: '所选条款不存在于此版本中。',
    en: 'That clause does not exist in this version.',
  },

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
  'commentsPage.report': { zh: '举报', en: 'Report' },
  'commentsPage.reason': { zh: '举报理由', en: 'Reason' },
  'commentsPage.sendReport': { zh: '提交举报', en: 'Send report' },
  'commentsPage.downloadAllPublishedComments': {
    zh: '下载全部公开意见（CSV）',
    en: 'Download all published comments (CSV)',
  },

  'versionPage.readPublishedComments': { zh: '查看公开的意见', en: 'Read published comments' },
  'versionPage.compareWithPreviousVersion': {
    zh: '与上一稿比较',
    en: 'Compare with the previous version',
  },
});
