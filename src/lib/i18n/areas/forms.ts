/** Interface strings of form posts in general (src/lib/web/form-action.ts), Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const formsMessages = m({
  'formPost.missing': {
    zh: '有一项必填内容没有填写，未作任何保存。',
    en: 'A required field was left empty; nothing was saved.',
  },
  'formPost.tooLong': {
    zh: '有一项内容超出了长度限制，未作任何保存。',
    en: 'A field is longer than allowed; nothing was saved.',
  },
  'formPost.choice': {
    zh: '所选的一项不在可选范围内，未作任何保存。',
    en: 'A choice is not one of those offered; nothing was saved.',
  },
  'formPost.invalid': {
    zh: '表单中有一项填写不正确，未作任何保存。',
    en: 'A field of the form is not valid; nothing was saved.',
  },
  'formPost.unknown': {
    zh: '无法识别这次提交的操作，未作任何保存。请刷新页面后重试。',
    en: 'This form asked for an operation that does not exist; nothing was saved. Please reload the page and try again.',
  },
});
