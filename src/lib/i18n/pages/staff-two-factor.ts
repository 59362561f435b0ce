/**
 * Two-factor sign-in (src/pages/staff/account/two-factor.astro): `account.totp.<outcome>`. Merged
 * into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffTwoFactorPage = m({
  'account.totp.title': { zh: '两步验证', en: 'Two-step verification' },
  'account.totp.required': {
    zh: '系统管理员要求所有工作人员开启两步验证。开启后才能使用其他工作页面。',
    en: 'The administrator requires two-step verification for all staff. Turn it on to use the other staff pages.',
  },
  'account.totp.on': {
    zh: '两步验证已开启。剩余 {count} 个恢复码。',
    en: 'Two-step verification is on. {count} recovery codes left.',
  },
  'account.totp.off': { zh: '两步验证尚未开启。', en: 'Two-step verification is off.' },
  'account.totp.scan': {
    zh: '用手机上的验证器应用（如 Microsoft Authenticator、Google 身份验证器、FreeOTP）扫描二维码，或手动输入下面的密钥，然后填写应用显示的 6 位验证码。',
    en: 'Scan the QR code with an authenticator app on your phone (Microsoft Authenticator, Google Authenticator, FreeOTP…), or type in the key below, then enter the 6-digit code the app shows.',
  },
  'account.totp.qrAlt': { zh: '两步验证设置二维码', en: 'QR code to set up two-step verification' },
  'account.totp.key': { zh: '密钥', en: 'Key' },
  'account.totp.uri': { zh: '设置链接', en: 'Set-up link' },
  'account.totp.code': { zh: '验证码', en: 'Code' },
  'account.totp.enable': { zh: '开启两步验证', en: 'Turn on two-step verification' },
  'account.totp.bad-code': {
    zh: '验证码不正确或已过期，请输入应用当前显示的验证码。',
    en: 'The code is wrong or has expired; enter the code the app shows now.',
  },
  'account.totp.already-enrolled': {
    zh: '两步验证已经开启。',
    en: 'Two-step verification is already on.',
  },
  'account.totp.not-enrolled': { zh: '两步验证尚未开启。', en: 'Two-step verification is off.' },
  'account.totp.recoveryCodes': {
    zh: '恢复码（每个只能用一次，仅显示这一次）：请打印或保存在安全的地方。手机丢失时，可用恢复码代替验证码登录。',
    en: 'Recovery codes (each works once, shown only now): print them or keep them somewhere safe. If you lose your phone, sign in with one instead of a code.',
  },
  'account.totp.renew': { zh: '生成新的恢复码', en: 'Make new recovery codes' },
  'account.totp.renewHint': {
    zh: '填写当前验证码后生成新的恢复码，旧恢复码随即失效。',
    en: 'Enter a current code to make new recovery codes; the old ones stop working.',
  },
});
