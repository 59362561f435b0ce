/**
 * Keeping personal data no longer than the privacy notice says (/privacy): contact details
 * and address hashes of a consultation are removed two years after it closed. Kept counts
 * (people, seconds, reports) stay as they are; the comments and answers themselves stay.
 */
import { and, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { purgeNotificationAddresses } from '../notify/enqueue.ts';
import { recountPeople } from '../report/people-kept.ts';
import {
  comments,
  consultations,
  participants,
  questionnaireResponses,
  rateLimits,
  reports,
  seconds,
} from '../db/schema.ts';

export const RETENTION_YEARS = 2;

export interface PurgeReport {
  consultations: number;
  comments: number;
  responses: number;
}

/** The moment before which a consultation must have closed for its personal data to go. */
export function retentionCutoff(now: Date, years = RETENTION_YEARS): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/** Removes contact details and address hashes of consultations closed before the cutoff; audited. */
export async function purgePersonalData(
  db: Db,
  now: Date,
  options: { years?: number; dryRun?: boolean } = {},
): Promise<PurgeReport> {
  const cutoff = retentionCutoff(now, options.years);
  return db.transaction(async (tx) => {
    const old = (
      await tx
        .select({ id: consultations.id })
        .from(consultations)
        .where(lt(consultations.closesAt, cutoff))
    ).map((c) => c.id);
    if (old.length === 0) return { consultations: 0, comments: 0, responses: 0 };
    const ofOld = inArray(comments.consultationId, old);
    const withData = and(ofOld, or(isNotNull(comments.contact), isNotNull(comments.addressHash)));
    const ids = sql`(select id from comments where consultation_id in ${old})`;
    if (options.dryRun) {
      const [c] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(comments)
        .where(withData);
      const [r] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(questionnaireResponses)
        .where(
          and(
            inArray(questionnaireResponses.consultationId, old),
            isNotNull(questionnaireResponses.addressHash),
          ),
        );
      return {
        consultations: old.length,
        comments: Number(c?.n ?? 0),
        responses: Number(r?.n ?? 0),
      };
    }
    const purged = await tx
      .update(comments)
      .set({ contact: null, addressHash: null })
      .where(withData)
      .returning({ id: comments.id });
    const answered = await tx
      .update(questionnaireResponses)
      .set({ addressHash: null })
      .where(
        and(
          inArray(questionnaireResponses.consultationId, old),
          isNotNull(questionnaireResponses.addressHash),
        ),
      )
      .returning({ id: questionnaireResponses.id });
    await tx.delete(participants).where(inArray(participants.consultationId, old));
    // The report's people were keyed by the contact details just erased: each comment now
    // counts as a person of its own, and no digest of a contact is kept.
    await recountPeople(tx, old);
    await tx.delete(seconds).where(sql`${seconds.commentId} in ${ids}`);
    await tx.delete(reports).where(sql`${reports.commentId} in ${ids}`);
    // E-mail addresses given for notifications, and the messages sent to them.
    await purgeNotificationAddresses(tx, ids);
    // Rate-limit windows are an hour long; yesterday's counters hold nothing useful.
    await tx
      .delete(rateLimits)
      .where(lt(rateLimits.windowStart, new Date(now.getTime() - 24 * 3600 * 1000)));
    const report = {
      consultations: old.length,
      comments: purged.length,
      responses: answered.length,
    };
    await recordAudit(tx, null, 'privacy.purge', 'consultation', old.join(','), {
      cutoff: cutoff.toISOString(),
      ...report,
    });
    return report;
  });
}
