/**
 * The legislative plan (src/pages/plans/[year]/index.astro and poster.astro): plan categories
 * (`plan.category.<category>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const planPage = m({
  'plan.category.formal': { zh: '正式项目', en: 'Formal projects' },
  'plan.category.preparatory': { zh: '预备项目', en: 'Preparatory projects' },
  'plan.category.research': { zh: '调研项目', en: 'Research projects' },

  'participation.proposal.link': { zh: '建议新的立法项目', en: 'Propose a new project' },
});
