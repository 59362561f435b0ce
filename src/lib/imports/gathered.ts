/**
 * The day an offline opinion was gathered (a meeting, a letter), as imports and the staff's
 * entry form take it: a real calendar day, not later than today, and inside the
 * consultation's window. Imports and manual entry accepted 2026-02-30, 0000-00-00, 2099-01-01
 * and days outside the window (issue #14). Pure: days are `YYYY-MM-DD` in the consultation's
 * time zone.
 */
import type { Message } from '../i18n/index.ts';
import { calendarDay, DEFAULT_TIME_ZONE, localDay } from '../time/index.ts';

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** An ISO 8601 date-time with a zone: `2023-04-27T04:00Z`, `2023-04-27T04:00:00+08:00`. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
/** A date with a local time and no zone: `2023-04-27 04:00`, read as that day. */
const DATE_LOCAL_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * `2026/11/5`, `2026年11月5日` or `2026-11-05` → `2026-11-05`; an ISO date-time with a zone
 * → its day in `timeZone` (the site's); null if not a real date.
 * @example normaliseDate('2023-04-27T20:00Z', 'Asia/Shanghai') // '2023-04-28'
 */
export function normaliseDate(value: string, timeZone: string = DEFAULT_TIME_ZONE): string | null {
  const text = value.normalize('NFKC').trim();
  const zoned = DATE_TIME.exec(text);
  if (zoned) {
    if (
      !calendarDay(Number(zoned[1]), Number(zoned[2]), Number(zoned[3])) ||
      Number(zoned[4]) > 23 ||
      Number(zoned[5]) > 59
    )
      return null;
    const instant = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(instant.getTime()) ? null : localDay(instant, timeZone);
  }
  const local = DATE_LOCAL_TIME.exec(text);
  if (local) return calendarDay(Number(local[1]), Number(local[2]), Number(local[3]));
  const m = DATE.exec(text);
  if (!m) return null;
  return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface GatheringWindow {
  today: string;
  opensOn: string;
  closesOn: string;
  /** Where a date-time cell is given its day; the site's default when absent. */
  timeZone?: string;
}

export type GatheredOutcome =
  | { ok: true; date: string }
  | {
      ok: false;
      code: 'date-invalid' | 'date-future' | 'date-outside-window';
      /** What to tell the person entering it (`gathered.<code>`). */
      message: Message;
    };

/**
 * @example checkGatheredOn('2026年11月5日', { today: '2026-12-02', opensOn: '2026-11-01', closesOn: '2026-12-01' }) // { ok: true, date: '2026-11-05' }
 */
export function checkGatheredOn(value: string, window: GatheringWindow): GatheredOutcome {
  const date = normaliseDate(value, window.timeZone);
  if (!date || date < '1900-01-01') {
    return {
      ok: false,
      code: 'date-invalid',
      message: { key: 'gathered.date-invalid', vars: { value } },
    };
  }
  if (date > window.today)
    return {
      ok: false,
      code: 'date-future',
      message: { key: 'gathered.date-future', vars: { date, today: window.today } },
    };
  if (date < window.opensOn || date > window.closesOn) {
    return {
      ok: false,
      code: 'date-outside-window',
      message: {
        key: 'gathered.date-outside-window',
        vars: { date, opensOn: window.opensOn, closesOn: window.closesOn },
      },
    };
  }
  return { ok: true, date };
}
