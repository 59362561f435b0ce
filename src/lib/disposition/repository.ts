/** Recording dispositions and replies; each decision is audited. */
import { eq, inArray } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { comments } from '../db/schema.ts';
import type { DispositionInput } from './rules.ts';

/**
 * Applies one disposition and reply to the given comments (one comment, or a campaign). The
 * moderation status stays as it was: a published comment stays on the public list with its
 * reply, a held one stays held. "Answered" is read from the disposition, not the status.
 */
export async function recordDisposition(db: Db, actor: StaffUser, ids: number[], input: DispositionInput, now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(comments)
      .set({
        disposition: input.disposition,
        dispositionReason: input.reason,
        reply: input.reply,
        repliedAt: now,
        repliedBy: actor.id,
      })
      .where(inArray(comments.id, ids))
      .returning({ id: comments.id });
    await recordAudit(tx, actor, 'disposition.record', 'comment', updated.map((u) => u.id).join(','), {
      disposition: input.disposition,
      count: updated.length,
    });
    return updated.length;
  });
}

export async function commentForDisposition(db: Db, id: number) {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row ?? null;
}
