/**
 * Moderation decisions as pure transitions. A comment is `received` until a moderator
 * publishes it or holds it back with a reason; a published comment can be held back later
 * (abuse found, a valid report) and a held one published after review. Only comments whose
 * authors consented are ever published.
 */
export const HOLD_REASONS = ['abuse', 'spam', 'personal-data', 'off-topic'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];
export type ModerationAction = { kind: 'publish' } | { kind: 'hold'; reason: HoldReason };
/** The moderation status a comment is stored with; "answered" is shown from its disposition, not stored. */
export const COMMENT_STATUSES = ['received', 'published', 'held'] as const;

export type Transition =
  | { ok: true; status: 'published' | 'held'; reason: HoldReason | null }
  | { ok: false; reason: 'no-consent' | 'not-allowed' | 'unchanged' };

export function moderate(
  current: { status: string; consentPublish: boolean },
  action: ModerationAction,
): Transition {
  if (action.kind === 'publish') {
    if (!current.consentPublish) return { ok: false, reason: 'no-consent' };
    if (current.status === 'published') return { ok: false, reason: 'unchanged' };
    if (current.status !== 'received' && current.status !== 'held')
      return { ok: false, reason: 'not-allowed' };
    return { ok: true, status: 'published', reason: null };
  }
  if (current.status === 'held') return { ok: false, reason: 'unchanged' };
  if (current.status !== 'received' && current.status !== 'published')
    return { ok: false, reason: 'not-allowed' };
  return { ok: true, status: 'held', reason: action.reason };
}

export function parseAction(kind: string | null, reason: string | null): ModerationAction | null {
  if (kind === 'publish') return { kind: 'publish' };
  if (kind === 'hold' && (HOLD_REASONS as readonly string[]).includes(reason ?? ''))
    return { kind: 'hold', reason: reason as HoldReason };
  return null;
}

/**
 * Open reports from different addresses that hide a published comment until a moderator
 * decides. Auto-hiding stays as a circuit breaker for what should not wait for office hours
 * (someone's phone number, a threat), but only reports no moderator has reviewed count, so
 * a moderator's decision to keep a comment published holds against the same reports.
 */
export const REPORT_THRESHOLD = 3;

/** Reports one address may file in an hour (all comments together). */
export const REPORTS_PER_HOUR = 10;

/** Whether this many open reports from distinct addresses hide the comment. */
export const shouldHide = (openReports: number) => openReports >= REPORT_THRESHOLD;
