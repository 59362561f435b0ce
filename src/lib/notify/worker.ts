/**
 * The background sender. It claims due outbox rows with FOR UPDATE SKIP LOCKED and, in the same
 * statement, pushes their next attempt a lease ahead: any number of processes can run it, a
 * row is sent by one of them, and the rows of a process that dies mid-send come due again when
 * the lease ends. Each row is then sent outside any transaction; a failure is retried with
 * exponential backoff up to MAX_ATTEMPTS, then the row is marked failed (staff see it on
 * /staff/outbox). Never runs in a request.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { localeOf, renderMessage, type RenderedMessage } from './render.ts';

export const MAX_ATTEMPTS = 8;
const BATCH = 20;
const LEASE_SECONDS = 300;

/** Seconds to wait after the n-th failed attempt: 30 s, 60 s, 2 min … at most 6 h. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

export interface Mail extends RenderedMessage {
  to: string;
}

/** Sends one message or throws. */
export type SendMail = (mail: Mail) => Promise<void>;

interface Claimed {
  id: number;
  kind: string;
  to_address: string;
  locale: string;
  params: Record<string, string> | string;
  attempts: number;
}

/** Claims up to BATCH due rows, sends them, records each outcome; the number sent. */
export async function sendDueMail(db: Db, send: SendMail, publicUrl: string): Promise<number> {
  const claimed = rowsOf<Claimed>(
    await db.execute(sql`update outbox set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
      where id in (select id from outbox where status = 'pending' and next_attempt_at <= now() order by next_attempt_at, id limit ${BATCH} for update skip locked)
      returning id, kind, to_address, locale, params, attempts`),
  );
  let sent = 0;
  for (const row of claimed) {
    const params =
      typeof row.params === 'string'
        ? (JSON.parse(row.params) as Record<string, string>)
        : row.params;
    try {
      await send({
        to: row.to_address,
        ...renderMessage(row.kind, params, localeOf(row.locale), publicUrl),
      });
      await db.execute(
        sql`update outbox set status = 'sent', sent_at = now(), last_error = null where id = ${row.id}`,
      );
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const gaveUp = row.attempts >= MAX_ATTEMPTS;
      await db.execute(sql`update outbox set last_error = ${message.slice(0, 500)},
        status = ${gaveUp ? 'failed' : 'pending'}, next_attempt_at = now() + make_interval(secs => ${backoffSeconds(row.attempts)})
        where id = ${row.id}`);
    }
  }
  return sent;
}

/**
 * Sends due mail every `everyMs` until the returned stop function is called; a pass that finds
 * a full batch runs again at once. Errors of a pass (the database away) go to `onError`.
 */
export function startMailWorker(
  db: Db,
  send: SendMail,
  publicUrl: string,
  everyMs = 1000,
  onError: (error: unknown) => void = () => {},
): () => void {
  let busy = false;
  let stopped = false;
  const pass = () => {
    if (busy || stopped) return;
    busy = true;
    sendDueMail(db, send, publicUrl)
      .then((sent) => {
        busy = false;
        if (sent >= BATCH) setImmediate(pass);
      })
      .catch((error: unknown) => {
        busy = false;
        onError(error);
      });
  };
  const timer = setInterval(pass, everyMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
