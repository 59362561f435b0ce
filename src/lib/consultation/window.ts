/**
 * Comment windows, judged on the server. The clock is always a parameter and instants are
 * compared as instants, so a server running in UTC judges a Beijing deadline exactly; the
 * city's time zone only decides how a deadline is written.
 * 立法法 (2023) art. 40: a draft is normally open for comment for at least 30 days.
 */
import { formatDateTime, type Locale, type Message } from '../i18n/index.ts';
import { DEFAULT_TIME_ZONE } from '../time/index.ts';

export { DEFAULT_TIME_ZONE };

export type WindowState = 'upcoming' | 'open' | 'closed';

export interface WindowInfo {
  state: WindowState;
  opensAt: Date;
  closesAt: Date;
  /** Milliseconds until the window closes (0 once closed). */
  msLeft: number;
}

export const MIN_WINDOW_DAYS = 30;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/**
 * Open from `opensAt` (inclusive) until `closesAt` (exclusive): a comment arriving at the
 * closing instant is late. An invalid date fails closed.
 */
export function windowState(window: { opensAt: Date; closesAt: Date }, now: Date): WindowInfo {
  const t = now.getTime();
  const opens = window.opensAt.getTime();
  const closes = window.closesAt.getTime();
  const state: WindowState = t < opens ? 'upcoming' : t < closes ? 'open' : 'closed';
  return {
    state,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    msLeft: state === 'closed' ? 0 : closes - t,
  };
}

/**
 * The deadline as people in the city read it, whatever the server's own time zone.
 * @example formatDeadline(new Date('2026-12-21T10:00:00Z'), 'zh') // '2026年12月21日 18:00'
 * @example formatDeadline(new Date('2026-12-21T10:00:00Z'), 'en') // '21 December 2026, 18:00 (UTC+8)'
 */
export function formatDeadline(
  date: Date,
  locale: Locale,
  timeZone: string = DEFAULT_TIME_ZONE,
): string {
  return formatDateTime(date, locale, timeZone);
}

/**
 * Whole days left, then whole hours, then minutes (rounded up, so never "0 minutes" while
 * still open). Counts down, never overstates: 23 days and 23 hours is "23 days".
 * @example timeLeft(23 * 86_400_000 + 5) // { key: 'left.days', vars: { n: 23 } }: '还剩 23 天', '23 days left'
 * @example timeLeft(3_600_000) // { key: 'left.hour', vars: { n: 1 } }: '还剩 1 小时', '1 hour left'
 */
export function timeLeft(ms: number): Message {
  if (!(ms > 0)) return { key: 'left.closed' };
  const days = Math.floor(ms / DAY);
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.ceil(ms / MINUTE);
  const [n, unit] =
    days >= 1
      ? [days, 'day' as const]
      : hours >= 1
        ? [hours, 'hour' as const]
        : [minutes, 'minute' as const];
  return { key: n === 1 ? `left.${unit}` : `left.${unit}s`, vars: { n } };
}

/**
 * How many comments a consultation received, and from how many people when known, with English
 * in the singular for one: '1 person made 4 comments', never '1 people'.
 * @example commentCount(4, 1) // { key: 'consult.people.onePerson', vars: { people: 1, count: 4 } }
 */
export function commentCount(count: number, people?: number): Message {
  if (people === undefined || count === 0)
    return count === 1 ? { key: 'consult.count.one' } : { key: 'consult.count', vars: { count } };
  const key =
    count === 1
      ? 'consult.people.oneComment'
      : people === 1
        ? 'consult.people.onePerson'
        : 'consult.people';
  return { key, vars: { people, count } };
}

export type WindowLengthOutcome =
  | { ok: true; days: number }
  | {
      ok: false;
      reason: 'invalid-date' | 'closes-before-opens' | 'short-window-without-reason';
      days: number;
      message: Message;
    };

/**
 * A window shorter than 30 days needs a recorded reason (立法法 2023 art. 40: "一般不少于三十日").
 * `days` is the exact length in days (fractional).
 */
export function checkWindowLength(
  opensAt: Date,
  closesAt: Date,
  reason: string | null | undefined,
): WindowLengthOutcome {
  const days = (closesAt.getTime() - opensAt.getTime()) / DAY;
  if (Number.isNaN(days)) {
    return { ok: false, reason: 'invalid-date', days, message: { key: 'window.invalid-date' } };
  }
  if (days <= 0) {
    return {
      ok: false,
      reason: 'closes-before-opens',
      days,
      message: { key: 'window.closes-before-opens' },
    };
  }
  if (days < MIN_WINDOW_DAYS && !reason?.trim()) {
    const shown = Math.floor(days * 10) / 10;
    return {
      ok: false,
      reason: 'short-window-without-reason',
      days,
      message: {
        key: 'window.short-window-without-reason',
        vars: { days: shown, min: MIN_WINDOW_DAYS },
      },
    };
  }
  return { ok: true, days };
}
