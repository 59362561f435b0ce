/** The staff view of the outbox: the latest messages, rendered as they are (or would be) sent. */
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../auth/repository.ts';
import type { StaffUser } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema.ts';
import { localeOf, renderMessage } from './render.ts';

export async function listOutbox(db: Db, publicUrl: string, limit = 200) {
  const rows = await db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
  return rows.map((r) => {
    const message = renderMessage(r.kind, r.params, localeOf(r.locale), publicUrl);
    return {
      id: r.id,
      to: r.toAddress,
      status: r.status as 'pending' | 'sent' | 'failed',
      attempts: r.attempts,
      createdAt: r.createdAt,
      lastError: r.lastError,
      subject: message.subject,
      text: message.text,
    };
  });
}

/**
 * An administrator sends a message again that the worker gave up on (status failed, after its
 * last attempt: the mail server was away for hours, an address was mistyped and corrected at
 * the server): it is queued as new, due now, with all its attempts ahead of it, and the audit
 * trail says who did it. False, and nothing written, when the message is not failed (sent or
 * queued again meanwhile, by another administrator or a second click).
 */
export async function resendMessage(db: Db, id: number, actor: StaffUser): Promise<boolean> {
  return db.transaction(async (tx) => {
    const again = await tx
      .update(outbox)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, lastError: null })
      .where(and(eq(outbox.id, id), eq(outbox.status, 'failed')))
      .returning({ id: outbox.id });
    if (again.length === 0) return false;
    await recordAudit(tx, actor, 'mail.resend', 'mail', String(id));
    return true;
  });
}
