/** The receipt's "what happens next": the window, moderation, and when a reply is due. */
import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../../src/lib/comments/next-steps.ts';

const closesAt = new Date('2026-12-31T16:00:00Z');
const before = new Date('2026-12-04T00:00:00Z');

describe('nextSteps', () => {
  it('while the window is open: moderation pending, reply due the set number of days after the close', () => {
    expect(nextSteps({ status: 'received', disposition: null, closesAt }, before, 30)).toEqual({
      moderation: true,
      window: { state: 'open', closesAt },
      reply: { state: 'due', due: new Date('2027-01-30T16:00:00Z') },
    });
  });

  it('follows OPENCLAUSE_REPLY_DAYS', () => {
    expect(
      nextSteps({ status: 'published', disposition: null, closesAt }, before, 10).reply,
    ).toEqual({ state: 'due', due: new Date('2027-01-10T16:00:00Z') });
  });

  it('after the close and past the due date without a reply: overdue', () => {
    expect(
      nextSteps(
        { status: 'published', disposition: null, closesAt },
        new Date('2027-02-01T00:00:00Z'),
        30,
      ),
    ).toMatchObject({
      moderation: false,
      window: { state: 'closed' },
      reply: { state: 'overdue' },
    });
  });

  it('once a disposition is recorded: answered', () => {
    expect(
      nextSteps(
        { status: 'published', disposition: 'adopted', closesAt },
        new Date('2027-02-01T00:00:00Z'),
        30,
      ).reply,
    ).toEqual({ state: 'answered' });
  });
});
