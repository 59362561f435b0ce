/** Interface strings of the participation area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const participationMessages = m({
  'participation.quote.label': { zh: '您引用的条文：', en: 'The passage you quote:' },
  'participation.quote.remove': { zh: '删除引用', en: 'Remove the quote' },
  'participation.quote.select': { zh: '评论所选文字', en: 'Comment on the selected text' },
  'participation.preview.label': { zh: '修改预览（与原条文对照，提交后按此显示）：', en: 'Preview against the clause (shown like this after you submit):' },
  'participation.quoted': { zh: '引用的条文', en: 'Quoted passage' },
  'participation.filter.label': { zh: '筛选意见', en: 'Filter comments' },
  'participation.filter.all': { zh: '全部', en: 'All' },
  'participation.filter.stage': { zh: '阶段', en: 'Stage' },
  'participation.filter.clear': { zh: '清除筛选', en: 'Clear the filters' },
});
