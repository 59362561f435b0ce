import { describe, expect, it } from 'vitest';
import { overdueCutoff, replyDue, serviceClock } from '../../../src/lib/triage/clock.ts';

const closesAt = new Date('2026-12-01T00:00:00Z');

describe('the service clock', () => {
  it('makes a reply due the configured number of days after the consultation closes', () => {
    expect(replyDue(closesAt, 30).toISOString()).toBe('2026-12-31T00:00:00.000Z');
  });
  it('counts down the days left, then the days overdue', () => {
    expect(
      serviceClock({ closesAt, disposition: null }, 30, new Date('2026-12-29T12:00:00Z')),
    ).toMatchObject({ state: 'running', daysLeft: 2 });
    expect(
      serviceClock({ closesAt, disposition: null }, 30, new Date('2027-01-05T00:00:00Z')),
    ).toMatchObject({ state: 'overdue', daysOver: 5 });
  });
  it('stops for a comment with a disposition', () => {
    expect(
      serviceClock({ closesAt, disposition: 'adopted' }, 30, new Date('2027-06-01T00:00:00Z'))
        .state,
    ).toBe('answered');
  });
  it('gives the cut-off that the overdue filter uses, consistent with the clock', () => {
    const now = new Date('2027-01-05T00:00:00Z');
    expect(overdueCutoff(30, now) > closesAt).toBe(true);
    expect(overdueCutoff(40, now) > closesAt).toBe(false);
  });
});
