/** Strings of the comparison's correspondences (merges, splits, paragraphs across articles, #16), Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const alignMessages = m({
  'align.mergedFrom': { zh: '由{labels}合并而成', en: 'Merged from {labels}' },
  'align.splitInto': { zh: '拆分为{labels}', en: 'Split into {labels}' },
  'align.regrouped': { zh: '{from}调整为{to}', en: '{from} rearranged as {to}' },
  'align.paragraph': { zh: '{article}第{zhNumber}款', en: '{article}, paragraph {number}' },
  'align.paragraphsTitle': { zh: '逐款对照', en: 'Paragraph by paragraph' },
  'align.paragraphNew': { zh: '新增', en: 'new' },
  'align.paragraphGone': { zh: '删去', en: 'dropped' },
  'align.paragraphMap': { zh: '{from} → {to}', en: '{from} → {to}' },
  'align.countsOf': { zh: '{label}：{count} 条意见', en: '{label}: {count} comments' },
  'align.commentsEarlierPart': {
    zh: '原{label}的意见 {count} 条',
    en: '{count} comments on the former {label}',
  },
  'align.readings.title': { zh: '各稿对照', en: 'All readings side by side' },
  'align.readings.caption': {
    zh: '{title}各稿对照表',
    en: '{title}: every reading, article by article',
  },
  'align.readings.lead': {
    zh: '每一行是一条条文在各稿中的来龙去脉：拆分、合并、删除和新增都在同一行里。每稿中新写入的文字加下划线标出。',
    en: 'Each row follows one article through the readings: splits, merges, deletions and insertions stay on one row. Words new in a reading are underlined.',
  },
  'align.readings.link': { zh: '各稿对照（全部文本）', en: 'All readings in one table' },
  'align.readings.none': { zh: '无', en: 'none' },
  'align.readings.download': { zh: '下载各稿对照表（Excel）', en: 'Download this table (Excel)' },
  'align.readings.sheet': { zh: '各稿对照表', en: 'Readings' },
  'align.readings.tooFew': {
    zh: '本法规只有一个文本，无需对照。',
    en: 'This regulation has only one text: there is nothing to compare.',
  },
});
