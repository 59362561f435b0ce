/**
 * The clause tree of a version (src/components/ClauseTree.astro, rendered by
 * src/lib/regulations/clause-tree-html.ts): clause links and comment counts. Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const clauseTreeComponent = m({
  'version.permalink': { zh: '本条链接', en: 'Link to this clause' },
  'version.untitledAnnex': { zh: '附件（原文无标题）', en: 'Annex (untitled in the text)' },
  'version.comments': { zh: '{count} 条意见', en: '{count} comments' },
  'version.earlierComments': {
    zh: '此前各稿中本条共收到 {count} 条意见',
    en: '{count} comments on this clause in earlier versions',
  },

  'clauseTree.ratings': {
    zh: '评价（{count} 人）：清晰 {clarity} · 可执行 {enforceability} · 效果 {effect}',
    en: 'Ratings ({count}): clarity {clarity} · enforceability {enforceability} · effect {effect}',
  },
});
