import { describe, expect, it } from 'vitest';
import { clockOf, readConfig } from '../../../src/lib/config/index.ts';

const NOW = '2026-01-05T10:00:00+08:00';

describe('the clock', () => {
  it('ignores OPENCLAUSE_TEST_NOW without the test hooks, as in production', () => {
    const config = readConfig({ OPENCLAUSE_TEST_NOW: NOW });
    expect([config.testHooks, config.testNow]).toEqual([false, null]);
    const before = Date.now();
    const now = clockOf(config.testNow)().getTime();
    expect(now >= before && now <= Date.now()).toBe(true);
  });

  it('starts at OPENCLAUSE_TEST_NOW under the test hooks and runs on from there', () => {
    const config = readConfig({ OPENCLAUSE_TEST_HOOKS: '1', OPENCLAUSE_TEST_NOW: NOW });
    const clock = clockOf(config.testNow);
    const first = clock().getTime();
    // It has run on for no longer than this process has.
    expect(first - new Date(NOW).getTime()).toBeGreaterThanOrEqual(0);
    expect(first - new Date(NOW).getTime()).toBeLessThanOrEqual(process.uptime() * 1000);
    expect(clock().getTime()).toBeGreaterThanOrEqual(first);
  });

  it('keeps the real time when the test instant is not a date', () => {
    expect(
      readConfig({ OPENCLAUSE_TEST_HOOKS: '1', OPENCLAUSE_TEST_NOW: 'tomorrow' }).testNow,
    ).toBeNull();
  });
});
