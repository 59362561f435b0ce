/**
 * Interface strings, Chinese first and English second. A page gets `t` for its locale; the
 * locale comes from the `lang` cookie or `?lang=`, defaulting to Chinese.
 */
import { messages, type MessageKey } from './messages.ts';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function pickLocale(query: string | null, cookie: string | undefined): Locale {
  if (query === 'en' || query === 'zh') return query;
  return cookie === 'en' ? 'en' : 'zh';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return (key, vars) => {
    const template = messages[key][locale];
    return vars ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : template;
  };
}

/**
 * A day as people read it: an instant's day in `timeZone`, or a calendar day (`YYYY-MM-DD`,
 * such as a version's publication date) as it is, whatever the zone.
 * @example formatDate(new Date('2026-12-04T16:30:00Z'), 'zh', 'Asia/Shanghai') // '2026/12/5'
 * @example formatDate('2026-12-05', 'en', 'America/New_York') // '5 December 2026'
 */
export function formatDate(value: Date | string, locale: Locale, timeZone: string): string {
  // A calendar day is written from midnight UTC in UTC, so no zone can move it to another day.
  const [date, zone] = typeof value === 'string' ? [new Date(`${value}T00:00:00Z`), 'UTC'] : [value, timeZone];
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: locale === 'zh' ? 'numeric' : 'long',
    day: 'numeric',
    timeZone: zone,
  }).format(date);
}

export function formatDateTime(value: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: locale === 'zh' ? 'numeric' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
    timeZoneName: locale === 'zh' ? undefined : 'short',
  }).format(value);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format(value);
}

export type { MessageKey };
