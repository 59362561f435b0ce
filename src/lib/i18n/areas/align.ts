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
});
