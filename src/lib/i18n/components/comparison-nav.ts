/**
 * The navigation between compared versions (src/components/ComparisonNav.astro). Merged into the
 * catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const comparisonNavComponent = m({
  'compare.show': { zh: '显示', en: 'Show' },
  'compare.show.changed': { zh: '只显示有修改的条文', en: 'Changed articles only' },
  'compare.show.all': {
    zh: '全部条文（含未修改和仅重新编号的）',
    en: 'Every article (unchanged and renumbered too)',
  },

  'compareNav.sideSide': { zh: '左右对照', en: 'Side by side' },
  'compareNav.redline': { zh: '修订标记', en: 'Redline' },
  'compareNav.comparisonTable': { zh: '修改前后对照表', en: 'Comparison table' },
  'compareNav.earlierVersion': { zh: '原版本', en: 'Earlier version' },
  'compareNav.laterVersion': { zh: '新版本', en: 'Later version' },
  'compareNav.view': { zh: '显示方式', en: 'View' },
  'compareNav.compare': { zh: '比较', en: 'Compare' },
});
