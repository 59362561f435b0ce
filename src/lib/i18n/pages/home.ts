/**
 * The home page (src/pages/index.astro): the regulations in the making. Merged into the catalogue
 * in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const homePage = m({
  'home.title': { zh: '正在制定和评估的法规', en: 'Regulations in the making' },
  'home.lead': {
    zh: '阅读法规草案，对具体条款发表意见。每条意见都会得到回执编号，您可以凭回执查看意见的处理结果。',
    en: 'Read draft regulations and comment on the clauses that matter to you. Every comment gets a receipt code to follow what became of it.',
  },
  'home.open': { zh: '正在征求意见', en: 'Open for comment' },
  'home.noOpen': { zh: '目前未在征求意见', en: 'Not open for comment now' },
  'home.until': { zh: '截止：{date}', en: 'Closes {date}' },
  'home.read': { zh: '阅读{label}', en: 'Read the {label}' },
  // A version's label is in the regulation's language; where that is not the page's, this instead.
  'home.readText': { zh: '阅读全文', en: 'Read the text' },
  'home.details': { zh: '查看立法进程', en: 'See its progress' },
  // On a card whose regulation is written in the other language than the page's.
  'home.language.zh': { zh: '中文', en: 'In Chinese' },
  'home.language.en': { zh: '英文', en: 'In English' },
  'home.noText': { zh: '尚无草案文本', en: 'No draft text yet' },
});
