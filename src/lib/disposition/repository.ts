/** Recording dispositions and replies; each decision is audited. */
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { holdGroupingOff } from '../db/locks.ts';
import { clauses, comments, regulations, versions } from '../db/schema.ts';
import type { DispositionInput } from './rules.ts';
import { enqueueReplies } from '../notify/enqueue.ts';

/**
 * Applies one disposition and reply to the given comments (one comment, or a campaign). The
 * moderation status stays as it was: a published comment stays on the public list with its
 * reply, a held one stays held. "Answered" is read from the disposition, not the status.
 */
export async function recordDisposition(
  db: Db,
  actor: StaffUser,
  ids: number[],
  input: DispositionInput,
  now: Date,
  audit: Record<string, unknown> = {},
): Promise<number> {
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    await holdGroupingOff(tx);
    const updated = await tx
      .update(comments)
      .set({
        disposition: input.disposition,
        dispositionReason: input.reason,
        reply: input.reply,
        repliedAt: now,
        repliedBy: actor.id,
        reflectedClauseId: input.reflectedClauseId ?? null,
      })
      .where(inArray(comments.id, ids))
      .returning({ id: comments.id });
    await recordAudit(
      tx,
      actor,
      'disposition.record',
      'comment',
      updated.map((u) => u.id).join(','),
      {
        ...audit,
        disposition: input.disposition,
        count: updated.length,
      },
    );
    await enqueueReplies(
      tx,
      updated.map((u) => u.id),
    );
    return updated.length;
  });
}

/**
 * The clauses a disposition can point to: the articles (and their parts) of the versions after
 * the comment's own, with the clause that carries the commented clause's lineage marked.
 */
export async function laterClauseOptions(
  db: Db,
  comment: { versionId: number | null; clauseId: number | null },
) {
  if (comment.versionId === null) return [];
  const [own] = await db
    .select({ regulationId: versions.regulationId, position: versions.position })
    .from(versions)
    .where(eq(versions.id, comment.versionId));
  if (!own) return [];
  const [clause] =
    comment.clauseId !== null
      ? await db
          .select({ lineage: clauses.lineage })
          .from(clauses)
          .where(eq(clauses.id, comment.clauseId))
      : [];
  const rows = await db
    .select({
      id: clauses.id,
      eId: clauses.eId,
      label: clauses.label,
      heading: clauses.heading,
      lineage: clauses.lineage,
      kind: clauses.kind,
      versionSlug: versions.slug,
      versionLabel: versions.label,
    })
    .from(clauses)
    .innerJoin(versions, eq(versions.id, clauses.versionId))
    .where(
      and(
        eq(versions.regulationId, own.regulationId),
        gt(versions.position, own.position),
        inArray(clauses.kind, ['article', 'section']),
      ),
    )
    .orderBy(asc(versions.position), asc(clauses.position));
  return rows.map((r) => ({
    ...r,
    sameLineage: clause !== undefined && r.lineage === clause.lineage,
  }));
}

/** Whether `clauseId` is one of `laterClauseOptions` for the comment. */
export function isLaterOption(
  options: readonly { id: number }[],
  clauseId: number | null | undefined,
): boolean {
  return clauseId === null || clauseId === undefined || options.some((o) => o.id === clauseId);
}

export async function commentForDisposition(db: Db, id: number) {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row ?? null;
}

/** Where each of these later clauses is, for a link: regulation, version and clause. */
export async function reflectedClauses(db: Db, ids: readonly (number | null | undefined)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (wanted.length === 0)
    return new Map<
      number,
      {
        regulationSlug: string;
        versionSlug: string;
        versionLabel: string;
        eId: string;
        label: string;
      }
    >();
  const rows = await db
    .select({
      id: clauses.id,
      regulationSlug: regulations.slug,
      versionSlug: versions.slug,
      versionLabel: versions.label,
      eId: clauses.eId,
      label: clauses.label,
      heading: clauses.heading,
    })
    .from(clauses)
    .innerJoin(versions, eq(versions.id, clauses.versionId))
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(inArray(clauses.id, wanted));
  return new Map(rows.map((r) => [r.id, { ...r, label: r.label || r.heading || r.eId }]));
}
