/**
 * What a receipt says of its comment: whether it has been answered, whether it is public (or
 * waiting for a moderator, held back, or kept private as its author asked), whether the window
 * is still open (and until when), and when a reply is due (OPENCLAUSE_REPLY_DAYS after the
 * close) or whether it came. The answer and the publication are independent: staff may answer
 * a comment, in bulk, before a moderator has checked it for publication.
 * Pure: the clock is a parameter.
 */
import { replyDue } from '../triage/clock.ts';

/**
 * Where a comment stands for publication: `pending` a moderator's check, `public` in the list
 * of published comments, `held` back by a moderator, or `private` because its author did not
 * agree to publication (nothing a moderator decides makes it public).
 */
export type Publication = 'pending' | 'public' | 'held' | 'private';

export interface NextSteps {
  publication: Publication;
  window: { state: 'open' | 'closed'; closesAt: Date };
  reply: { state: 'answered' } | { state: 'due' | 'overdue'; due: Date };
}

/**
 * @example publicationOf({ status: 'received', consentPublish: false }) // 'private'
 */
export function publicationOf(comment: { status: string; consentPublish: boolean }): Publication {
  if (!comment.consentPublish) return 'private';
  if (comment.status === 'published') return 'public';
  if (comment.status === 'held') return 'held';
  return 'pending';
}

/**
 * @example nextSteps({ status: 'received', consentPublish: true, disposition: null, closesAt: new Date('2026-12-31T16:00:00Z') }, new Date('2026-12-04T00:00:00Z'), 30)
 *   // { publication: 'pending', window: { state: 'open', closesAt: … }, reply: { state: 'due', due: 2027-01-30T16:00Z } }
 */
export function nextSteps(
  comment: { status: string; consentPublish: boolean; disposition: string | null; closesAt: Date },
  now: Date,
  replyDays: number,
): NextSteps {
  const due = replyDue(comment.closesAt, replyDays);
  return {
    publication: publicationOf(comment),
    window: { state: now < comment.closesAt ? 'open' : 'closed', closesAt: comment.closesAt },
    reply: comment.disposition
      ? { state: 'answered' }
      : { state: now < due ? 'due' : 'overdue', due },
  };
}

/** One line of the receipt's "What happens next", as a catalogue key and the date it names. */
export type NextLine =
  | { key: 'next.moderation' | 'next.answered' }
  | { key: 'next.open' | 'next.closed' | 'next.due' | 'next.overdue'; date: Date };

/**
 * The receipt's account of its comment: the handling status, the publication, and what comes
 * next, in that order of lines; a moderator is named only while publication waits for one.
 */
export function receiptAccount(next: NextSteps): {
  status: 'answered' | 'received';
  publication: Publication;
  lines: NextLine[];
} {
  const lines: NextLine[] = [];
  if (next.publication === 'pending') lines.push({ key: 'next.moderation' });
  lines.push({
    key: next.window.state === 'open' ? 'next.open' : 'next.closed',
    date: next.window.closesAt,
  });
  lines.push(
    next.reply.state === 'answered'
      ? { key: 'next.answered' }
      : { key: next.reply.state === 'due' ? 'next.due' : 'next.overdue', date: next.reply.due },
  );
  return {
    status: next.reply.state === 'answered' ? 'answered' : 'received',
    publication: next.publication,
    lines,
  };
}
