/**
 * Password rules (`password.<problem>`), shown by the account page and `openclause create-user`.
 * Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const sharedPassword = m({
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
});
