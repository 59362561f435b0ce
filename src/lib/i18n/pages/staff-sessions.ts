/**
 * Sessions of a staff account (src/pages/staff/account/sessions.astro). Merged into the catalogue
 * in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffSessionsPage = m({
  'account.sessions.lead': {
    zh: '以下是您的账号当前有效的登录。如有不认识的设备，请将其退出并修改密码。',
    en: 'These are the sessions open on your account. If you do not recognise one, sign it out and change your password.',
  },
  'account.sessions.created': { zh: '登录时间', en: 'Signed in' },
  'account.sessions.lastSeen': { zh: '最近活动', en: 'Last seen' },
  'account.sessions.device': { zh: '浏览器', en: 'Browser' },
  'account.sessions.address': { zh: '网络地址', en: 'Address' },
  'account.sessions.this': { zh: '当前设备', en: 'This session' },
  'account.sessions.revoke': { zh: '退出此登录', en: 'Sign out this session' },
  'account.sessions.revokeOthers': { zh: '退出其他所有登录', en: 'Sign out all other sessions' },
  'account.sessions.revoked': { zh: '已退出 {count} 个登录。', en: '{count} sessions signed out.' },
});
