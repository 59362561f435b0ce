/**
 * Words many pages use, and the names of a comment's fields where their values are shown
 * (`field.<field>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedCommon = m({
  'common.wholeDraft': { zh: '草案整体', en: 'Whole draft' },
  'common.anonymous': { zh: '匿名', en: 'Anonymous' },
  // Punctuation between words of the interface: full-width in Chinese, ASCII in English.
  'common.colon': { zh: '：', en: ': ' },
  'common.listSep': { zh: '、', en: ', ' },
  'common.withParenthesis': { zh: '{text}（{aside}）', en: '{text} ({aside})' },
  'common.notFound': { zh: '页面不存在', en: 'Page not found' },
  'common.backHome': { zh: '返回首页', en: 'Back to the home page' },

  // Field names where a value is shown (receipts, lists): the form's labels say "(optional)".
  'field.body': { zh: '意见内容', en: 'Comment' },
  'field.suggested': { zh: '建议条文', en: 'Suggested wording' },
  'field.name': { zh: '署名', en: 'Name' },
  'field.district': { zh: '所在区县', en: 'District' },
  'field.contact': { zh: '联系方式', en: 'Contact details' },
});
