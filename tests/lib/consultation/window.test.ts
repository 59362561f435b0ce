import { describe, expect, it } from 'vitest';
import { checkWindowLength, formatDeadline, timeLeft, windowState } from '../../../src/lib/consultation/index.ts';

const w = { opensAt: new Date('2026-11-20T09:00:00+08:00'), closesAt: new Date('2026-12-21T18:00:00+08:00') };

describe('comment windows', () => {
  it('is upcoming before opening, open from the opening instant, closed from the closing instant', () => {
    expect(windowState(w, new Date('2026-11-20T00:59:59Z')).state).toBe('upcoming');
    expect(windowState(w, new Date('2026-11-20T01:00:00Z')).state).toBe('open');
    expect(windowState(w, new Date('2026-12-21T09:59:59.999Z')).state).toBe('open');
    expect(windowState(w, new Date('2026-12-21T10:00:00Z')).state).toBe('closed');
  });
  it('shows the deadline in the city time zone whatever the server zone', () => {
    expect(formatDeadline(w.closesAt, 'zh', 'Asia/Shanghai')).toBe('2026年12月21日 18:00');
    expect(formatDeadline(w.closesAt, 'en', 'Asia/Shanghai')).toBe('21 December 2026, 18:00 (UTC+8)');
  });
  it('says how much time is left in days, then hours, then minutes', () => {
    expect(timeLeft(23 * 86_400_000 + 1000, 'zh')).toBe('还剩 23 天');
    expect(timeLeft(5 * 3_600_000, 'en')).toBe('5 hours left');
    expect(timeLeft(30_000, 'en')).toBe('1 minute left');
  });
  it('requires a reason for windows under 30 days', () => {
    const opens = new Date('2026-11-01T00:00:00Z');
    expect(checkWindowLength(opens, new Date('2026-11-20T00:00:00Z'), null)).toMatchObject({ ok: false, reason: 'short-window-without-reason' });
    expect(checkWindowLength(opens, new Date('2026-11-20T00:00:00Z'), '紧急')).toEqual({ ok: true });
    expect(checkWindowLength(opens, new Date('2026-12-01T00:00:00Z'), null)).toEqual({ ok: true });
    expect(checkWindowLength(opens, opens, 'x')).toMatchObject({ ok: false, reason: 'closes-before-opens' });
  });
});
