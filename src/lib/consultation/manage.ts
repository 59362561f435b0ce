/**
 * Staff changes to windows and stages, the database-bound twin of ./schedule.ts. Each change
 * marks its row as the staff's (`changedBy`, `stageChangedBy`, `addedBy`) so that the content
 * sync leaves it alone, adds an entry to the public timeline, and is audited.
 */
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { consultations, regulations, stageEvents, versions } from '../db/schema.ts';
import type { WindowPlan } from './schedule.ts';
import { enqueueConsultationNews } from '../notify/enqueue.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Staff timeline entries sort after the content's own (positions 1…n from regulation.yaml). */
export const STAFF_EVENT_POSITION = 1000;

async function addEvent(
  tx: Tx,
  regulationId: number,
  actor: StaffUser,
  event: { stage: string; date: string; title: string; description: string },
) {
  const [max] = await tx
    .select({
      position: sql<number>`coalesce(max(${stageEvents.position}), ${STAFF_EVENT_POSITION})::int`,
    })
    .from(stageEvents)
    .where(and(eq(stageEvents.regulationId, regulationId), isNotNull(stageEvents.addedBy)));
  await tx.insert(stageEvents).values({
    regulationId,
    position: Number(max?.position ?? STAFF_EVENT_POSITION) + 1,
    addedBy: actor.id,
    ...event,
  });
}

export async function openConsultation(
  db: Db,
  input: {
    regulationId: number;
    versionSlug: string;
    title: string;
    window: WindowPlan;
    eventDate: string;
  },
  actor: StaffUser,
): Promise<{ ok: true; id: number } | { ok: false; reason: 'unknown-version' | 'slug-taken' }> {
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select({ id: versions.id, stage: versions.stage })
      .from(versions)
      .where(
        and(eq(versions.regulationId, input.regulationId), eq(versions.slug, input.versionSlug)),
      );
    if (!version) return { ok: false, reason: 'unknown-version' } as const;
    const [row] = await tx
      .insert(consultations)
      .values({
        regulationId: input.regulationId,
        versionId: version.id,
        slug: input.versionSlug,
        kind: 'draft',
        title: input.title,
        opensAt: input.window.opensAt,
        closesAt: input.window.closesAt,
        shortWindowReason: input.window.shortWindowReason,
        changedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning({ id: consultations.id });
    if (!row) return { ok: false, reason: 'slug-taken' } as const;
    await addEvent(tx, input.regulationId, actor, {
      stage: version.stage,
      date: input.eventDate,
      title: input.title,
      description: input.window.shortWindowReason ?? '',
    });
    await enqueueConsultationNews(tx, row.id, 'consultation');
    await recordAudit(tx, actor, 'consultation.open', 'consultation', String(row.id), {
      opensAt: input.window.opensAt.toISOString(),
      closesAt: input.window.closesAt.toISOString(),
      shortWindowReason: input.window.shortWindowReason,
    });
    return { ok: true, id: row.id } as const;
  });
}

export async function closeConsultationEarly(
  db: Db,
  consultationId: number,
  change: { closesAt: Date; reason: string; eventDate: string; eventTitle: string },
  actor: StaffUser,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [c] = await tx
      .update(consultations)
      .set({ closesAt: change.closesAt, closedEarlyReason: change.reason, changedBy: actor.id })
      .where(eq(consultations.id, consultationId))
      .returning({ regulationId: consultations.regulationId, versionId: consultations.versionId });
    if (!c?.regulationId) return;
    const [version] = c.versionId
      ? await tx
          .select({ stage: versions.stage })
          .from(versions)
          .where(eq(versions.id, c.versionId))
      : [];
    await addEvent(tx, c.regulationId, actor, {
      stage: version?.stage ?? 'review',
      date: change.eventDate,
      title: change.eventTitle,
      description: change.reason,
    });
    await recordAudit(
      tx,
      actor,
      'consultation.close-early',
      'consultation',
      String(consultationId),
      { closesAt: change.closesAt.toISOString(), reason: change.reason },
    );
  });
}

/** Moves the stage and puts it on the timeline; within the current stage (a reading), only the timeline entry. */
export async function recordStageMove(
  db: Db,
  regulationId: number,
  move: { stage: string; title: string; date: string; description: string },
  actor: StaffUser,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ stage: regulations.stage })
      .from(regulations)
      .where(eq(regulations.id, regulationId));
    if (before?.stage === move.stage) {
      await addEvent(tx, regulationId, actor, move);
      await recordAudit(tx, actor, 'regulation.event', 'regulation', String(regulationId), {
        stage: move.stage,
        title: move.title,
      });
      return;
    }
    await tx
      .update(regulations)
      .set({ stage: move.stage, stageChangedBy: actor.id, updatedAt: new Date() })
      .where(eq(regulations.id, regulationId));
    await addEvent(tx, regulationId, actor, move);
    await recordAudit(tx, actor, 'regulation.stage', 'regulation', String(regulationId), {
      from: before?.stage,
      to: move.stage,
      title: move.title,
    });
  });
}
