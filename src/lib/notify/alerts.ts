/**
 * Security alerts (ASVS 8.1.4, 11.1.7, 11.1.8): rules over the audit trail and the reader
 * reports, checked once a minute by each app process, that put an e-mail to the operator's
 * address (OPENCLAUSE_ALERT_EMAIL) in the outbox. The outbox's dedupe key makes one alert per
 * rule and subject in any hour however many processes check, so no state is kept in memory.
 *
 * The rules and their thresholds (configurable):
 * - an account locked by wrong passwords or codes (each account, once an hour);
 * - failed sign-ins across all accounts at or above `failedSignIns` in 15 minutes (guessing or
 *   credential stuffing);
 * - reader reports at or above `reports` in one hour (a campaign to hide comments).
 */
import { sql } from 'drizzle-orm';
import { FREE_FAILURES } from '../auth/throttle.ts';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { enqueueNotification } from './enqueue.ts';

export interface AlertSettings {
  /** Where alerts go; null: no alerts. */
  to: string | null;
  /** Failed sign-ins in 15 minutes, all accounts together, that raise an alert. */
  failedSignIns: number;
  /** Reader reports in one hour that raise an alert. */
  reports: number;
}

/** The failure count at which sign-in locks an account (the first beyond the free ones). */
const LOCKING_FAILURES = FREE_FAILURES + 1;

/** Checks every rule at `now`; returns how many alerts were queued (0 when all were queued before). */
export async function checkAlerts(db: Db, settings: AlertSettings, now: Date): Promise<number> {
  if (!settings.to) return 0;
  const to = settings.to;
  const at = now.toISOString();
  const minute = at.slice(0, 16);
  let queued = 0;
  const queue = async (rule: string, subject: string, params: Record<string, string>) => {
    const key = `alert:${rule}:${subject}:`;
    const [recent] = rowsOf<{ n: number }>(
      await db.execute(sql`select count(*)::int as n from outbox where kind = 'security-alert'
        and left(dedupe_key, ${key.length}) = ${key} and created_at > ${at}::timestamptz - interval '1 hour'`),
    );
    if ((recent?.n ?? 0) > 0) return;
    // Processes checking in the same minute queue one: the key ends with the minute.
    const added = await enqueueNotification(db, {
      kind: 'security-alert',
      to,
      locale: 'zh',
      params: { rule, at, ...params },
      dedupeKey: `${key}${minute}`,
    });
    if (added) queued++;
  };

  const locked = rowsOf<{ username: string; failures: number; address: string }>(
    await db.execute(sql`select distinct on (detail->>'username') detail->>'username' as username,
        coalesce((detail->>'failures')::int, 0) as failures, coalesce(detail->>'address', '') as address
      from audit_events
      where action = 'auth.sign-in-failed' and target_type = 'staff_user'
        and at > ${at}::timestamptz - interval '1 hour' and at <= ${at}::timestamptz
        and (detail->>'reason' = 'locked' or coalesce((detail->>'failures')::int, 0) >= ${LOCKING_FAILURES})
      order by detail->>'username', at desc`),
  );
  for (const row of locked)
    await queue('locked', row.username, {
      username: row.username,
      count: String(row.failures),
      address: row.address,
    });

  const [failed] = rowsOf<{ count: number }>(
    await db.execute(sql`select count(*)::int as count from audit_events
      where action = 'auth.sign-in-failed' and at > ${at}::timestamptz - interval '15 minutes' and at <= ${at}::timestamptz`),
  );
  if ((failed?.count ?? 0) >= settings.failedSignIns)
    await queue('failed-sign-ins', 'all', { count: String(failed!.count) });

  const [reported] = rowsOf<{ count: number }>(
    await db.execute(sql`select count(*)::int as count from reports
      where created_at > ${at}::timestamptz - interval '1 hour' and created_at <= ${at}::timestamptz`),
  );
  if ((reported?.count ?? 0) >= settings.reports)
    await queue('reports', 'all', { count: String(reported!.count) });
  return queued;
}

/** Checks the rules every `everyMs` until stopped (a no-op without an alert address). */
export function startAlertChecks(
  db: Db,
  settings: AlertSettings,
  everyMs: number,
  onError: (error: unknown) => void,
): () => void {
  if (!settings.to) return () => {};
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    checkAlerts(db, settings, new Date())
      .catch(onError)
      .finally(() => {
        busy = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
