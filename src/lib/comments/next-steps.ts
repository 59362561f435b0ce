/**
 * What happens next to a comment, for its receipt: whether the window is still open (and until
 * when), and when a reply is due (OPENCLAUSE_REPLY_DAYS after the close) or whether it came.
 * Pure: the clock is a parameter.
 */
import { replyDue } from '../triage/clock.ts';

export interface NextSteps {
  /** Still awaiting a moderator's decision on publication. */
  moderation: boolean;
  window: { state: 'open' | 'closed'; closesAt: Date };
  reply: { state: 'answered' } | { state: 'due' | 'overdue'; due: Date };
}

/**
 * @example nextSteps({ status: 'received', disposition: null, closesAt: new Date('2026-12-31T16:00:00Z') }, new Date('2026-12-04T00:00:00Z'), 30)
 *   // { moderation: true, window: { state: 'open', closesAt: … }, reply: { state: 'due', due: 2027-01-30T16:00Z } }
 */
export function nextSteps(
  comment: { status: string; disposition: string | null; closesAt: Date },
  now: Date,
  replyDays: number,
): NextSteps {
  const due = replyDue(comment.closesAt, replyDays);
  return {
    moderation: comment.status === 'received',
    window: { state: now < comment.closesAt ? 'open' : 'closed', closesAt: comment.closesAt },
    reply: comment.disposition
      ? { state: 'answered' }
      : { state: now < due ? 'due' : 'overdue', due },
  };
}
