/**
 * Days and clock readings in the site's time zone (`OPENCLAUSE_TIME_ZONE`, `Config.timeZone`),
 * as pure functions of an instant and a zone: the server's own zone (UTC on most machines)
 * never decides which day it is. In Asia/Shanghai (UTC+8, no daylight saving) the day turns at
 * 16:00 UTC, so `new Date().toISOString().slice(0, 10)` is yesterday there for eight hours
 * every day.
 *
 * A calendar day is a `YYYY-MM-DD` string and belongs to no zone; an instant is a `Date`.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `new Intl.DateTimeFormat(tag, options)`, made once per process: making one costs about
 * 0.1 ms (ICU loads the locale's and the zone's data), and the reading page formatted four
 * dates per request, 5% of its CPU time (issue #18). The keys are the few locales, zones and
 * shapes the code writes, so the map stays small.
 */
export function dateTimeFormat(
  tag: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, options);
    formats.set(key, format);
  }
  return format;
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function wallClock(
  instant: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(
    dateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The calendar day it is in `timeZone` at `instant`.
 * @example localDay(new Date('2026-12-04T15:59:00Z'), 'Asia/Shanghai') // '2026-12-04'
 * @example localDay(new Date('2026-12-04T16:00:00Z'), 'Asia/Shanghai') // '2026-12-05'
 */
export function localDay(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (+8 h for Asia/Shanghai). */
export function offsetAt(instant: Date, timeZone: string): number {
  const c = wallClock(instant, timeZone);
  const wall = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant as RFC 3339 / ISO 8601 with the zone's own offset, to the second (Atom's
 * date construct, `<time datetime>`).
 * @example rfc3339(new Date('2026-12-04T16:30:00Z'), 'Asia/Shanghai') // '2026-12-05T00:30:00+08:00'
 */
export function rfc3339(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  const offset = Math.round(offsetAt(instant, timeZone) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A `datetime-local` value (`YYYY-MM-DDTHH:mm`) read as a wall-clock time in `timeZone`; null
 * if it is not one, or names a day the calendar lacks.
 * @example zonedTime('2026-12-01T09:00', 'Asia/Shanghai')?.toISOString() // '2026-12-01T01:00:00.000Z'
 */
export function zonedTime(local: string, timeZone: string): Date | null {
  const m = LOCAL_TIME.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (calendarDay(y, mo, d) === null || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(first), timeZone));
}

/**
 * The day `YYYY-MM-DD` if year, month (1-12) and day make a real date, else null.
 * @example calendarDay(2026, 2, 30) // null
 */
export function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * The calendar day that a date-only value stands for, when a parser (YAML, ExcelJS) has turned
 * it into a `Date` at midnight UTC.
 * @example dayOfDateOnly(new Date('2026-12-05T00:00:00Z')) // '2026-12-05'
 */
export function dayOfDateOnly(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * A calendar day moved by `days` (negative: back).
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(day: string, days: number): string {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`not a calendar day: ${day}`);
  return dayOfDateOnly(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + days * DAY),
  );
}
