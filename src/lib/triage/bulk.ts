/**
 * Bulk actions of the triage list: publish or hold back, assign, tag, or one disposition with
 * one reply, over the rows ticked or over everything a filter matches. Reading the form is pure;
 * applying writes one audit row per action, with the count and the filter it was chosen by.
 */
import { inArray, sql } from 'drizzle-orm';
import type { Permission, StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { commentAssignments, commentTags } from '../db/schema.ts';
import { readDisposition, recordDisposition, type DispositionInput } from '../disposition/index.ts';
import { applyDecision } from '../moderation/repository.ts';
import { HOLD_REASONS, type HoldReason } from '../moderation/transitions.ts';
import { normaliseTag } from './annotations.ts';

/** At most this many comments in one bulk action (a filter matching more is refused). */
export const BULK_LIMIT = 5000;

export type BulkAction =
  | { kind: 'publish' }
  | { kind: 'hold'; reason: HoldReason }
  | { kind: 'assign'; assigneeId: number | null }
  | { kind: 'tag'; tag: string }
  | { kind: 'dispose'; input: DispositionInput };

/** Codes of what is wrong with a bulk form; pages translate them (triageBulk.error.*). */
export type BulkError =
  'action' | 'holdReason' | 'assignee' | 'tag' | 'disposition' | 'selection' | 'tooMany';

export type Selection = { scope: 'rows'; ids: number[] } | { scope: 'all' };

export function readBulkAction(
  raw: (name: string) => string | null,
): { ok: true; value: BulkAction } | { ok: false; error: BulkError } {
  switch (raw('action')) {
    case 'publish':
      return { ok: true, value: { kind: 'publish' } };
    case 'hold': {
      const reason = HOLD_REASONS.find((r) => r === raw('holdReason'));
      return reason
        ? { ok: true, value: { kind: 'hold', reason } }
        : { ok: false, error: 'holdReason' };
    }
    case 'assign': {
      const v = raw('assignee') ?? '';
      if (v === 'none') return { ok: true, value: { kind: 'assign', assigneeId: null } };
      return /^[1-9]\d{0,8}$/.test(v)
        ? { ok: true, value: { kind: 'assign', assigneeId: Number(v) } }
        : { ok: false, error: 'assignee' };
    }
    case 'tag': {
      const tag = normaliseTag(raw('tag') ?? '');
      return tag ? { ok: true, value: { kind: 'tag', tag } } : { ok: false, error: 'tag' };
    }
    case 'dispose': {
      const result = readDisposition({
        disposition: raw('disposition'),
        reason: raw('reason'),
        reply: raw('reply'),
      });
      return result.ok
        ? { ok: true, value: { kind: 'dispose', input: result.value } }
        : { ok: false, error: 'disposition' };
    }
    default:
      return { ok: false, error: 'action' };
  }
}

/** The rows ticked (ids) or "all that the filter matches". */
export function readSelection(
  raw: (name: string) => string | null,
  ids: readonly string[],
): { ok: true; value: Selection } | { ok: false; error: BulkError } {
  if (raw('scope') === 'all') return { ok: true, value: { scope: 'all' } };
  const picked = [...new Set(ids.filter((v) => /^[1-9]\d{0,14}$/.test(v)).map(Number))];
  if (picked.length === 0) return { ok: false, error: 'selection' };
  if (picked.length > BULK_LIMIT) return { ok: false, error: 'tooMany' };
  return { ok: true, value: { scope: 'rows', ids: picked } };
}

export function bulkPermission(action: BulkAction): Permission {
  if (action.kind === 'publish' || action.kind === 'hold') return 'comments:moderate';
  if (action.kind === 'dispose') return 'comments:dispose';
  return 'comments:triage';
}

/** True when the staff member confirmed exactly the number the selection holds now. */
export function isBulkConfirmed(confirm: string | null, count: number): boolean {
  return count > 0 && confirm === String(count);
}

export interface BulkOutcome {
  /** Comments the action changed. */
  applied: number;
  /** Comments already so, or (publishing) whose author did not consent. */
  unchanged: number;
}

/**
 * Applies the action to the comments. `chosenBy` describes the selection for the audit row: the
 * scope and the filter's query string.
 */
export async function applyBulk(
  db: Db,
  actor: StaffUser,
  ids: number[],
  action: BulkAction,
  chosenBy: { scope: 'rows' | 'all'; filter: string },
  now: Date,
): Promise<BulkOutcome> {
  const audit = {
    bulk: true,
    scope: chosenBy.scope,
    filter: chosenBy.filter,
    selected: ids.length,
  };
  if (ids.length === 0) return { applied: 0, unchanged: 0 };
  if (action.kind === 'publish' || action.kind === 'hold') {
    const report = await applyDecision(
      db,
      actor,
      ids,
      action.kind === 'publish' ? { kind: 'publish' } : { kind: 'hold', reason: action.reason },
      audit,
    );
    return { applied: report.applied.length, unchanged: ids.length - report.applied.length };
  }
  if (action.kind === 'dispose') {
    const n = await recordDisposition(db, actor, ids, action.input, now, audit);
    return { applied: n, unchanged: ids.length - n };
  }
  return db.transaction(async (tx) => {
    let applied: number;
    if (action.kind === 'tag') {
      const added = await tx
        .insert(commentTags)
        .values(ids.map((commentId) => ({ commentId, tag: action.tag })))
        .onConflictDoNothing()
        .returning({ id: commentTags.commentId });
      applied = added.length;
      await recordAudit(tx, actor, 'triage.bulk-tag', 'comment', ids.join(','), {
        ...audit,
        tag: action.tag,
        count: applied,
      });
    } else if (action.assigneeId === null) {
      const gone = await tx
        .delete(commentAssignments)
        .where(inArray(commentAssignments.commentId, ids))
        .returning({ id: commentAssignments.commentId });
      applied = gone.length;
      await recordAudit(tx, actor, 'triage.bulk-assign', 'comment', ids.join(','), {
        ...audit,
        assigneeId: null,
        count: applied,
      });
    } else {
      const assigneeId = action.assigneeId;
      const set = await tx
        .insert(commentAssignments)
        .values(ids.map((commentId) => ({ commentId, assigneeId, assignedBy: actor.id })))
        .onConflictDoUpdate({
          target: commentAssignments.commentId,
          set: { assigneeId, assignedBy: actor.id, assignedAt: sql`now()` },
        })
        .returning({ id: commentAssignments.commentId });
      applied = set.length;
      await recordAudit(tx, actor, 'triage.bulk-assign', 'comment', ids.join(','), {
        ...audit,
        assigneeId,
        count: applied,
      });
    }
    return { applied, unchanged: ids.length - applied };
  });
}
