/**
 * The page-not-found page (src/pages/404.astro). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const notFoundPage = m({
  'notFound.title': { zh: '找不到这个页面', en: 'Page not found' },
  'notFound.body': {
    zh: '您要访问的页面不存在，可能已经移动，或者网址有误。',
    en: 'The page you asked for does not exist. It may have moved, or the address may be mistyped.',
  },
  'notFound.receipt': {
    zh: '凭回执编号查询意见的处理进展',
    en: 'Follow a comment with its receipt code',
  },
});
