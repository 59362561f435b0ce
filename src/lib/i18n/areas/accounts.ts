/** Interface strings of staff accounts (password, sessions, second factor), Chinese first. Merged in ../messages.ts. */
import { m } from '../catalogue.ts';

export const accountsMessages = m({
  'account.nav': { zh: '我的账号', en: 'My account' },
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
  'password.too-short': {
    zh: '密码至少需要 {min} 个字符。',
    en: 'The password needs at least {min} characters.',
  },
  'password.too-long': {
    zh: '密码最多 {max} 个字符。',
    en: 'The password may have at most {max} characters.',
  },
  'password.common': {
    zh: '这是常见密码（或常见密码加数字、重复），容易被猜中，请换一个。',
    en: 'This is a common password (or a common one with digits added, or repeated) and easy to guess; please choose another.',
  },
  'password.contains-username': {
    zh: '密码不能包含用户名。',
    en: 'The password may not contain the username.',
  },
  'account.sessions.title': { zh: '登录设备', en: 'Signed-in sessions' },
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
});
