/**
 * What an outbox row says: its kind and parameters rendered in the recipient's language
 * through the catalogue, with absolute links on the configured public address. Pure.
 */
import { translator, type Locale, type MessageKey } from '../i18n/index.ts';

export const MESSAGE_KINDS = [
  'receipt',
  'reply',
  'reading',
  'credit',
  'follow-confirm',
  'follow-news',
  'security-alert',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface RenderedMessage {
  subject: string;
  text: string;
  /** Extra headers (List-Unsubscribe on news to followers). */
  headers: Record<string, string>;
}

export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'zh';
}

/**
 * @example renderMessage('receipt', { code: 'AB12-CD34', regulation: '条例', clause: '第二条' }, 'zh', 'https://x.example').subject
 * // '意见已收到（回执编号 AB12-CD34）'
 */
export function renderMessage(
  kind: string,
  params: Readonly<Record<string, string>>,
  locale: Locale,
  publicUrl: string,
): RenderedMessage {
  const t = translator(locale);
  const p = (name: string) => params[name] ?? '';
  const url = (path: string) => `${publicUrl}${path}`;
  // A link for an English reader opens the English page (Chinese is the site's default): a URL
  // parameter, not interface text.
  // eslint-disable-next-line no-restricted-syntax
  const lang = locale === 'en' ? '?lang=en' : '';
  const receiptLink = url(`/receipts/${encodeURIComponent(p('code'))}${lang}`);
  const signed = (text: string) => `${text}\n\n--\n${t('notify.mail.signature')}\n`;
  const clause = p('clause') || t('notify.mail.wholeDraft');
  switch (kind) {
    case 'receipt':
      return {
        subject: t('notify.mail.receipt.subject', { code: p('code') }),
        text: signed(
          t('notify.mail.receipt.body', {
            regulation: p('regulation'),
            clause,
            code: p('code'),
            link: receiptLink,
          }),
        ),
        headers: {},
      };
    case 'reply': {
      const key = `notify.disposition.${p('disposition') || 'none'}`;
      const disposition = isKey(key) ? t(key) : t('notify.disposition.none');
      return {
        subject: t('notify.mail.reply.subject', { code: p('code') }),
        text: signed(
          t('notify.mail.reply.body', {
            regulation: p('regulation'),
            code: p('code'),
            disposition,
            reply: p('reply'),
            link: receiptLink,
          }),
        ),
        headers: {},
      };
    }
    case 'reading': {
      const vars = {
        regulation: p('regulation'),
        version: p('version'),
        clause,
        code: p('code'),
        link: url(`/regulations/${p('regulationSlug')}/versions/${p('versionSlug')}${lang}`),
        receiptLink,
      };
      return {
        subject: t('notify.mail.reading.subject', vars),
        text: signed(
          t(
            p('removed') === '1' ? 'notify.mail.reading.removed' : 'notify.mail.reading.changed',
            vars,
          ),
        ),
        headers: {},
      };
    }
    case 'credit': {
      const vars = {
        regulation: p('regulation'),
        version: p('version'),
        clause,
        code: p('code'),
        link: url(
          `/regulations/${p('regulationSlug')}/versions/${p('versionSlug')}${lang}#${p('anchor')}`,
        ),
        receiptLink,
      };
      return {
        subject: t('notify.mail.credit.subject', vars),
        text: signed(t('notify.mail.credit.body', vars)),
        headers: {},
      };
    }
    case 'follow-confirm':
      return {
        subject: t('notify.mail.confirm.subject', { regulation: p('regulation') }),
        text: signed(
          t('notify.mail.confirm.body', {
            regulation: p('regulation'),
            link: url(`/follow/confirm/${p('token')}${lang}`),
          }),
        ),
        headers: {},
      };
    case 'follow-news': {
      const unsubscribe = url(`/follow/unsubscribe/${p('token')}${lang}`);
      const event =
        p('event') === 'consultation' || p('event') === 'report' ? p('event') : 'reading';
      const subject = t(`notify.mail.news.subject.${event}` as MessageKey, {
        regulation: p('regulation'),
        title: p('title'),
      });
      return {
        subject,
        text: signed(
          t('notify.mail.news.body', {
            headline: subject,
            link: url(`${p('path')}${lang}`),
            regulation: p('regulation'),
            unsubscribe,
          }),
        ),
        // RFC 8058: a mail program may unsubscribe with one POST (src/lib/web/one-click-route.ts).
        headers: {
          'List-Unsubscribe': `<${unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      };
    }
    case 'security-alert': {
      const rule =
        p('rule') === 'locked' || p('rule') === 'reports' ? p('rule') : 'failed-sign-ins';
      const vars = {
        username: p('username'),
        count: p('count'),
        address: p('address') || '-',
        at: p('at'),
        audit: url('/staff/audit'),
        moderation: url('/staff/moderation'),
      };
      return {
        subject: t(`alerts.${rule}.subject` as MessageKey, vars),
        text: signed(t(`alerts.${rule}.body` as MessageKey, vars)),
        headers: {},
      };
    }
    default:
      throw new Error(`unknown notification kind: ${kind}`);
  }
}

function isKey(key: string): key is MessageKey {
  return (
    key === 'notify.disposition.adopted' ||
    key === 'notify.disposition.partly-adopted' ||
    key === 'notify.disposition.not-adopted' ||
    key === 'notify.disposition.out-of-scope' ||
    key === 'notify.disposition.none'
  );
}
