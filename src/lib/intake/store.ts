/**
 * Storing a comment. A receipt is only ever shown for a comment whose statement committed;
 * the kept counts move when the intake queue is folded (fold.ts), right after.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { comments } from '../db/schema.ts';
import { errors } from '../errors/index.ts';
import { boundKey, type KeyedContent } from '../comments/idempotency.ts';
import { publicFields } from '../comments/public-fields.ts';
import { storeIntakeRow } from './batch.ts';
import { scheduleFold, settleIntake } from './fold.ts';
import { hitsToClaim, type IntakeLimit } from './leases.ts';

/**
 * A comment to store: the content its idempotency key is bound to (KeyedContent, whose body,
 * suggested wording, quote and name the public fields are computed from, public-fields.ts),
 * with its receipt code, the sender's address hash and what only some channels carry.
 */
export interface NewComment extends KeyedContent {
  receiptCode: string;
  addressHash: string | null;
  ratings?: { clarity: number; enforceability: number; effect: number } | null;
  source?: { date: string; place: string; participants: number | null } | null;
  campaignKey?: string | null;
}

export type StoreOutcome =
  | { ok: true; receiptCode: string; duplicate: boolean }
  | { ok: false; reason: 'unknown-clause' | 'rate-limited' | 'closed' };

/**
 * After a comment is stored: 'wait' for the fold that counts it (the caller reads the counts
 * next), leave it to the 'background' (the public form: the receipt is the commit, the counts
 * follow within about 50 ms, see scheduleFold), or 'none' (a caller that folds in its own
 * transaction).
 */
export type Settle = 'wait' | 'background' | 'none';

async function settle(db: Db, how: Settle): Promise<void> {
  if (how === 'wait') await settleIntake(db);
  else if (how === 'background') scheduleFold(db);
}

export async function storeComment(
  db: Db,
  input: NewComment,
  options: {
    limit?: IntakeLimit | null;
    settle?: Settle;
    /** Store only if the consultation's window is open at this time, as the database has it (the caller chose it from a cached copy). */
    openAt?: Date;
  } = {},
): Promise<StoreOutcome> {
  // One statement, so one round trip and no transaction held open across the network: the rate
  // limit, the insert (idempotent on the form's key), the participant and the intake queue row;
  // shared with other comments submitted at the same moment (statement.ts, batch.ts).
  // The kept counts and the near-duplicate group move when the queue is folded (fold.ts),
  // batch by batch: counting here made every comment of a surge wait for the one before it to
  // commit, since they all update the same consultation row. Measured with bench/intake.ts;
  // see the README's performance section.
  // A clause of a version must exist in it; without a version (comments on legislative plan
  // items) the caller has checked the item reference.
  const needsClause = input.clauseEId !== null && input.versionId !== null;
  const limit = options.limit ?? null;
  const openAt = options.openAt?.toISOString() ?? null;
  const windowStart = limit
    ? new Date(Math.floor(limit.now.getTime() / limit.windowMs) * limit.windowMs).toISOString()
    : null;
  // Hits claimed from the shared counter by this statement: none when this process still holds
  // some for the bucket, otherwise one, or a block under a high limit (see leaseSize).
  const { claim, lease } = limit
    ? await hitsToClaim(db, limit, windowStart!)
    : { claim: 0, lease: null };
  const pub = publicFields(input);
  // The key as stored is bound to the content (idempotency.ts): a replay with other content is a new comment.
  const key = boundKey(input);
  const statement = storeIntakeRow(db, {
    bucket: limit?.bucket ?? '',
    window_start: windowStart,
    claim,
    lim: limit?.limit ?? 0,
    open_at: openAt,
    needs_clause: needsClause,
    values: {
      ...input,
      ...pub,
      idempotencyKey: key,
      ratings: input.ratings ?? null,
      source: input.source ?? null,
      campaignKey: input.campaignKey ?? null,
    },
  });
  if (claim > 1) lease!.claiming = statement;
  const row = await statement.finally(() => {
    if (lease?.claiming === statement) lease.claiming = null;
  });
  if (claim > 1 && row?.allowed && row.hit_count !== null) {
    // This request used the first hit of the block; the process keeps what the limit granted
    // of the rest (adding to any left from a block claimed at the same time).
    const granted = Math.min(claim, limit!.limit - (row.hit_count - claim));
    if (lease!.windowStart !== windowStart) Object.assign(lease!, { windowStart, left: 0 });
    lease!.left += Math.max(0, granted - 1);
  }
  if (row?.receipt_code) {
    await settle(db, options.settle ?? 'wait');
    return { ok: true, receiptCode: row.receipt_code, duplicate: false };
  }
  // The same form submitted again (double click, retry): answer with the first receipt, even
  // past the rate limit, since nothing new is stored.
  const existing =
    row?.existing ??
    (
      await db
        .select({ receiptCode: comments.receiptCode })
        .from(comments)
        .where(eq(comments.idempotencyKey, key))
    )[0]?.receiptCode;
  if (existing) {
    // The first attempt's process may have stopped before counting it.
    await settle(db, options.settle ?? 'wait');
    return { ok: true, receiptCode: existing, duplicate: true };
  }
  // A caller's mistake, as a foreign key violation would have been: nothing is stored.
  if (!row?.refs_found) throw errors.commentReferenceMissing(input.consultationId, input.versionId);
  if (!row?.allowed) return { ok: false, reason: 'rate-limited' };
  if (!row?.window_open) return { ok: false, reason: 'closed' };
  if (!row?.clause_found) return { ok: false, reason: 'unknown-clause' };
  throw errors.commentNotStored();
}
