/**
 * The staff account page (src/pages/staff/account/index.astro): changing the password
 * (`account.password.<outcome>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffAccountPage = m({
  'account.password.show': { zh: '显示密码', en: 'Show password' },
  'account.title': { zh: '我的账号', en: 'My account' },
  'account.password.title': { zh: '修改密码', en: 'Change password' },
  'account.password.current': { zh: '当前密码', en: 'Current password' },
  'account.password.new': { zh: '新密码', en: 'New password' },
  'account.password.confirm': { zh: '再次输入新密码', en: 'New password again' },
  'account.password.hint': {
    zh: '至少 {min} 个字符，最多 {max} 个；可以是一句话或几个词，空格和中文都可以。常见密码和包含用户名的密码不能使用。',
    en: 'At least {min} characters, at most {max}; a sentence or a few words is fine, spaces and Chinese included. Common passwords and passwords containing your username are refused.',
  },
  'account.password.submit': { zh: '修改密码', en: 'Change password' },
  'account.password.changed': {
    zh: '密码已修改。您在其他设备上的 {count} 个登录已退出。',
    en: 'Your password was changed. {count} sessions on other devices were signed out.',
  },
  'account.password.wrong-current': {
    zh: '当前密码不正确，密码未修改。',
    en: 'The current password is not correct; the password was not changed.',
  },
  'account.password.mismatch': {
    zh: '两次输入的新密码不一致，密码未修改。',
    en: 'The two new passwords differ; the password was not changed.',
  },
  'account.password.unchanged': {
    zh: '新密码与当前密码相同，请换一个。',
    en: 'The new password is the same as the current one; please choose another.',
  },
  'account.sessions.title': { zh: '登录设备', en: 'Signed-in sessions' },
});
