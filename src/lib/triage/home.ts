/**
 * The staff home: what waits, per consultation and for the signed-in staff member. Every count
 * is kept (waiting_counts, assigned_open_counts, group_counts: moved by the fold and by
 * triggers on every change, see schema.ts), so opening the page reads a few rows per
 * consultation, whatever the number of comments.
 */
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import {
  assignedOpenCounts,
  comments,
  consultations,
  groupCounts,
  importJobs,
  plans,
  regulations,
  waitingCounts,
} from '../db/schema.ts';

export interface ConsultationWaiting {
  consultationId: number;
  consultationTitle: string;
  regulationSlug: string | null;
  regulationTitle: string | null;
  opensAt: Date;
  closesAt: Date;
  /** Received and not yet published or held back. */
  toModerate: number;
  /** Comments with reports no moderator has reviewed. */
  reported: number;
  /** No disposition yet. */
  open: number;
  /** No disposition yet and nobody assigned. */
  unassigned: number;
  /** No disposition yet, assigned to the signed-in staff member. */
  mine: number;
  /** Replies due: the consultation has closed and the reply period still runs. */
  due: number;
  /** Replies overdue: the consultation closed before the reply period's start. */
  overdue: number;
  /** Campaigns (groups of two or more) begun in the last `recentDays` days. */
  newCampaigns: number;
  /** Imports queued or running, and imports that failed in the last `recentDays` days. */
  importsRunning: number;
  importsFailed: number;
}

export interface StaffHome {
  consultations: ConsultationWaiting[];
  totals: Omit<
    ConsultationWaiting,
    | 'consultationId'
    | 'consultationTitle'
    | 'regulationSlug'
    | 'regulationTitle'
    | 'opensAt'
    | 'closesAt'
  >;
}

const ZERO = {
  toModerate: 0,
  reported: 0,
  open: 0,
  unassigned: 0,
  mine: 0,
  due: 0,
  overdue: 0,
  newCampaigns: 0,
  importsRunning: 0,
  importsFailed: 0,
};

/**
 * What waits. `overdueBefore` is the instant before which a consultation must have closed for
 * its open comments to be overdue (see overdueCutoff); `recentSince` bounds "new".
 */
export async function staffHome(
  db: Db,
  options: { userId: number; now: Date; overdueBefore: Date; recentSince: Date },
): Promise<StaffHome> {
  const { userId, now, overdueBefore, recentSince } = options;
  const [cons, assigned, campaigns, imports] = await Promise.all([
    db
      .select({
        id: consultations.id,
        title: consultations.title,
        opensAt: consultations.opensAt,
        closesAt: consultations.closesAt,
        regulationSlug: regulations.slug,
        regulationTitle: regulations.shortTitle,
        planTitle: plans.title,
        toModerate: sql<number>`coalesce(${waitingCounts.toModerate}, 0)`,
        reported: sql<number>`coalesce(${waitingCounts.reported}, 0)`,
        open: sql<number>`coalesce(${waitingCounts.open}, 0)`,
      })
      .from(consultations)
      .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
      .leftJoin(plans, eq(plans.id, consultations.planId))
      .leftJoin(waitingCounts, eq(waitingCounts.consultationId, consultations.id))
      .orderBy(desc(consultations.closesAt)),
    db
      .select({
        id: assignedOpenCounts.consultationId,
        n: sql<number>`sum(${assignedOpenCounts.open})::int`,
        mine: sql<number>`(coalesce(sum(${assignedOpenCounts.open}) filter (where ${assignedOpenCounts.assigneeId} = ${userId}), 0))::int`,
      })
      .from(assignedOpenCounts)
      .groupBy(assignedOpenCounts.consultationId),
    // A campaign begins with its first member (the group id is that comment's id): per
    // consultation, groups of two or more founded at or after its first recent comment.
    db.execute(sql`
      select c.id as consultation_id, (
        select count(*)::int from ${groupCounts} g
        where g.consultation_id = c.id and g.size > 1 and g.group_id >= first.id
      ) as n
      from ${consultations} c
      cross join lateral (
        select ${comments.id} as id from ${comments}
        where ${comments.consultationId} = c.id and ${comments.createdAt} >= ${recentSince.toISOString()}::timestamptz
        order by ${comments.createdAt} limit 1
      ) first`),
    db
      .select({
        id: importJobs.consultationId,
        status: importJobs.status,
        n: sql<number>`count(*)::int`,
      })
      .from(importJobs)
      .where(
        and(
          inArray(importJobs.status, ['queued', 'running', 'failed']),
          gte(importJobs.createdAt, recentSince),
        ),
      )
      .groupBy(importJobs.consultationId, importJobs.status),
  ]);
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const assignedBy = byId(assigned);
  const campaignsBy = new Map(
    rowsOf<{ consultation_id: number; n: number }>(campaigns).map((r) => [
      Number(r.consultation_id),
      Number(r.n),
    ]),
  );
  const list: ConsultationWaiting[] = cons.map((c) => {
    const openN = Number(c.open);
    const assignedN = assignedBy.get(c.id)?.n ?? 0;
    const closed = c.closesAt.getTime() <= now.getTime();
    const overdue = c.closesAt.getTime() < overdueBefore.getTime();
    const jobs = imports.filter((j) => j.id === c.id);
    return {
      consultationId: c.id,
      consultationTitle: c.title,
      regulationSlug: c.regulationSlug,
      regulationTitle: c.regulationTitle ?? c.planTitle,
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      toModerate: Number(c.toModerate),
      reported: Number(c.reported),
      open: openN,
      unassigned: Math.max(0, openN - assignedN),
      mine: assignedBy.get(c.id)?.mine ?? 0,
      due: closed && !overdue ? openN : 0,
      overdue: overdue ? openN : 0,
      newCampaigns: campaignsBy.get(c.id) ?? 0,
      importsRunning: jobs.filter((j) => j.status !== 'failed').reduce((s, j) => s + j.n, 0),
      importsFailed: jobs.filter((j) => j.status === 'failed').reduce((s, j) => s + j.n, 0),
    };
  });
  const totals = { ...ZERO };
  for (const c of list)
    for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) totals[k] += c[k];
  return {
    consultations: list.filter(
      (c) =>
        Object.keys(ZERO).some((k) => c[k as keyof typeof ZERO] > 0) ||
        c.closesAt.getTime() > now.getTime(),
    ),
    totals,
  };
}
