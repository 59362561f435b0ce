/**
 * A version's page (src/pages/regulations/[slug]/versions/[version]/index.astro): contents, comment
 * links (`commentWhole.<target>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const versionPage = m({
  'version.explanation': { zh: '说明', en: 'Explanation' },
  'version.toc': { zh: '目录', en: 'Contents' },
  'version.commentOn': { zh: '对{label}提意见', en: 'Comment on {label}' },
  'version.commentWhole': { zh: '对草案整体提意见', en: 'Comment on the whole draft' },
  'version.closedNote': {
    zh: '本版本目前不在征求意见期内。',
    en: 'This version is not open for comment now.',
  },
  'version.endedNote': {
    zh: '本稿的征求意见已经结束，不再接受新的意见。',
    en: 'Comments on this version have closed: no new comments are taken.',
  },
  'version.upcomingNote': {
    zh: '征求意见将于 {date} 开始，届时可以对全文和每一条提出意见。',
    en: 'Comments open on {date}: from then on you can comment on the whole text or on any article.',
  },
  'version.other': { zh: '其他版本', en: 'Other versions' },
  'version.docx': { zh: '下载本稿（Word）', en: 'Download this version (Word)' },
  'version.print': { zh: '打印本稿', en: 'Print this version' },
  // A clause's label is in the regulation's language: quoted when that is not the page's.
  'version.commentOnQuoted': { zh: '对“{label}”提意见', en: 'Comment on “{label}”' },

  'commentWhole.draft': { zh: '对草案整体提意见', en: 'Comment on the whole draft' },
  'commentWhole.regulation': { zh: '对法规整体提意见', en: 'Comment on the regulation as a whole' },
  'commentWhole.plan': { zh: '对立法计划整体提意见', en: 'Comment on the plan as a whole' },

  'versionPage.readPublishedComments': { zh: '查看公开的意见', en: 'Read published comments' },
  'versionPage.compareWithPreviousVersion': {
    zh: '与上一稿比较',
    en: 'Compare with the previous version',
  },
});
