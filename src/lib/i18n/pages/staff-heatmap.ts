/**
 * The clause heatmap (src/pages/staff/heatmap.astro). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffHeatmapPage = m({
  'triage.heatmap.title': { zh: '条款热度：各条意见数量', en: 'Heat map: comments per article' },
  'triage.heatmap.lead': {
    zh: '按条统计收到的意见（含对该条各款、各项的意见），按立场分列。点击数字可查看相应意见。',
    en: 'Comments received on each article (including its paragraphs and items), by stance. Follow a number to the comments.',
  },
  'triage.heatmap.clause': { zh: '条款', en: 'Clause' },
  'triage.heatmap.total': { zh: '合计', en: 'Total' },
  'triage.heatmap.bar': { zh: '分布', en: 'Distribution' },
  'triage.heatmap.caption': {
    zh: '{title}：各条意见数量（按立场）',
    en: '{title}: comments per article, by stance',
  },
  'triage.heatmap.none': {
    zh: '该征求意见不针对法规文本，没有条款可统计。',
    en: 'This consultation is not on a text; there are no clauses to count.',
  },
  'triage.heatmap.overText': { zh: '在条文上显示热度', en: 'Show the heat over the text' },
  'triage.heatmap.asTable': { zh: '以表格显示', en: 'Show as a table' },
  'triage.heatmap.count': { zh: '{n} 条意见', en: '{n} comments' },
});
