/**
 * Triage in the database: the heat map of a consultation from kept counts (no scan of
 * comments), and staff annotations (tags, assignment, internal notes), each change audited.
 */
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import {
  clauses,
  clauseStanceCounts,
  commentAssignments,
  commentNotes,
  comments,
  commentTags,
  consultations,
  groupCounts,
  planItems,
  plans,
  regulations,
  staffUsers,
} from '../db/schema.ts';
import { buildHeatMap } from './heatmap.ts';
import { clauseTextOf, piecesByEId } from '../comments/suggestion.ts';

export async function heatMapOf(db: Db, consultationId: number) {
  const [consultation] = await db
    .select({
      id: consultations.id,
      title: consultations.title,
      versionId: consultations.versionId,
      planId: consultations.planId,
      regulationSlug: regulations.slug,
      regulationTitle: sql<string | null>`coalesce(${regulations.shortTitle}, ${plans.title})`,
    })
    .from(consultations)
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(plans, eq(plans.id, consultations.planId))
    .where(eq(consultations.id, consultationId));
  if (!consultation) return null;
  const [tree, items, counts] = await Promise.all([
    consultation.versionId
      ? db
          .select({
            eId: clauses.eId,
            parentEId: clauses.parentEId,
            kind: clauses.kind,
            label: clauses.label,
            heading: clauses.heading,
            position: clauses.position,
            text: clauses.text,
          })
          .from(clauses)
          .where(eq(clauses.versionId, consultation.versionId))
          .orderBy(asc(clauses.position))
      : Promise.resolve([]),
    // A plan's comments are on its items (`item_<slug>`): each item is a row, titled.
    consultation.planId
      ? db
          .select({
            slug: planItems.slug,
            title: planItems.title,
            description: planItems.description,
            position: planItems.position,
          })
          .from(planItems)
          .where(eq(planItems.planId, consultation.planId))
          .orderBy(asc(planItems.position))
      : Promise.resolve([]),
    db
      .select({
        clauseEId: clauseStanceCounts.clauseEId,
        stance: clauseStanceCounts.stance,
        count: clauseStanceCounts.count,
      })
      .from(clauseStanceCounts)
      .where(eq(clauseStanceCounts.consultationId, consultationId)),
  ]);
  const itemRows = items.map((i) => ({
    eId: `item_${i.slug}`,
    parentEId: null,
    kind: 'section',
    label: i.title,
    heading: '',
    position: i.position,
  }));
  const map = buildHeatMap([...tree, ...itemRows], counts);
  // Each row's own words, for the heat map laid over the text.
  const pieces = piecesByEId(tree);
  const itemText = new Map(items.map((i) => [`item_${i.slug}`, i.description]));
  const texts = new Map(
    map.rows
      .filter((r) => r.eId !== '')
      .map((r) => [r.eId, itemText.get(r.eId) ?? clauseTextOf(pieces.get(r.eId) ?? [], r.eId)]),
  );
  return { consultation, ...map, texts };
}

/** Adds a normalised tag; returns false when the comment already has it. */
export async function addTag(
  db: Db,
  actor: StaffUser,
  commentId: number,
  tag: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const added = await tx
      .insert(commentTags)
      .values({ commentId, tag })
      .onConflictDoNothing()
      .returning({ tag: commentTags.tag });
    if (added.length)
      await recordAudit(tx, actor, 'triage.tag-add', 'comment', String(commentId), { tag });
    return added.length > 0;
  });
}

export async function removeTag(
  db: Db,
  actor: StaffUser,
  commentId: number,
  tag: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(commentTags)
      .where(and(eq(commentTags.commentId, commentId), eq(commentTags.tag, tag)))
      .returning({ tag: commentTags.tag });
    if (removed.length)
      await recordAudit(tx, actor, 'triage.tag-remove', 'comment', String(commentId), { tag });
    return removed.length > 0;
  });
}

/** Assigns a comment to a staff member, or clears the assignment (assigneeId null). */
export async function assignComment(
  db: Db,
  actor: StaffUser,
  commentId: number,
  assigneeId: number | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (assigneeId === null) {
      await tx.delete(commentAssignments).where(eq(commentAssignments.commentId, commentId));
    } else {
      await tx
        .insert(commentAssignments)
        .values({ commentId, assigneeId, assignedBy: actor.id })
        .onConflictDoUpdate({
          target: commentAssignments.commentId,
          set: { assigneeId, assignedBy: actor.id, assignedAt: sql`now()` },
        });
    }
    await recordAudit(tx, actor, 'triage.assign', 'comment', String(commentId), { assigneeId });
  });
}

export async function addNote(
  db: Db,
  actor: StaffUser,
  commentId: number,
  body: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [note] = await tx
      .insert(commentNotes)
      .values({ commentId, authorId: actor.id, authorName: actor.displayName, body })
      .returning({ id: commentNotes.id });
    await recordAudit(tx, actor, 'triage.note', 'comment', String(commentId), { noteId: note!.id });
  });
}

/** Tags, assignee and internal notes (newest first) of one comment. */
export async function annotationsOf(db: Db, commentId: number) {
  const [tags, [assignment], notes] = await Promise.all([
    db
      .select({ tag: commentTags.tag })
      .from(commentTags)
      .where(eq(commentTags.commentId, commentId))
      .orderBy(asc(commentTags.tag)),
    db
      .select({
        assigneeId: commentAssignments.assigneeId,
        assigneeName: staffUsers.displayName,
        assignedAt: commentAssignments.assignedAt,
      })
      .from(commentAssignments)
      .innerJoin(staffUsers, eq(staffUsers.id, commentAssignments.assigneeId))
      .where(eq(commentAssignments.commentId, commentId)),
    db
      .select()
      .from(commentNotes)
      .where(eq(commentNotes.commentId, commentId))
      .orderBy(desc(commentNotes.id)),
  ]);
  return { tags: tags.map((t) => t.tag), assignment: assignment ?? null, notes };
}

/** Active staff who may be given comments to answer (roles that record dispositions). */
export async function assignableStaff(db: Db) {
  const rows = await db
    .select({
      id: staffUsers.id,
      displayName: staffUsers.displayName,
      username: staffUsers.username,
      roles: staffUsers.roles,
    })
    .from(staffUsers)
    .where(eq(staffUsers.active, true))
    .orderBy(asc(staffUsers.displayName));
  return rows.filter((r) =>
    r.roles.some((role) => role === 'admin' || role === 'advisor' || role === 'committee'),
  );
}

/** When a consultation closes (for the service clock of its comments). */
export async function consultationClosesAt(db: Db, consultationId: number): Promise<Date | null> {
  const [row] = await db
    .select({ closesAt: consultations.closesAt })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row?.closesAt ?? null;
}

/**
 * Open and overdue comments per assignee (and unassigned, assigneeId null): comments without
 * a disposition, overdue when their consultation closed before `closedBefore`.
 */
export async function workload(db: Db, closedBefore: Date) {
  const rows = await db
    .select({
      assigneeId: commentAssignments.assigneeId,
      assigneeName: staffUsers.displayName,
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${consultations.closesAt} < ${closedBefore.toISOString()}::timestamptz))::int`,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(commentAssignments, eq(commentAssignments.commentId, comments.id))
    .leftJoin(staffUsers, eq(staffUsers.id, commentAssignments.assigneeId))
    .where(isNull(comments.disposition))
    .groupBy(commentAssignments.assigneeId, staffUsers.displayName)
    .orderBy(desc(sql`count(*)`));
  return rows.map((r) => ({
    ...r,
    assigneeId: r.assigneeId ?? null,
    assigneeName: r.assigneeName ?? null,
  }));
}

/**
 * The articles a triage filter can pick, by their label (第十三条 / Article 13) and heading, in
 * document order: those of the consultation's version, or of the regulation's latest
 * consultation. Empty without either.
 */
export async function articleOptions(
  db: Db,
  pick: { consultationId: number | null; regulationSlug: string | null },
) {
  const [consultation] = pick.consultationId
    ? await db
        .select({ versionId: consultations.versionId })
        .from(consultations)
        .where(eq(consultations.id, pick.consultationId))
    : pick.regulationSlug
      ? await db
          .select({ versionId: consultations.versionId })
          .from(consultations)
          .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
          .where(eq(regulations.slug, pick.regulationSlug))
          .orderBy(desc(consultations.closesAt))
          .limit(1)
      : [];
  if (!consultation?.versionId) return [];
  return db
    .select({ eId: clauses.eId, label: clauses.label, heading: clauses.heading })
    .from(clauses)
    .where(and(eq(clauses.versionId, consultation.versionId), eq(clauses.kind, 'article')))
    .orderBy(asc(clauses.position));
}

/**
 * How many comments each of these groups holds, from the kept sizes (group_counts, moved by
 * triggers): counting the members took 120-220 ms for a page of 50 at 1,000,000 comments, where
 * the largest groups hold tens of thousands. A bulk regroup in progress defers the sizes of the
 * groups it makes to its end, so those may be missing until then.
 */
export async function groupSizes(
  db: Db,
  pairs: readonly { consultationId: number; groupId: number }[],
): Promise<Map<number, number>> {
  const wanted = [...new Map(pairs.map((p) => [p.groupId, p])).values()];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ groupId: groupCounts.groupId, n: groupCounts.size })
    .from(groupCounts)
    .where(
      or(
        ...wanted.map((p) =>
          and(eq(groupCounts.consultationId, p.consultationId), eq(groupCounts.groupId, p.groupId)),
        ),
      ),
    );
  return new Map(rows.map((r) => [r.groupId, r.n]));
}
