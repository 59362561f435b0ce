/**
 * E-mail notifications: an outbox in the database, filled in the transactions of the events
 * it reports (./enqueue.ts), sent by a background worker (./worker.ts) through SMTP
 * (./smtp.ts) when one is configured; without it staff read the outbox (/staff/outbox).
 */
import type { Config } from '../config/index.ts';
import type { Db } from '../db/client.ts';
import { startAlertChecks } from './alerts.ts';
import { smtpSender } from './smtp.ts';
import { startMailWorker } from './worker.ts';

export { enqueueConsultationNews, enqueueCreditNotices } from './enqueue.ts';
export { requestFollow, confirmFollow, unsubscribeFollow, followByToken } from './follow.ts';
export { listOutbox, resendMessage } from './outbox.ts';
export { checkAlerts } from './alerts.ts';
export { renderMessage } from './render.ts';
export { sendDueMail, type SendMail } from './worker.ts';

/**
 * Starts this process's security-alert checks (when an alert address is set; alerts wait in the
 * outbox without SMTP) and its mail worker (when SMTP is configured); returns the function that
 * stops them. Called once where the server starts its background runners.
 */
export function startNotifications(
  db: Db,
  config: Pick<Config, 'smtp' | 'publicUrl' | 'alerts'>,
  onError: (error: unknown) => void,
): () => void {
  const stopAlerts = config.alerts
    ? startAlertChecks(db, config.alerts, 60_000, onError)
    : () => {};
  if (!config.smtp) return stopAlerts;
  const sender = smtpSender(config.smtp);
  const stop = startMailWorker(db, sender.send, config.publicUrl, 1000, onError);
  return () => {
    stopAlerts();
    stop();
    sender.close();
  };
}
