/**
 * The comment page of a version (src/pages/regulations/[slug]/versions/[version]/comment.astro).
 * Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const commentPage = m({
  'form.noConsultation': {
    zh: '此版本没有开放的征求意见。',
    en: 'This version has no consultation open for comment.',
  },

  'commentPage.thatClauseDoesNot': {
    zh: '所选条款不存在于此版本中。',
    en: 'That clause does not exist in this version.',
  },

  'participation.poster.linkArticle': { zh: '打印本条海报', en: 'Poster for this article' },
});
