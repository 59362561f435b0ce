/**
 * Staff sign-in (src/pages/staff/sign-in.astro and sign-in/code.astro). Merged into the catalogue
 * in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffSignInPage = m({
  'staff.signIn': { zh: '工作人员登录', en: 'Staff sign-in' },
  'staff.username': { zh: '用户名', en: 'Username' },
  'staff.password': { zh: '密码', en: 'Password' },
  'staff.badCredentials': {
    zh: '用户名或密码不正确。',
    en: 'The username or password is not correct.',
  },

  'signIn.code.title': { zh: '两步验证', en: 'Two-step verification' },
  'signIn.code.lead': {
    zh: '请输入验证器应用显示的 6 位验证码，或一个恢复码。',
    en: 'Enter the 6-digit code your authenticator app shows, or a recovery code.',
  },
  'signIn.code.submit': { zh: '验证', en: 'Verify' },
  'signIn.code.expired': {
    zh: '验证已超时，请重新登录。',
    en: 'This sign-in has expired; please sign in again.',
  },
  'signIn.code.recoveryUsed': {
    zh: '您用恢复码登录了，还剩 {count} 个恢复码。',
    en: 'You signed in with a recovery code; {count} are left.',
  },
  'signIn.locked': {
    zh: '尝试次数过多，请在 {minutes} 分钟后再试。',
    en: 'Too many attempts; please try again in {minutes} minutes.',
  },
  'signIn.addressLimited': {
    zh: '此网络地址登录失败次数过多，请 15 分钟后再试。',
    en: 'Too many failed sign-ins from this address; please try again in 15 minutes.',
  },
  'signIn.key.title': { zh: '使用安全密钥', en: 'Use a security key' },
  'signIn.key.lead': {
    zh: '插入或轻触您添加过的安全密钥，或使用通行密钥。',
    en: 'Insert or touch a security key you registered, or use your passkey.',
  },
  'signIn.key.submit': { zh: '使用安全密钥验证', en: 'Verify with a security key' },
  'signIn.key.bad': {
    zh: '安全密钥验证未通过，请重试，或输入验证码。',
    en: 'The security key was not accepted; try again, or enter a code.',
  },
  'signIn.code.or': { zh: '或输入验证码', en: 'Or enter a code' },
});
