/**
 * Dispositions: what was done with a comment (采纳 adopted / 部分采纳 partly adopted /
 * 未采纳 not adopted / 不属于本法规范围 out of scope), always with a reason, and the public
 * reply the commenter reads on the receipt page. Pure validation of the advisor's input.
 */
import { sanitiseText } from '../comments/sanitise.ts';
import type { Message } from '../i18n/index.ts';

export const DISPOSITIONS = ['adopted', 'partly-adopted', 'not-adopted', 'out-of-scope'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export interface DispositionInput {
  disposition: Disposition;
  reason: string;
  reply: string;
  /** The clause (row id) of a later version that reflects it; null for none. */
  reflectedClauseId?: number | null;
}

export type DispositionResult =
  | { ok: true; value: DispositionInput }
  | {
      ok: false;
      errors: { field: 'disposition' | 'reason' | 'reply' | 'reflectedIn'; message: Message }[];
    };

const MAX = 2000;

export function readDisposition(raw: {
  disposition?: string | null;
  reason?: string | null;
  reply?: string | null;
  reflectedIn?: string | null;
}): DispositionResult {
  const errors: Extract<DispositionResult, { ok: false }>['errors'] = [];
  const disposition = raw.disposition ?? '';
  // The reply is published: no control, bidi or zero-width characters (and PostgreSQL refuses NUL).
  const reason = sanitiseText(raw.reason ?? '');
  const reply = sanitiseText(raw.reply ?? '');
  if (!(DISPOSITIONS as readonly string[]).includes(disposition)) {
    errors.push({ field: 'disposition', message: { key: 'disposition.error.choose' } });
  }
  if (reason === '') errors.push({ field: 'reason', message: { key: 'disposition.error.reason' } });
  if (reply === '') errors.push({ field: 'reply', message: { key: 'disposition.error.reply' } });
  const reflectedIn = (raw.reflectedIn ?? '').trim();
  const reflectedClauseId = /^[1-9]\d{0,9}$/.test(reflectedIn) ? Number(reflectedIn) : null;
  if (reflectedIn !== '' && reflectedClauseId === null) {
    errors.push({ field: 'reflectedIn', message: { key: 'disposition.error.reflectedIn' } });
  }
  if ([...reason].length > MAX || [...reply].length > MAX) {
    errors.push({
      field: 'reply',
      message: { key: 'disposition.error.tooLong', vars: { max: MAX } },
    });
  }
  return errors.length
    ? { ok: false, errors }
    : {
        ok: true,
        value: { disposition: disposition as Disposition, reason, reply, reflectedClauseId },
      };
}
