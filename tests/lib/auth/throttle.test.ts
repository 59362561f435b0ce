import { describe, expect, it } from 'vitest';
import {
  lockDuration,
  lockRemaining,
  MAX_LOCK_MS,
  throttleKey,
} from '../../../src/lib/auth/throttle.ts';
import { secondFactorGate } from '../../../src/lib/auth/gate.ts';

describe('per-account sign-in throttle', () => {
  it('lets the first four failures pass, then locks for 1, 2, 4, 8 and at most 15 minutes', () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map((n) => lockDuration(n) / 60_000);
    expect(minutes).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
  });

  it('never locks for longer than 15 minutes, however many failures', () => {
    expect(lockDuration(10_000)).toBe(MAX_LOCK_MS);
  });

  it('counts the time left of a lock, and nothing once it passed', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(lockRemaining({ lockedUntil: new Date('2026-12-01T10:01:30Z') }, now)).toBe(90_000);
    expect(lockRemaining({ lockedUntil: new Date('2026-12-01T09:59:00Z') }, now)).toBe(0);
    expect(lockRemaining(null, now)).toBe(0);
  });

  it('keys a username the same whatever its case or spaces', () => {
    expect(throttleKey('  Wang.Li ')).toBe('wang.li');
  });
});

describe('required second factor', () => {
  const without = { totpEnabled: false };
  it('sends an account without a second factor to enrol, except to its account pages and sign-out', () => {
    expect(secondFactorGate('/staff', true, without)).toBe('/staff/account/two-factor');
    expect(secondFactorGate('/staff/audit', true, without)).toBe('/staff/account/two-factor');
    expect(secondFactorGate('/staff/accounting', true, without)).toBe('/staff/account/two-factor');
    expect(secondFactorGate('/staff/account/two-factor', true, without)).toBeNull();
    expect(secondFactorGate('/staff/account', true, without)).toBeNull();
    expect(secondFactorGate('/staff/sign-out', true, without)).toBeNull();
  });
  it('lets everyone through when not required, and enrolled accounts always', () => {
    expect(secondFactorGate('/staff', false, without)).toBeNull();
    expect(secondFactorGate('/staff', true, { totpEnabled: true })).toBeNull();
    expect(secondFactorGate('/staff', true, null)).toBeNull();
  });
});
