/**
 * The staff home page (src/pages/staff/index.astro): counts (`staffHome.count.<count>`). Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffHomePage = m({
  'staffHome.title': { zh: '待办事项', en: 'What waits' },
  'staffHome.lead': {
    zh: '每个数字都链接到相应的意见列表。“新”指最近 {days} 天。',
    en: 'Each number links to the list it counts. “New” means the last {days} days.',
  },
  'staffHome.summary': { zh: '全部征求意见合计', en: 'All consultations' },
  'staffHome.perConsultation': { zh: '按征求意见', en: 'By consultation' },
  'staffHome.nothing': { zh: '目前没有征求意见。', en: 'No consultations yet.' },
  'staffHome.opens': {
    zh: '尚未开始：{opens} 开始征求意见，{closes} 截止',
    en: 'Not open yet: opens {opens}, closes {closes}',
  },
  'staffHome.closes': { zh: '{date} 截止', en: 'Closes {date}' },
  'staffHome.closed': { zh: '已于 {date} 截止', en: 'Closed {date}' },
  'staffHome.listOf': {
    zh: '查看该征求意见的全部意见（{n} 条尚未答复）',
    en: 'All comments of this consultation ({n} not yet answered)',
  },
  'staffHome.allComments': { zh: '查看全部意见', en: 'All comments' },
  'staffHome.reports': { zh: '征求意见情况说明', en: 'Feedback reports' },
  'staffHome.annotate': {
    zh: '修改前后对照表：编写修改说明',
    en: 'Comparison tables: explain the changes',
  },
  'staffHome.count.mine': { zh: '条分配给我、尚未答复', en: 'assigned to me, not yet answered' },
  'staffHome.count.toModerate': { zh: '条待审核', en: 'to moderate' },
  'staffHome.count.reported': { zh: '条被读者举报', en: 'reported by readers' },
  'staffHome.count.unassigned': { zh: '条尚未分配承办人', en: 'not assigned to anyone' },
  'staffHome.count.due': { zh: '条待答复（答复期内）', en: 'replies due' },
  'staffHome.count.overdue': { zh: '条答复已逾期', en: 'replies overdue' },
  'staffHome.count.newCampaigns': { zh: '个新的同类意见组', en: 'new campaigns' },
  'staffHome.count.importsRunning': { zh: '个导入进行中', en: 'imports running' },
  'staffHome.count.importsFailed': { zh: '个导入失败', en: 'imports failed' },
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
});
