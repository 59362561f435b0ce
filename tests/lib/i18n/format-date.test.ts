import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/lib/i18n/index.ts';

describe('formatDate', () => {
  it("shows an instant's day in the site's zone, on both sides of 16:00 UTC", () => {
    expect(formatDate(new Date('2026-12-04T15:59:00Z'), 'zh', 'Asia/Shanghai')).toBe('2026/12/4');
    expect(formatDate(new Date('2026-12-04T16:00:00Z'), 'zh', 'Asia/Shanghai')).toBe('2026/12/5');
    expect(formatDate(new Date('2026-12-04T16:00:00Z'), 'en', 'Asia/Shanghai')).toBe(
      '5 December 2026',
    );
  });

  it('shows a calendar day as that day in every zone', () => {
    for (const zone of ['Asia/Shanghai', 'UTC', 'America/New_York', 'Pacific/Kiritimati']) {
      expect(formatDate('2026-12-05', 'en', zone)).toBe('5 December 2026');
      expect(formatDate('2026-12-05', 'zh', zone)).toBe('2026/12/5');
    }
  });
});
