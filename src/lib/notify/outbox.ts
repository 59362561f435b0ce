/** The staff view of the outbox: the latest messages, rendered as they are (or would be) sent. */
import { desc } from 'drizzle-orm';
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
