/**
 * The staff layout (src/layouts/Staff.astro): the staff navigation, and the refusal shown when a
 * role may not open a page (src/lib/web/guard.ts). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffLayout = m({
  'staff.signOut': { zh: '退出登录', en: 'Sign out' },
  'staff.audit': { zh: '操作日志', en: 'Audit trail' },
  'staff.forbidden': {
    zh: '您的角色无权访问此页面。',
    en: 'Your role does not allow access to this page.',
  },

  'account.nav': { zh: '我的账号', en: 'My account' },

  'staffLayout.enterOfflineOpinions': { zh: '录入线下意见', en: 'Enter offline opinions' },
  'staffLayout.moderation': { zh: '意见审核', en: 'Moderation' },

  'import.nav': { zh: '导入意见表格', en: 'Import opinions' },

  'regulations.nav': { zh: '版本与征求意见', en: 'Versions and consultations' },

  'staffHome.nav': { zh: '待办', en: 'What waits' },

  'triageList.nav': { zh: '意见列表', en: 'Comments' },

  'triage.nav.campaigns': { zh: '同类意见', en: 'Campaigns' },
  'triage.nav.heatmap': { zh: '条款热度', en: 'Heat map' },
  'triage.nav.workload': { zh: '答复进度', en: 'Replies due' },
});
