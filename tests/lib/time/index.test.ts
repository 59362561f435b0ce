import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDay,
  dayOfDateOnly,
  localDay,
  offsetAt,
  rfc3339,
  zonedTime,
} from '../../../src/lib/time/index.ts';

const SHANGHAI = 'Asia/Shanghai';
// The last second of 4 December in Shanghai, and the first of 5 December.
const BEFORE = new Date('2026-12-04T15:59:59Z');
const AFTER = new Date('2026-12-04T16:00:00Z');

describe("the day in the site's zone", () => {
  it('turns at 16:00 UTC in Shanghai, not at midnight UTC', () => {
    expect(localDay(BEFORE, SHANGHAI)).toBe('2026-12-04');
    expect(localDay(AFTER, SHANGHAI)).toBe('2026-12-05');
    expect(localDay(new Date('2026-12-04T23:59:59Z'), SHANGHAI)).toBe('2026-12-05');
  });

  it('is the UTC day in UTC and the earlier day west of it', () => {
    expect(localDay(AFTER, 'UTC')).toBe('2026-12-04');
    expect(localDay(new Date('2026-12-05T03:00:00Z'), 'America/New_York')).toBe('2026-12-04');
  });

  it("crosses the year on New Year's Eve at 16:00 UTC", () => {
    expect(localDay(new Date('2026-12-31T16:00:00Z'), SHANGHAI)).toBe('2027-01-01');
  });
});

describe("RFC 3339 with the zone's offset", () => {
  it('writes Shanghai times with +08:00 on both sides of 16:00 UTC', () => {
    expect(rfc3339(BEFORE, SHANGHAI)).toBe('2026-12-04T23:59:59+08:00');
    expect(rfc3339(AFTER, SHANGHAI)).toBe('2026-12-05T00:00:00+08:00');
  });

  it('names the same instant in every zone, daylight saving and half hours included', () => {
    for (const [zone, text] of [
      ['UTC', '2026-07-01T12:30:00+00:00'],
      ['Europe/London', '2026-07-01T13:30:00+01:00'],
      ['America/St_Johns', '2026-07-01T10:00:00-02:30'],
      ['Asia/Kathmandu', '2026-07-01T18:15:00+05:45'],
    ] as const) {
      const written = rfc3339(new Date('2026-07-01T12:30:00Z'), zone);
      expect(written).toBe(text);
      expect(new Date(written).toISOString()).toBe('2026-07-01T12:30:00.000Z');
    }
  });

  it('gives the offset in milliseconds', () => {
    expect(offsetAt(AFTER, SHANGHAI)).toBe(8 * 3_600_000);
    expect(offsetAt(new Date('2026-01-15T12:00:00.500Z'), 'America/New_York')).toBe(-5 * 3_600_000);
  });
});

describe('wall-clock times typed in the zone', () => {
  it('reads a datetime-local value as Shanghai time', () => {
    expect(zonedTime('2026-12-05T00:00', SHANGHAI)?.toISOString()).toBe(AFTER.toISOString());
    expect(zonedTime('2026-12-04T23:59', SHANGHAI)?.toISOString()).toBe('2026-12-04T15:59:00.000Z');
    expect(zonedTime('2026-07-01T09:00', 'Europe/London')?.toISOString()).toBe(
      '2026-07-01T08:00:00.000Z',
    );
  });

  it('refuses days and hours the calendar lacks', () => {
    expect(zonedTime('2026-02-30T09:00', SHANGHAI)).toBeNull();
    expect(zonedTime('2026-12-05T24:00', SHANGHAI)).toBeNull();
    expect(zonedTime('2026-12-05 09:00', SHANGHAI)).toBeNull();
  });
});

describe('calendar days', () => {
  it('checks a date is real', () => {
    expect(calendarDay(2028, 2, 29)).toBe('2028-02-29');
    expect(calendarDay(2026, 2, 29)).toBeNull();
    expect(calendarDay(2026, 13, 1)).toBeNull();
  });

  it('reads a date-only value a parser put at midnight UTC as that day', () => {
    expect(dayOfDateOnly(new Date(Date.UTC(2026, 11, 5)))).toBe('2026-12-05');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addDays('5 December', 1)).toThrow(RangeError);
  });
});
