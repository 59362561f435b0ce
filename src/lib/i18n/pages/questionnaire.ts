/**
 * A consultation's questionnaire
 * (src/pages/regulations/[slug]/consultations/[consultation]/questionnaire.astro) and the links to
 * it. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const questionnairePage = m({
  'participation.q.title': { zh: '立法后评估问卷', en: 'Evaluation questionnaire' },
  'participation.q.open': { zh: '填写评估问卷', en: 'Answer the evaluation questionnaire' },
  'participation.q.intro': {
    zh: '问卷约需三分钟，不需要填写姓名或联系方式。提交后会得到回执编号。',
    en: 'It takes about three minutes and asks for no name or contact details. You get a receipt code when you submit.',
  },
  'participation.q.optional': { zh: '（选答）', en: ' (optional)' },
  'participation.q.submit': { zh: '提交问卷', en: 'Send my answers' },
  'participation.q.privacy': {
    zh: '答案用于本法规的立法后评估，汇总结果在评估结束后公开；文字回答只供工作人员阅读，不公开。',
    en: 'Your answers feed the evaluation of this regulation; totals are published when it closes; written answers are read by staff only and never published.',
  },
  'participation.q.closed': {
    zh: '问卷已于 {date} 截止，以下为汇总结果。',
    en: 'The questionnaire closed on {date}; these are the totals.',
  },
  'participation.q.results': { zh: '问卷汇总结果', en: 'Questionnaire results' },
});
