/**
 * What a failed request says (src/lib/web/fault.ts, src/pages/500.astro, src/lib/export/api.ts):
 * faults, hostile requests, bad queries. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedFaults = m({
  // export/api.ts: JSON answers carry both languages.
  'api.notFound': { zh: '未找到。', en: 'Not found.' },

  'fault.unavailable.title': { zh: '服务暂时不可用', en: 'Temporarily unavailable' },
  'fault.unavailable.read': {
    zh: '系统暂时无法读取数据，请稍后刷新本页面。',
    en: 'We cannot load this page just now. Please reload it in a little while.',
  },
  'fault.error.title': { zh: '出错了', en: 'Something went wrong' },
  'fault.error.read': {
    zh: '处理您的请求时出错，请稍后重试。',
    en: 'Your request could not be completed. Please try again later.',
  },
  'fault.notSaved': {
    zh: '系统暂时无法保存您提交的内容，未生成回执。请稍后返回上一页重新提交；重复提交不会产生重复的意见。',
    en: 'We could not save what you sent just now, and no receipt was issued. Please go back and submit it again shortly; submitting twice will not store it twice.',
  },
  'fault.outcomeUnknown': {
    zh: '系统未能在时限内确认是否已保存您提交的内容：它可能已经或仍将保存。请稍后返回上一页，原样重新提交：已保存的不会重复保存，并会显示原回执；工作人员的导入和录入可在意见列表中核对。',
    en: 'We could not confirm in time whether what you sent was saved: it may have been, or may still be. Go back shortly and submit the same form again: if it was saved, it is not stored twice and you get its receipt; staff can check imports and entries in the comment list.',
  },
  'fault.home': { zh: '返回首页', en: 'Back to the home page' },

  'query.badNumber': {
    zh: '参数 {name} 应为 {min} 到 {max} 之间的整数。',
    en: 'The parameter {name} must be a whole number from {min} to {max}.',
  },

  'hostile.tooLarge.title': { zh: '提交的内容过大', en: 'Too much to send' },
  'hostile.tooLarge.body': {
    zh: '提交的内容超过了系统允许的大小，未保存任何内容。请缩短后重新提交。',
    en: 'What you sent is larger than the site accepts, and nothing was saved. Please shorten it and send it again.',
  },
  'hostile.malformed.title': { zh: '无法识别提交的内容', en: 'The form could not be read' },
  'hostile.malformed.body': {
    zh: '提交的表单不是有效的文本（例如不是 UTF-8 编码），未保存任何内容。请在网页上重新填写并提交。',
    en: 'What was sent is not a readable form (for example, not UTF-8 text), and nothing was saved. Please fill in the form on the page and send it again.',
  },
  'hostile.staleForm.title': { zh: '表单已过期', en: 'This form has expired' },
  'hostile.staleForm.body': {
    zh: '表单的安全校验码缺失或已失效（例如在另一窗口重新登录过），未保存任何内容。请返回上一页，刷新后重新提交。',
    en: 'The form’s security token was missing or no longer valid (for example after signing in again in another window), and nothing was saved. Please go back, reload the page and send it again.',
  },
  'hostile.lookupLimited': {
    zh: '此网络地址查询了过多不存在的回执编号，请一小时后再试。如有疑问，请联系法制工作委员会。',
    en: 'Too many receipt codes that do not exist were looked up from this address. Please try again in an hour, or contact the Legislative Affairs Commission.',
  },
});
