/**
 * SMTP settings from the environment, read by src/lib/config (the one module that reads it).
 * OPENCLAUSE_SMTP_URL (smtp://user:pass@host:587, smtps://… for implicit TLS) wins over
 * OPENCLAUSE_SMTP_HOST / _PORT / _USER / _PASS; OPENCLAUSE_SMTP_FROM is the sender.
 */
export interface SmtpSettings {
  url: string;
  from: string;
}

const DEFAULT_FROM = 'OpenClause <no-reply@localhost>';

/**
 * @example smtpSettings({}) // null: no SMTP, the outbox is read by staff
 * @example smtpSettings({ OPENCLAUSE_SMTP_HOST: 'mail.example.org' }).url // 'smtp://mail.example.org:587'
 */
export function smtpSettings(env: Record<string, string | undefined>): SmtpSettings | null {
  const from = env['OPENCLAUSE_SMTP_FROM']?.trim() || DEFAULT_FROM;
  const url = env['OPENCLAUSE_SMTP_URL']?.trim();
  if (url) {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
      throw new Error(`OPENCLAUSE_SMTP_URL: not an smtp:// or smtps:// URL: ${parsed.protocol}`);
    return { url, from };
  }
  const host = env['OPENCLAUSE_SMTP_HOST']?.trim();
  if (!host) return null;
  const port = env['OPENCLAUSE_SMTP_PORT']?.trim() || '587';
  const user = env['OPENCLAUSE_SMTP_USER'];
  const pass = env['OPENCLAUSE_SMTP_PASS'];
  const auth = user
    ? `${encodeURIComponent(user)}${pass ? `:${encodeURIComponent(pass)}` : ''}@`
    : '';
  return { url: `${port === '465' ? 'smtps' : 'smtp'}://${auth}${host}:${port}`, from };
}
