import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkWindowLength,
  commentCount,
  formatDeadline,
  MIN_WINDOW_DAYS,
  timeLeft,
  windowState,
} from '../../../src/lib/consultation/index.ts';
import { inBoth, say, translator, type Locale } from '../../../src/lib/i18n/index.ts';

const left = (ms: number, locale: Locale) => say(translator(locale), timeLeft(ms));

const DAY = 86_400_000;
// Opens 20 November 09:00 and closes 21 December 18:00, Beijing time.
const w = {
  opensAt: new Date('2026-11-20T09:00:00+08:00'),
  closesAt: new Date('2026-12-21T18:00:00+08:00'),
};

describe('windowState', () => {
  it('is upcoming before the opening instant, open from it, and closed from the closing instant', () => {
    expect(windowState(w, new Date('2026-11-20T00:59:59.999Z')).state).toBe('upcoming');
    expect(windowState(w, new Date('2026-11-20T01:00:00Z')).state).toBe('open');
    expect(windowState(w, new Date('2026-12-21T09:59:59.999Z')).state).toBe('open');
    expect(windowState(w, new Date('2026-12-21T10:00:00Z')).state).toBe('closed');
    expect(windowState(w, new Date('2027-01-01T00:00:00Z')).state).toBe('closed');
  });

  it('counts the milliseconds left until closing, and none once closed', () => {
    expect(windowState(w, new Date('2026-12-21T09:59:59.999Z')).msLeft).toBe(1);
    expect(windowState(w, new Date('2026-12-20T10:00:00Z')).msLeft).toBe(DAY);
    expect(windowState(w, new Date('2026-12-21T10:00:00Z')).msLeft).toBe(0);
    expect(windowState(w, new Date('2026-11-19T10:00:00Z'))).toMatchObject({
      state: 'upcoming',
      msLeft: w.closesAt.getTime() - Date.parse('2026-11-19T10:00:00Z'),
    });
  });

  it('returns the window it judged', () => {
    const info = windowState(w, new Date('2026-12-01T00:00:00Z'));
    expect(info.opensAt).toBe(w.opensAt);
    expect(info.closesAt).toBe(w.closesAt);
  });

  it('is never open when the window closes before it opens, or a date is invalid', () => {
    const inverted = { opensAt: w.closesAt, closesAt: w.opensAt };
    expect(windowState(inverted, new Date('2026-12-01T00:00:00Z')).state).not.toBe('open');
    expect(
      windowState(
        { opensAt: w.opensAt, closesAt: new Date(Number.NaN) },
        new Date('2026-12-01T00:00:00Z'),
      ).state,
    ).toBe('closed');
    expect(windowState(w, new Date(Number.NaN)).state).toBe('closed');
  });
});

describe('judging on a server whose own time zone is not the city’s', () => {
  const original = process.env['TZ'];
  beforeEach(() => {
    process.env['TZ'] = 'UTC';
  });
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('closes at 18:00 Beijing time, which is 10:00 on the UTC server clock', () => {
    expect(new Date().getTimezoneOffset()).toBe(0);
    // A deadline written as a Beijing wall-clock time with its offset…
    const closesAt = new Date('2026-12-21T18:00:00+08:00');
    // …is not judged as 18:00 of the server's zone:
    expect(
      windowState({ opensAt: w.opensAt, closesAt }, new Date('2026-12-21T17:59:00Z')).state,
    ).toBe('closed');
    expect(
      windowState({ opensAt: w.opensAt, closesAt }, new Date('2026-12-21T09:59:00Z')).state,
    ).toBe('open');
    expect(formatDeadline(closesAt, 'zh', 'Asia/Shanghai')).toBe('2026年12月21日 18:00');
  });

  it('writes the same deadline whatever the server zone', () => {
    const inUtc = [
      formatDeadline(w.closesAt, 'zh', 'Asia/Shanghai'),
      formatDeadline(w.closesAt, 'en', 'Asia/Shanghai'),
    ];
    process.env['TZ'] = 'America/New_York';
    expect(new Date('2026-12-21T10:00:00Z').getHours()).toBe(5);
    expect([
      formatDeadline(w.closesAt, 'zh', 'Asia/Shanghai'),
      formatDeadline(w.closesAt, 'en', 'Asia/Shanghai'),
    ]).toEqual(inUtc);
  });
});

describe('formatDeadline', () => {
  it('writes the deadline in the city time zone, Chinese and English', () => {
    expect(formatDeadline(w.closesAt, 'zh', 'Asia/Shanghai')).toBe('2026年12月21日 18:00');
    expect(formatDeadline(w.closesAt, 'en', 'Asia/Shanghai')).toBe(
      '21 December 2026, 18:00 (UTC+8)',
    );
  });

  it('uses Asia/Shanghai when no zone is given', () => {
    expect(formatDeadline(w.closesAt, 'zh')).toBe('2026年12月21日 18:00');
  });

  it('crosses the date line with the zone: 23:30 UTC is the next morning in Beijing', () => {
    const late = new Date('2026-12-31T23:30:00Z');
    expect(formatDeadline(late, 'zh', 'Asia/Shanghai')).toBe('2027年1月1日 07:30');
    expect(formatDeadline(late, 'en', 'UTC')).toBe('31 December 2026, 23:30 (UTC)');
  });

  it('writes midnight as 00:00 and pads hours, without padding months or days', () => {
    expect(formatDeadline(new Date('2026-03-05T00:00:00+08:00'), 'zh', 'Asia/Shanghai')).toBe(
      '2026年3月5日 00:00',
    );
    expect(formatDeadline(new Date('2026-03-05T09:05:00+08:00'), 'en', 'Asia/Shanghai')).toBe(
      '5 March 2026, 09:05 (UTC+8)',
    );
  });

  it('writes the offset that applies on the day in a zone with summer time', () => {
    expect(formatDeadline(new Date('2026-01-15T12:00:00Z'), 'en', 'Europe/London')).toBe(
      '15 January 2026, 12:00 (UTC)',
    );
    expect(formatDeadline(new Date('2026-07-15T12:00:00Z'), 'en', 'Europe/London')).toBe(
      '15 July 2026, 13:00 (UTC+1)',
    );
  });

  it('has no summer time in Beijing: the offset is +8 all year', () => {
    for (let month = 0; month < 12; month++) {
      expect(
        formatDeadline(new Date(Date.UTC(2026, month, 15, 10)), 'en', 'Asia/Shanghai'),
      ).toMatch(/, 18:00 \(UTC\+8\)$/);
    }
  });
});

describe('timeLeft', () => {
  it('says days while a day or more is left, rounding down', () => {
    expect(left(23 * DAY + 1000, 'zh')).toBe('还剩 23 天');
    expect(left(24 * DAY - 1, 'zh')).toBe('还剩 23 天');
    expect(left(23 * DAY, 'en')).toBe('23 days left');
    expect(left(DAY, 'en')).toBe('1 day left');
  });

  it('then hours, then minutes rounded up', () => {
    expect(left(DAY - 1, 'zh')).toBe('还剩 23 小时');
    expect(left(5 * 3_600_000, 'zh')).toBe('还剩 5 小时');
    expect(left(5 * 3_600_000, 'en')).toBe('5 hours left');
    expect(left(3_600_000, 'en')).toBe('1 hour left');
    expect(left(3_600_000 - 1, 'en')).toBe('60 minutes left');
    expect(left(90_000, 'zh')).toBe('还剩 2 分钟');
    expect(left(1, 'en')).toBe('1 minute left');
  });

  it('says closed when no time is left', () => {
    for (const ms of [0, -1, Number.NaN]) {
      expect(left(ms, 'zh')).toBe('已截止');
      expect(left(ms, 'en')).toBe('closed');
    }
  });
});

describe('checkWindowLength', () => {
  const opens = new Date('2026-11-01T09:00:00+08:00');
  const after = (days: number) => new Date(opens.getTime() + days * DAY);

  it('accepts a window of exactly 30 days or more without a reason', () => {
    expect(MIN_WINDOW_DAYS).toBe(30);
    expect(checkWindowLength(opens, after(30), null)).toEqual({ ok: true, days: 30 });
    expect(checkWindowLength(opens, after(45), undefined)).toEqual({ ok: true, days: 45 });
  });

  it('refuses a shorter window without a recorded reason, saying what to do', () => {
    const r = checkWindowLength(opens, new Date(after(30).getTime() - 1), null);
    expect(r).toMatchObject({ ok: false, reason: 'short-window-without-reason' });
    const short = checkWindowLength(opens, after(19), '  ');
    if (short.ok) throw new Error('expected a refusal');
    expect(short.days).toBe(19);
    const text = inBoth(short.message);
    expect(text.zh).toContain('19 天');
    expect(text.zh).toMatch(/请/);
    expect(text.en).toContain('19 days');
  });

  it('accepts a shorter window when a reason is recorded', () => {
    expect(checkWindowLength(opens, after(19), '涉及紧急公共安全事项')).toEqual({
      ok: true,
      days: 19,
    });
  });

  it('refuses a window that closes when or before it opens, reason or not', () => {
    expect(checkWindowLength(opens, opens, '紧急')).toMatchObject({
      ok: false,
      reason: 'closes-before-opens',
    });
    expect(checkWindowLength(opens, after(-1), '紧急')).toMatchObject({
      ok: false,
      reason: 'closes-before-opens',
    });
  });

  it('refuses invalid dates', () => {
    expect(checkWindowLength(new Date('not a date'), after(40), null)).toMatchObject({
      ok: false,
      reason: 'invalid-date',
    });
  });
});

describe('commentCount', () => {
  const said = (locale: Locale, count: number, people?: number) =>
    say(translator(locale), commentCount(count, people));

  it('says one person and one comment in the singular in English', () => {
    expect(said('en', 4, 1)).toBe('1 person made 4 comments');
    expect(said('en', 1, 1)).toBe('1 person made 1 comment');
    expect(said('en', 5, 3)).toBe('3 people made 5 comments');
    expect(said('en', 1)).toBe('1 comment received');
    expect(said('en', 0, 0)).toBe('0 comments received');
  });

  it('reads the same in Chinese whatever the number', () => {
    expect(said('zh', 4, 1)).toBe('1 人提出 4 条意见');
    expect(said('zh', 1, 1)).toBe('1 人提出 1 条意见');
    expect(said('zh', 1)).toBe('已收到 1 条意见');
  });
});
