/**
 * One decision for a whole campaign: publish, hold back with a reason, or a disposition with
 * its public reply. Pure reading of the staff form; the count shown on the confirmation must
 * come back unchanged, so a group that grew in the meantime is asked about again.
 */
import { readDisposition, type DispositionInput } from '../disposition/index.ts';
import { parseAction, type ModerationAction } from './transitions.ts';
import type { Message } from '../i18n/index.ts';

export type GroupDecision =
  { kind: 'moderate'; action: ModerationAction } | { kind: 'dispose'; input: DispositionInput };

export type GroupDecisionResult =
  { ok: true; value: GroupDecision } | { ok: false; errors: Message[] };

export function readGroupDecision(
  raw: Record<string, string | null | undefined>,
): GroupDecisionResult {
  const decision = raw['decision'] ?? '';
  if (decision === 'publish' || decision === 'hold') {
    const action = parseAction(decision, raw['holdReason'] ?? null);
    return action
      ? { ok: true, value: { kind: 'moderate', action } }
      : { ok: false, errors: [{ key: 'hold.error.noReason' }] };
  }
  if (decision === 'dispose') {
    const result = readDisposition({
      disposition: raw['disposition'] ?? null,
      reason: raw['reason'] ?? null,
      reply: raw['reply'] ?? null,
      reflectedIn: raw['reflectedIn'] ?? null,
    });
    return result.ok
      ? { ok: true, value: { kind: 'dispose', input: result.value } }
      : { ok: false, errors: result.errors.map((e) => e.message) };
  }
  return { ok: false, errors: [{ key: 'triage.group.error.noDecision' }] };
}

/** True when the staff member confirmed exactly the number of comments the group holds now. */
export function isConfirmed(confirm: string | null | undefined, size: number): boolean {
  return confirm === String(size) && size > 0;
}

/** The permission a decision needs. */
export function permissionFor(decision: GroupDecision): 'comments:moderate' | 'comments:dispose' {
  return decision.kind === 'moderate' ? 'comments:moderate' : 'comments:dispose';
}
