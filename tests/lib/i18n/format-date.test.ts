import { describe, expect, it } from 'vitest';
import { formatDeadline } from '../../../src/lib/consultation/index.ts';
import { formatDate, formatDateTime } from '../../../src/lib/i18n/index.ts';

describe('formatDate', () => {
  it("shows an instant's day in the site's zone, on both sides of 16:00 UTC", () => {
    expect(formatDate(new Date('2026-12-04T15:59:00Z'), 'zh', 'Asia/Shanghai')).toBe(
      '2026年12月4日',
    );
    expect(formatDate(new Date('2026-12-04T16:00:00Z'), 'zh', 'Asia/Shanghai')).toBe(
      '2026年12月5日',
    );
    expect(formatDate(new Date('2026-12-04T16:00:00Z'), 'en', 'Asia/Shanghai')).toBe(
      '5 December 2026',
    );
  });

  it('shows a calendar day as that day in every zone', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(formatDate('2026-12-05', 'en', zone)).toBe('5 December 2026');
      expect(formatDate('2026-12-05', 'zh', zone)).toBe('2026年12月5日');
    }
  });

  it('writes a moment in Chinese as a deadline is written, so one page never shows two styles', () => {
    const at = new Date('2026-12-24T10:00:00Z');
    expect(formatDateTime(at, 'zh', 'Asia/Shanghai')).toBe('2026年12月24日 18:00');
    expect(formatDateTime(at, 'zh', 'Asia/Shanghai')).toBe(
      formatDeadline(at, 'zh', 'Asia/Shanghai'),
    );
    expect(formatDate(at, 'zh', 'Asia/Shanghai')).toBe('2026年12月24日');
  });

  it('writes a moment in English as a deadline is written, with the offset as UTC+8', () => {
    const at = new Date('2026-12-07T17:28:00Z');
    expect(formatDateTime(at, 'en', 'Asia/Shanghai')).toBe('8 December 2026, 01:28 (UTC+8)');
    const deadline = new Date('2026-12-24T10:00:00Z');
    expect(formatDateTime(deadline, 'en', 'Asia/Shanghai')).toBe(
      formatDeadline(deadline, 'en', 'Asia/Shanghai'),
    );
    expect(formatDateTime(at, 'en', 'UTC')).toBe('7 December 2026, 17:28 (UTC)');
  });
});
