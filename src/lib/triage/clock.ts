/**
 * The service clock: a reply is due a configurable number of days after the consultation
 * closes (OPENCLAUSE_REPLY_DAYS); a comment without a disposition after that is overdue.
 * Pure: the caller passes the clock.
 */
const DAY = 24 * 3600 * 1000;

export type ClockState =
  | { state: 'answered'; due: Date }
  | { state: 'running'; due: Date; daysLeft: number }
  | { state: 'overdue'; due: Date; daysOver: number };

export function replyDue(closesAt: Date, replyDays: number): Date {
  return new Date(closesAt.getTime() + replyDays * DAY);
}

/**
 * @example serviceClock({ closesAt: new Date('2026-12-01T00:00Z'), disposition: null }, 30, new Date('2027-01-05T00:00Z'))
 * // { state: 'overdue', due: 2026-12-31T00:00Z, daysOver: 5 }
 */
export function serviceClock(
  comment: { closesAt: Date; disposition: string | null },
  replyDays: number,
  now: Date,
): ClockState {
  const due = replyDue(comment.closesAt, replyDays);
  if (comment.disposition) return { state: 'answered', due };
  const diff = due.getTime() - now.getTime();
  return diff >= 0
    ? { state: 'running', due, daysLeft: Math.ceil(diff / DAY) }
    : { state: 'overdue', due, daysOver: Math.ceil(-diff / DAY) };
}

/** The latest closing instant whose comments are overdue now: closed before now − replyDays. */
export function overdueCutoff(replyDays: number, now: Date): Date {
  return new Date(now.getTime() - replyDays * DAY);
}
