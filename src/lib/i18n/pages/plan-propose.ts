/**
 * Proposing a project for the legislative plan (src/pages/plans/[year]/propose.astro,
 * src/lib/participation/proposal.ts). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const planProposePage = m({
  'participation.proposal.heading': {
    zh: '建议新的立法项目',
    en: 'Propose a new legislative project',
  },
  'participation.proposal.intro': {
    zh: '您认为本市需要就哪件事立法？请写明项目名称、要解决的问题，以及希望规范哪些事项。建议将在编制立法计划时研究，处理结果可凭回执查询。',
    en: 'What should the city legislate on? Give the project a title, say what problem it should solve and what it should regulate. Proposals are studied when the plan is drawn up; follow yours with the receipt code.',
  },

  'proposal.mark': { zh: '【立法项目建议】', en: '[Proposed legislative project]' },
  'proposal.line': { zh: '{label}：{value}', en: '{label}: {value}' },
  'proposal.label.title': { zh: '项目名称', en: 'Title' },
  'proposal.label.problem': { zh: '要解决的问题', en: 'Problem to solve' },
  'proposal.label.scope': { zh: '希望规范的事项', en: 'What it should regulate' },
});
