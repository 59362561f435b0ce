/**
 * Dispositions: what was done with a comment (采纳 adopted / 部分采纳 partly adopted /
 * 未采纳 not adopted / 不属于本法规范围 out of scope), always with a reason, and the public
 * reply the commenter reads on the receipt page. Pure validation of the advisor's input.
 */
import { sanitiseText } from '../comments/sanitise.ts';

export const DISPOSITIONS = ['adopted', 'partly-adopted', 'not-adopted', 'out-of-scope'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const DISPOSITION_LABELS: Record<Disposition, { zh: string; en: string }> = {
  adopted: { zh: '采纳', en: 'Adopted' },
  'partly-adopted': { zh: '部分采纳', en: 'Partly adopted' },
  'not-adopted': { zh: '未采纳', en: 'Not adopted' },
  'out-of-scope': { zh: '不属于本法规范围', en: 'Out of scope' },
};

export interface DispositionInput {
  disposition: Disposition;
  reason: string;
  reply: string;
  /** The clause (row id) of a later version that reflects it; null for none. */
  reflectedClauseId?: number | null;
}

export type DispositionResult =
  | { ok: true; value: DispositionInput }
  | { ok: false; errors: { field: 'disposition' | 'reason' | 'reply' | 'reflectedIn'; message: { zh: string; en: string } }[] };

const MAX = 2000;

export function readDisposition(raw: { disposition?: string | null; reason?: string | null; reply?: string | null; reflectedIn?: string | null }): DispositionResult {
  const errors: Extract<DispositionResult, { ok: false }>['errors'] = [];
  const disposition = raw.disposition ?? '';
  // The reply is published: no control, bidi or zero-width characters (and PostgreSQL refuses NUL).
  const reason = sanitiseText(raw.reason ?? '');
  const reply = sanitiseText(raw.reply ?? '');
  if (!(DISPOSITIONS as readonly string[]).includes(disposition)) {
    errors.push({ field: 'disposition', message: { zh: '请选择处理结果。', en: 'Choose a disposition.' } });
  }
  if (reason === '') errors.push({ field: 'reason', message: { zh: '请写明理由。', en: 'Give the reason.' } });
  if (reply === '') errors.push({ field: 'reply', message: { zh: '请填写公开答复。', en: 'Write the public reply.' } });
  const reflectedIn = (raw.reflectedIn ?? '').trim();
  const reflectedClauseId = /^[1-9]\d{0,9}$/.test(reflectedIn) ? Number(reflectedIn) : null;
  if (reflectedIn !== '' && reflectedClauseId === null) {
    errors.push({ field: 'reflectedIn', message: { zh: '所选的后续条款无效。', en: 'The later clause chosen is not valid.' } });
  }
  if ([...reason].length > MAX || [...reply].length > MAX) {
    errors.push({ field: 'reply', message: { zh: `理由和答复各不超过 ${MAX} 字。`, en: `Reason and reply are limited to ${MAX} characters each.` } });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: { disposition: disposition as Disposition, reason, reply, reflectedClauseId } };
}
