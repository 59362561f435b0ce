/**
 * A consultation's published report (src/pages/regulations/[slug]/report/[consultation].astro).
 * Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const reportPage = m({
  'report.publicTitle': {
    zh: '{consultation}情况的说明',
    en: 'Report on the consultation: {consultation}',
  },
  'report.publicTitleQuoted': {
    zh: '“{consultation}”情况的说明',
    en: 'Report on the consultation: {consultation}',
  },
  'report.publicRevision': {
    zh: '第 {revision} 版，发布于 {at}',
    en: 'Revision {revision}, published {at}',
  },
  'report.readArticle': { zh: '阅读本条', en: 'Read the article' },
  'report.readOpinions': { zh: '查看对本条的意见', en: 'Read the comments on it' },
});
