/**
 * What every form says about its post (src/lib/web/form-action.ts): refused, closed, rate-limited,
 * try again. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedForms = m({
  'form.errors': {
    zh: '提交未成功，请修改以下问题：',
    en: 'Your comment was not submitted. Please fix the following:',
  },
  'form.closed': {
    zh: '征求意见已于 {date} 截止，不再接受新的意见。',
    en: 'This consultation closed on {date}; new comments are no longer accepted.',
  },
  'form.upcoming': { zh: '征求意见将于 {date} 开始。', en: 'This consultation opens on {date}.' },
  'form.unsent': {
    zh: '您的意见没有提交，未生成回执。以下是您填写的内容，请复制保存：',
    en: 'Your comment was not submitted, and no receipt was issued. Here is what you wrote, to copy and keep:',
  },
  'form.rateLimited': {
    zh: '您提交得太频繁，请一小时后再试。',
    en: 'You have sent many comments in a short time; please try again in an hour.',
  },
  'form.tryAgain': {
    zh: '系统暂时无法保存您的意见，未生成回执。请稍后重新提交。',
    en: 'We could not save your comment just now, and no receipt was issued. Please submit it again shortly.',
  },

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

  'planComment.submissionWasNotAccepted': {
    zh: '提交未被接受。',
    en: 'The submission was not accepted.',
  },
});
