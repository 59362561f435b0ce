/**
 * The public layout (src/layouts/Base.astro): site name, skip link, language switch, navigation,
 * footer. Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const baseLayout = m({
  'site.short': { zh: '开放条文', en: 'OpenClause' },
  'site.skip': { zh: '跳到正文', en: 'Skip to content' },
  'site.switch': { zh: 'English', en: '中文' },
  'site.switchLabel': { zh: 'Switch to English', en: '切换到中文' },
  'site.footer': {
    zh: '{office} · 意见回执可随时查询处理进展',
    en: '{office} · Keep your receipt code to follow your comment',
  },
  // The site's identity, filled from configuration (src/lib/config/site.ts).
  'site.contactHeading': { zh: '联系我们', en: 'Contact' },

  'nav.home': { zh: '法规项目', en: 'Regulations' },
  'nav.receipt': { zh: '查询回执', en: 'Track a comment' },
  'nav.staff': { zh: '工作人员登录', en: 'Staff sign-in' },
  'nav.plan': { zh: '年度立法计划', en: 'Legislative plan' },

  'staff.incoming': { zh: '收到的意见', en: 'Incoming comments' },

  'openData.nav': { zh: '开放数据', en: 'Open data' },

  'layout.main': { zh: '主导航', en: 'Main' },
});
