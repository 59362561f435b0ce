/**
 * A regulation's page (src/pages/regulations/[slug]/index.astro): its progress, versions and
 * consultations. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const regulationPage = m({
  'reg.sponsor': { zh: '起草单位', en: 'Drafting body' },
  'reg.committee': { zh: '承办委员会', en: 'Committee' },
  'reg.stage': { zh: '当前阶段', en: 'Current stage' },
  'reg.timeline': { zh: '立法进程', en: 'Legislative timeline' },
  'reg.versions': { zh: '文本版本', en: 'Versions' },
  'reg.noVersions': {
    zh: '本项目尚处于立项阶段，还没有草案文本。欢迎对立项提出意见。',
    en: 'This project is still being set; there is no draft text yet. Comments on the project itself are welcome.',
  },
  'reg.consultations': { zh: '征求意见', en: 'Consultations' },
  'reg.compare': { zh: '比较两个版本', en: 'Compare two versions' },

  'notify.follow.link': { zh: '邮件关注本法规', en: 'Follow this regulation by e-mail' },

  'regPage.inPlan': {
    zh: '本项目已列入《{planTitle}》。',
    en: 'This project is listed in the {year} legislative plan.',
  },
  'regPage.commentProject': { zh: '对立项提出意见', en: 'Comment on the project' },

  'report.link': { zh: '征求意见情况说明', en: 'Feedback report' },
});
