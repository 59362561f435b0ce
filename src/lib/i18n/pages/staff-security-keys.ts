/**
 * Security keys (src/pages/staff/account/security-keys.astro): registering and removing them
 * (`account.keys.<outcome>`). Merged into the catalogue in ../messages.ts.
 */
import { m } from '../catalogue.ts';

export const staffSecurityKeysPage = m({
  'account.keys.title': { zh: '安全密钥', en: 'Security keys' },
  'account.keys.lead': {
    zh: '安全密钥（如 USB 或 NFC 密钥）或通行密钥可以代替验证器应用中的验证码完成两步验证。验证器应用和恢复码仍然有效。',
    en: 'A security key (USB or NFC) or a passkey can stand in for the code from your authenticator app at two-step verification. The app and the recovery codes keep working.',
  },
  'account.keys.totpFirst': {
    zh: '请先开启两步验证（验证器应用），再添加安全密钥。',
    en: 'Turn on two-step verification with an authenticator app first, then add security keys.',
  },
  'account.keys.none': { zh: '尚未添加安全密钥。', en: 'No security key yet.' },
  'account.keys.list': { zh: '已添加的安全密钥', en: 'Your security keys' },
  'account.keys.name': { zh: '名称', en: 'Name' },
  'account.keys.nameHint': {
    zh: '起一个便于您辨认的名称，例如“钥匙串上的密钥”。',
    en: 'A name you will recognise, such as “key on my keyring”.',
  },
  'account.keys.added': { zh: '添加时间', en: 'Added' },
  'account.keys.lastUsed': { zh: '最近使用', en: 'Last used' },
  'account.keys.never': { zh: '从未使用', en: 'Never' },
  'account.keys.remove': { zh: '移除', en: 'Remove' },
  'account.keys.removeLabel': { zh: '移除“{name}”', en: 'Remove “{name}”' },
  'account.keys.removed': { zh: '已移除该安全密钥。', en: 'The security key was removed.' },
  'account.keys.add': { zh: '添加安全密钥', en: 'Add a security key' },
  'account.keys.addedNotice': {
    zh: '已添加安全密钥“{name}”。下次登录时即可使用。',
    en: 'The security key “{name}” was added. You can use it the next time you sign in.',
  },
  'account.keys.unsupported': {
    zh: '此浏览器不支持安全密钥（WebAuthn），或未开启 JavaScript。请换用较新的浏览器，或继续使用验证器应用。',
    en: 'This browser does not support security keys (WebAuthn), or JavaScript is off. Use a recent browser, or keep using your authenticator app.',
  },
  'account.keys.cancelled': {
    zh: '安全密钥操作已取消或超时，请重试。',
    en: 'The security key step was cancelled or timed out; try again.',
  },
  'account.keys.totp-required': {
    zh: '请先开启两步验证，再添加安全密钥。',
    en: 'Turn on two-step verification first, then add a security key.',
  },
  'account.keys.name-required': {
    zh: '请为安全密钥填写名称。',
    en: 'Give the security key a name.',
  },
  'account.keys.no-response': {
    zh: '没有收到安全密钥的应答。此功能需要支持 WebAuthn 的浏览器并开启 JavaScript。',
    en: 'No answer came from a security key. This needs a browser with WebAuthn and JavaScript on.',
  },
  'account.keys.not-verified': {
    zh: '未能验证该安全密钥（可能已超时），请重试。',
    en: 'The security key could not be verified (it may have timed out); try again.',
  },
  'account.keys.too-many': {
    zh: '每个账号最多添加 {max} 个安全密钥，请先移除不用的密钥。',
    en: 'An account can have at most {max} security keys; remove one you no longer use first.',
  },
  'account.keys.already-registered': {
    zh: '该安全密钥已经添加过了。',
    en: 'That security key is already registered.',
  },
  'account.keys.not-found': {
    zh: '找不到该安全密钥，可能已被移除。',
    en: 'That security key was not found; it may have been removed already.',
  },
});
