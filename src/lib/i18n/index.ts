/**
 * Interface strings, Chinese first and English second. A page gets `t` for its locale; the
 * locale comes from the `lang` cookie or `?lang=`, defaulting to Chinese.
 */
import { messages, type MessageKey } from './messages.ts';
import { dateTimeFormat } from '../time/index.ts';

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function pickLocale(query: string | null, cookie: string | undefined): Locale {
  if (query === 'en' || query === 'zh') return query;
  return cookie === 'en' ? 'en' : 'zh';
}

/**
 * The locale a regulation's own text is written in (`regulations.language`): text stored beside
 * it, such as a timeline entry, is written in that language whatever the reader's locale.
 */
export function localeOf(language: string): Locale {
  return language === 'en' ? 'en' : 'zh';
}

/** The other of the two locales: where the language switch leads. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** The `lang` attribute of a page in `locale`. */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * What a domain function says to a person: a catalogue key and the values it takes. Domain code
 * returns these (`{ key: 'schedule.noDates' }`); the page translates them with `say`.
 */
export interface Message {
  key: MessageKey;
  vars?: Record<string, string | number>;
}

export function say(t: Translate, message: Message): string {
  return t(message.key, message.vars);
}

/** A message in both languages, Chinese first: for CLI output and JSON answers read by either. */
export function inBoth(message: Message): Record<Locale, string> {
  return Object.fromEntries(
    LOCALES.map((l) => [l, translator(l)(message.key, message.vars)]),
  ) as Record<Locale, string>;
}

/** Whether the catalogue has `key`: narrows a key built from stored data. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

/**
 * The catalogue's name for a code read from the database (`label(t, 'disposition', 'adopted')`
 * is `t('disposition.adopted')`), or the code itself when the catalogue does not know it.
 * @example label(translator('en'), 'disposition', 'adopted') // 'Adopted'
 * @example label(translator('en'), 'disposition', 'withdrawn') // 'withdrawn'
 */
export function label(
  t: Translate,
  group: string,
  code: string,
  vars?: Record<string, string | number>,
): string {
  const key = `${group}.${code}`;
  return isMessageKey(key) ? t(key, vars) : code;
}

export function translator(locale: Locale): Translate {
  return (key, vars) => {
    const template = messages[key][locale];
    return vars
      ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m))
      : template;
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
  const [date, zone] =
    typeof value === 'string' ? [new Date(`${value}T00:00:00Z`), 'UTC'] : [value, timeZone];
  return dateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: zone,
  }).format(date);
}

/**
 * A moment, written as a deadline is (formatDeadline), so one page never shows two styles.
 * @example formatDateTime(new Date('2026-12-07T17:28:00Z'), 'en', 'Asia/Shanghai') // '8 December 2026, 01:28 (UTC+8)'
 */
export function formatDateTime(value: Date, locale: Locale, timeZone: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat('en-GB', {
      year: 'numeric',
      month: locale === 'zh' ? 'numeric' : 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'shortOffset',
    })
      .formatToParts(value)
      .map((p) => [p.type, p.value]),
  );
  const hm = `${parts['hour']}:${parts['minute']}`;
  // Chinese from the numeric parts, hours 00–23 (never 24:00 at midnight).
  if (locale === 'zh')
    return `${parts['year']}年${Number(parts['month'])}月${Number(parts['day'])}日 ${hm}`;
  // 'GMT+8' → 'UTC+8'; offset zero is 'GMT' or 'GMT+0' depending on the ICU version → 'UTC'.
  const offset = (parts['timeZoneName'] ?? 'GMT')
    .replace('GMT', 'UTC')
    .replace(/^UTC[+-]0(?::00)?$/, 'UTC');
  return `${parts['day']} ${parts['month']} ${parts['year']}, ${hm} (${offset})`;
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB').format(value);
}

export type { MessageKey };
