/** Interface strings of the operations area, Chinese first. Merged into the catalogue in ../messages.ts. */
import { m } from '../catalogue.ts';

export const operationsMessages = m({
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
  'fault.home': { zh: '返回首页', en: 'Back to the home page' },
});
