/**
 * Staff comparison notes (src/pages/staff/compare/[slug].astro). Merged into the catalogue in
 * ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffComparePage = m({
  'staffCompare.eachExplanationCanBe': {
    zh: '每条说明最多 2000 字，未保存任何内容。',
    en: 'Each explanation can be at most 2,000 characters; nothing was saved.',
  },
  'staffCompare.explainChanges': { zh: '编写修改说明', en: 'Explain the changes' },
  'staffCompare.seePublicTable': { zh: '查看公开的对照表', en: 'See the public table' },
  'staffCompare.savedExplanationsSaved': {
    zh: '已保存 {saved} 条说明。',
    en: '{saved} explanations saved.',
  },
  'staffCompare.noteLabel': { zh: '{labels} 的修改说明', en: 'Explanation for {labels}' },
  'staffCompare.labelSeparator': { zh: '、', en: ', ' },
  'staffCompare.original': { zh: '原条文', en: 'Original' },
  'staffCompare.revised': { zh: '修改后条文', en: 'Revised' },
  'staffCompare.explanation': { zh: '修改说明', en: 'Explanation' },
  'staffCompare.saveExplanations': { zh: '保存说明', en: 'Save explanations' },
});
