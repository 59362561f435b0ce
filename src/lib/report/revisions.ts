/**
 * Revisions of the edited feedback report. Saving edits the open draft revision or starts a
 * new one after a published revision; publishing freezes the draft as written, for good.
 */
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { feedbackReports } from '../db/schema.ts';
import type { ReportContent } from './narrative.ts';
import { enqueueConsultationNews } from '../notify/enqueue.ts';

export type ReportRevision = typeof feedbackReports.$inferSelect;

/** The latest revision (draft or published) and the latest published one. */
export async function reportRevisions(
  db: Db,
  consultationId: number,
): Promise<{ latest: ReportRevision | null; published: ReportRevision | null }> {
  const [latest] = await db
    .select()
    .from(feedbackReports)
    .where(eq(feedbackReports.consultationId, consultationId))
    .orderBy(desc(feedbackReports.revision))
    .limit(1);
  const [published] = await db
    .select()
    .from(feedbackReports)
    .where(
      and(
        eq(feedbackReports.consultationId, consultationId),
        isNotNull(feedbackReports.publishedAt),
      ),
    )
    .orderBy(desc(feedbackReports.revision))
    .limit(1);
  return { latest: latest ?? null, published: published ?? null };
}

export async function saveReportDraft(
  db: Db,
  consultationId: number,
  content: ReportContent,
  actor: StaffUser,
  now: Date,
): Promise<number> {
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(feedbackReports)
      .where(eq(feedbackReports.consultationId, consultationId))
      .orderBy(desc(feedbackReports.revision))
      .limit(1)
      .for('update');
    let revision: number;
    if (latest && latest.publishedAt === null) {
      revision = latest.revision;
      await tx
        .update(feedbackReports)
        .set({ content, updatedBy: actor.id, updatedAt: now })
        .where(eq(feedbackReports.id, latest.id));
    } else {
      revision = (latest?.revision ?? 0) + 1;
      await tx
        .insert(feedbackReports)
        .values({ consultationId, revision, content, updatedBy: actor.id, updatedAt: now });
    }
    await recordAudit(tx, actor, 'report.save-draft', 'consultation', String(consultationId), {
      revision,
    });
    return revision;
  });
}

/** Publishes the open draft; null when there is none (nothing to publish). `early`: before the window closed, as confirmed. */
export async function publishReport(
  db: Db,
  consultationId: number,
  actor: StaffUser,
  now: Date,
  early = false,
): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(feedbackReports)
      .where(
        and(
          eq(feedbackReports.consultationId, consultationId),
          sql`${feedbackReports.publishedAt} is null`,
        ),
      )
      .orderBy(desc(feedbackReports.revision))
      .limit(1)
      .for('update');
    if (!draft) return null;
    await tx
      .update(feedbackReports)
      .set({ publishedAt: now, publishedBy: actor.id })
      .where(eq(feedbackReports.id, draft.id));
    await enqueueConsultationNews(tx, consultationId, 'report');
    await recordAudit(tx, actor, 'report.publish', 'consultation', String(consultationId), {
      revision: draft.revision,
      early: early,
    });
    return draft.revision;
  });
}

/** Which of these consultations have a published report (for links on the public page). */
export async function consultationsWithReport(
  db: Db,
  consultationIds: readonly number[],
): Promise<Set<number>> {
  if (consultationIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: feedbackReports.consultationId })
    .from(feedbackReports)
    .where(
      and(
        inArray(feedbackReports.consultationId, [...consultationIds]),
        isNotNull(feedbackReports.publishedAt),
      ),
    );
  return new Set(rows.map((r) => r.id));
}
