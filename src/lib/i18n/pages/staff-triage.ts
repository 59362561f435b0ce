/**
 * The staff list of comments (src/pages/staff/comments/index.astro): columns, filters and states
 * (`triageList.status.<status>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffTriagePage = m({
  'staff.none': { zh: '暂无意见。', en: 'No comments yet.' },

  'triageList.title': { zh: '意见列表', en: 'Comments' },
  'triageList.filters': { zh: '筛选意见', en: 'Filter comments' },
  'triageList.caption': {
    zh: '符合筛选条件的意见，最新的在前',
    en: 'Comments matching the filter, newest first',
  },
  'triageList.any': { zh: '全部', en: 'Any' },
  'triageList.anyArticle': { zh: '全部条款', en: 'Any article' },
  'triageList.articleNeedsConsultation': {
    zh: '先选择征求意见或法规',
    en: 'Choose a consultation or regulation first',
  },
  'triageList.filter.consultation': { zh: '征求意见', en: 'Consultation' },
  'triageList.filter.regulation': { zh: '法规', en: 'Regulation' },
  'triageList.filter.article': { zh: '条款', en: 'Article' },
  'triageList.filter.category': { zh: '提出者类别', en: 'Commenter type' },
  'triageList.filter.assignee': { zh: '承办人', en: 'Assignee' },
  'triageList.filter.text': { zh: '全文搜索或回执编号', en: 'Search the text, or a receipt code' },
  'triageList.filter.apply': { zh: '筛选', en: 'Filter' },
  'triageList.filter.clear': { zh: '清除筛选', en: 'Clear' },
  'triageList.assignee.me': { zh: '分配给我', en: 'Assigned to me' },
  'triageList.assignee.none': { zh: '尚未分配（未答复）', en: 'Nobody yet (not answered)' },
  'triageList.total': { zh: '共 {n} 条意见符合条件。', en: '{n} comments match.' },
  'triageList.totalMore': { zh: '超过 {n} 条意见符合条件。', en: 'More than {n} comments match.' },
  'triageList.col.select': { zh: '选择', en: 'Select' },
  'triageList.col.comment': { zh: '回执编号与摘要', en: 'Receipt and excerpt' },
  'triageList.col.article': { zh: '条款', en: 'Article' },
  'triageList.col.stance': { zh: '态度', en: 'Stance' },
  'triageList.col.channel': { zh: '渠道', en: 'Channel' },
  'triageList.col.status': { zh: '状态', en: 'Status' },
  'triageList.col.age': { zh: '收到', en: 'Received' },
  'triageList.col.group': { zh: '同类组', en: 'Campaign' },
  'triageList.pick': { zh: '选择意见 {code}', en: 'Select comment {code}' },
  'triageList.status.received': { zh: '待审核', en: 'To moderate' },
  'triageList.status.published': { zh: '已公开', en: 'Published' },
  'triageList.status.held': { zh: '未公开', en: 'Held back' },
  'triageList.status.under-review': { zh: '研究中', en: 'Under review' },
  'triageList.status.answered': { zh: '已答复', en: 'Answered' },
  'triageList.status.unanswered': { zh: '尚未答复', en: 'Not yet answered' },
  'triageList.age.today': { zh: '今天', en: 'Today' },
  'triageList.age.days': { zh: '{n} 天前', en: '{n} days ago' },
  'triageList.groupOf': { zh: '{n} 条一组', en: 'Group of {n}' },
  'triageList.older': { zh: '更早的意见 →', en: 'Older comments →' },

  'triage.filter.mine': { zh: '只看分给我的', en: 'Assigned to me' },
  'triage.filter.overdue': { zh: '只看逾期未答复的', en: 'Overdue replies only' },
  'triage.filter.group': { zh: '仅显示同类意见组', en: 'Only the campaign' },
  'triage.filter.channel': { zh: '渠道', en: 'Channel' },
  'triage.filter.stage': { zh: '阶段', en: 'Stage' },
  'triage.filter.district': { zh: '所在区县', en: 'District' },
});
