/**
 * Comment windows, judged on the server. The clock is always a parameter.
 * 立法法 (2023) art. 40: a draft is normally open for comment for at least 30 days.
 */
import type { Locale } from '../i18n/index.ts';

export type WindowState = 'upcoming' | 'open' | 'closed';

export interface WindowInfo {
  state: WindowState;
  opensAt: Date;
  closesAt: Date;
  /** Milliseconds until the window closes (0 when closed). */
  msLeft: number;
}

/** Open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function windowState(window: { opensAt: Date; closesAt: Date }, now: Date): WindowInfo {
  const t = now.getTime();
  const state: WindowState = t < window.opensAt.getTime() ? 'upcoming' : t < window.closesAt.getTime() ? 'open' : 'closed';
  return { state, opensAt: window.opensAt, closesAt: window.closesAt, msLeft: state === 'closed' ? 0 : window.closesAt.getTime() - t };
}

/**
 * @example formatDeadline(new Date('2026-12-21T10:00:00Z'), 'zh', 'Asia/Shanghai') // '2026年12月21日 18:00'
 */
export function formatDeadline(date: Date, locale: Locale, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const hm = `${parts['hour']}:${parts['minute']}`;
  if (locale === 'zh') return `${parts['year']}年${parts['month']}月${parts['day']}日 ${hm}`;
  const month = new Intl.DateTimeFormat('en-GB', { timeZone, month: 'long' }).format(date);
  const offset = (parts['timeZoneName'] ?? 'GMT').replace('GMT', 'UTC');
  return `${parts['day']} ${month} ${parts['year']}, ${hm} (${offset === 'UTC' ? 'UTC' : offset})`;
}

/** @example timeLeft(23 * 86400000 + 5, 'zh') // '还剩 23 天' */
export function timeLeft(ms: number, locale: Locale): string {
  const days = Math.floor(ms / 86_400_000);
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (locale === 'zh') return days >= 1 ? `还剩 ${days} 天` : hours >= 1 ? `还剩 ${hours} 小时` : `还剩 ${minutes} 分钟`;
  if (days >= 1) return days === 1 ? '1 day left' : `${days} days left`;
  if (hours >= 1) return hours === 1 ? '1 hour left' : `${hours} hours left`;
  return minutes === 1 ? '1 minute left' : `${minutes} minutes left`;
}

export const MIN_WINDOW_DAYS = 30;

export function checkWindowLength(
  opensAt: Date,
  closesAt: Date,
  reason: string | null,
): { ok: true } | { ok: false; reason: 'closes-before-opens' | 'short-window-without-reason'; days: number } {
  const days = (closesAt.getTime() - opensAt.getTime()) / 86_400_000;
  if (days <= 0) return { ok: false, reason: 'closes-before-opens', days };
  if (days < MIN_WINDOW_DAYS && !reason?.trim()) return { ok: false, reason: 'short-window-without-reason', days };
  return { ok: true };
}
