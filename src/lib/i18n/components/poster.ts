/**
 * The printable poster of a version or plan (src/components/Poster.astro) and links to it. Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const posterComponent = m({
  'participation.poster.link': { zh: '打印张贴海报', en: 'Print a poster' },
  'participation.poster.back': { zh: '返回', en: 'Back' },
  'participation.poster.printHint': {
    zh: '用浏览器的“打印”功能打印在A4纸上。',
    en: 'Use your browser’s Print command for an A4 page.',
  },
  'participation.poster.kicker': { zh: '公开征求意见', en: 'Have your say' },
  'participation.poster.until': { zh: '意见截止时间：{date}', en: 'Comments close {date}' },
  'participation.poster.qrLabel': { zh: '二维码，指向 {url}', en: 'QR code linking to {url}' },
  'participation.poster.how': { zh: '如何提出意见', en: 'How to comment' },
  'participation.poster.step1': {
    zh: '用手机扫描二维码，或在浏览器中输入下方网址。',
    en: 'Scan the QR code with your phone, or type the address below into a browser.',
  },
  'participation.poster.step2': {
    zh: '阅读草案，对整个草案或具体条款提出意见，可以写出建议修改的条文。',
    en: 'Read the draft and comment on it as a whole or on any clause; you may suggest new wording.',
  },
  'participation.poster.step2article': {
    zh: '阅读本条，提出意见，可以写出建议修改的条文。',
    en: 'Read this article and comment on it; you may suggest new wording.',
  },
  'participation.poster.step3': {
    zh: '保存回执编号，凭编号查询意见的处理结果。也可以到基层立法联系点当面或书面提出意见。',
    en: 'Keep your receipt code to follow what becomes of your comment. You can also comment in person or in writing at a legislative contact point.',
  },
});
