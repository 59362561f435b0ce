/**
 * A regulation's readings (src/pages/regulations/[slug]/readings.astro). Merged into the catalogue
 * in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const readingsPage = m({
  'align.readings.title': { zh: '各稿对照', en: 'All readings side by side' },
  'align.readings.lead': {
    zh: '每一行是一条条文在各稿中的来龙去脉：拆分、合并、删除和新增都在同一行里。每稿中新写入的文字加下划线标出。',
    en: 'Each row follows one article through the readings: splits, merges, deletions and insertions stay on one row. Words new in a reading are underlined.',
  },
  'align.readings.download': { zh: '下载各稿对照表（Excel）', en: 'Download this table (Excel)' },
  'align.readings.tooFew': {
    zh: '本法规只有一个文本，无需对照。',
    en: 'This regulation has only one text: there is nothing to compare.',
  },
});
