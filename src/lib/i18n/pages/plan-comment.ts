/**
 * Commenting on an item of the legislative plan (src/pages/plans/[year]/comment.astro,
 * src/lib/participation/plan-actions.ts). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const planCommentPage = m({
  'planComment.thatPlanItemDoes': {
    zh: '所选计划项目不存在。',
    en: 'That plan item does not exist.',
  },
  'planComment.commentTitle': { zh: '对“{title}”提意见', en: 'Comment on “{title}”' },
  'planComment.commentPlanOrPropose': {
    zh: '对立法计划提意见或建议新的立法项目',
    en: 'Comment on the plan or propose a new project',
  },
});
