/**
 * E-mail notifications: an outbox in the database, filled in the transactions of the events
 * it reports (./enqueue.ts), sent by a background worker (./worker.ts) through SMTP
 * (./smtp.ts) when one is configured; without it staff read the outbox (/staff/outbox).
 */
import type { Config } from '../config/index.ts';
import type { Db } from '../db/client.ts';
import { smtpSender } from './smtp.ts';
import { startMailWorker } from './worker.ts';

export { enqueueConsultationNews, enqueueCreditNotices } from './enqueue.ts';
export { requestFollow, confirmFollow, unsubscribeFollow } from './follow.ts';
export { listOutbox } from './outbox.ts';
export { renderMessage } from './render.ts';
export { sendDueMail, type SendMail } from './worker.ts';

/**
 * Starts the mail worker of this process when SMTP is configured (a no-op otherwise); returns
 * the function that stops it. Called once where the server starts its background runners.
 */
export function startNotifications(db: Db, config: Pick<Config, 'smtp' | 'publicUrl'>, onError: (error: unknown) => void): () => void {
  if (!config.smtp) return () => {};
  const sender = smtpSender(config.smtp);
  const stop = startMailWorker(db, sender.send, config.publicUrl, 1000, onError);
  return () => {
    stop();
    sender.close();
  };
}
