/**
 * A consultation's dashboard (src/pages/staff/dashboard/[slug]/[consultation].astro). Merged into
 * the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffDashboardPage = m({
  'dashboard.title': { zh: '意见统计', en: 'Comments at a glance' },
  'dashboard.summary': {
    zh: '共 {total} 条意见：已处理 {handled} 条，待处理 {open} 条。',
    en: '{total} comments: {handled} handled, {open} still open.',
  },
  'dashboard.perDay': { zh: '每日收到的意见', en: 'Comments per day' },
  'dashboard.byStance': { zh: '按态度', en: 'By stance' },
  'dashboard.byClause': { zh: '按条款', en: 'By clause' },
  'dashboard.byChannel': { zh: '按渠道', en: 'By channel' },
  'dashboard.byCategory': { zh: '按身份', en: 'By category' },
  'dashboard.handled': { zh: '处理进度', en: 'Handled and open' },
  'dashboard.handledYes': { zh: '已处理', en: 'Handled' },
  'dashboard.handledNo': { zh: '待处理', en: 'Open' },
  'dashboard.day': { zh: '日期', en: 'Day' },
  'dashboard.item': { zh: '类别', en: 'Item' },
  'dashboard.count': { zh: '意见数', en: 'Comments' },
  'dashboard.table': { zh: '查看数据表', en: 'Show the numbers as a table' },
  'dashboard.empty': { zh: '尚未收到意见。', en: 'No comments yet.' },
  'dashboard.adoption': {
    zh: '采纳率（采纳和部分采纳占已作实质处理意见的比例）：{rate}',
    en: 'Adoption rate (adopted or partly adopted, of the comments decided on their merits): {rate}',
  },
  'dashboard.adoptionNone': {
    zh: '采纳率：尚无处理结果。',
    en: 'Adoption rate: no decisions yet.',
  },
  'dashboard.overdue': {
    zh: '答复已逾期：{n} 条（征求意见结束 {days} 天后仍未处理）。',
    en: 'Replies overdue: {n} ({days} days after the consultation closed, still undecided).',
  },
  'dashboard.overdueNone': { zh: '答复期限：{date} 前完成。', en: 'Replies due by {date}.' },
  'dashboard.byDisposition': { zh: '按处理结果', en: 'By disposition' },
});
