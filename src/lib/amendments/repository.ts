/**
 * Amendments in the database: taken from citizens' suggested wordings, proposed by advisors,
 * decided by committee staff (each decision audited), written into a draft of the next
 * reading, and linked to the changed clauses of the reading published from it.
 */
import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import { clausePlainText, piecesByEId } from '../comments/suggestion.ts';
import type { Db } from '../db/client.ts';
import { holdGroupingOff } from '../db/locks.ts';
import {
  amendmentImports,
  amendments,
  clauseAmendments,
  clauses,
  comments,
  regulations,
  versions,
} from '../db/schema.ts';
import { draftFromDecisions, type NextDraft } from './draft.ts';
import { suggestionEdit, type Identified } from './spans.ts';

/** Comment statuses whose suggestions count: not those a moderator held back. */
const LIVE = ['received', 'published', 'under-review', 'answered'];

export interface AmendmentVersion {
  regulationId: number;
  regulationSlug: string;
  shortTitle: string;
  language: 'zh' | 'en';
  versionId: number;
  versionSlug: string;
  label: string;
  source: string;
}

export async function findAmendmentVersion(
  db: Db,
  regulationSlug: string,
  versionSlug: string,
): Promise<AmendmentVersion | null> {
  const [row] = await db
    .select({
      regulationId: regulations.id,
      regulationSlug: regulations.slug,
      shortTitle: regulations.shortTitle,
      language: regulations.language,
      versionId: versions.id,
      versionSlug: versions.slug,
      label: versions.label,
      source: versions.source,
    })
    .from(versions)
    .innerJoin(regulations, eq(regulations.id, versions.regulationId))
    .where(and(eq(regulations.slug, regulationSlug), eq(versions.slug, versionSlug)));
  return row ? { ...row, language: row.language === 'en' ? 'en' : 'zh' } : null;
}

/** The version's clause rows in document order. */
export async function clauseRowsOf(db: Pick<Db, 'select'>, versionId: number) {
  return db
    .select({
      id: clauses.id,
      eId: clauses.eId,
      label: clauses.label,
      text: clauses.text,
      kind: clauses.kind,
      heading: clauses.heading,
    })
    .from(clauses)
    .where(eq(clauses.versionId, versionId))
    .orderBy(asc(clauses.position));
}

/**
 * Every suggested wording on the version not yet an amendment becomes one (through the public
 * fields: masked and redacted text is what may enter the law and the redline). Idempotent.
 * With `afterCommentId`, only comments with a greater id are read. Returns how many were added.
 */
export async function importSuggestions(
  db: Db,
  versionId: number,
  afterCommentId = 0,
): Promise<number> {
  const pending = await db
    .select({
      id: comments.id,
      eId: comments.clauseEId,
      suggested: comments.publicSuggestedWording,
      quote: comments.quote,
      start: comments.quoteStart,
      end: comments.quoteEnd,
    })
    .from(comments)
    .leftJoin(amendments, eq(amendments.commentId, comments.id))
    .where(
      and(
        gt(comments.id, afterCommentId),
        eq(comments.versionId, versionId),
        isNotNull(comments.publicSuggestedWording),
        isNotNull(comments.clauseEId),
        inArray(comments.status, LIVE),
        isNull(amendments.id),
      ),
    );
  if (pending.length === 0) return 0;
  const pieces = piecesByEId(await clauseRowsOf(db, versionId));
  const rows: (typeof amendments.$inferInsert)[] = [];
  for (const c of pending) {
    const text = clausePlainText(pieces.get(c.eId!) ?? [], c.eId!).text;
    const quote =
      c.quote !== null && c.start !== null && c.end !== null
        ? { start: c.start, end: c.end, text: c.quote }
        : null;
    const edit = suggestionEdit(text, c.suggested!, quote);
    if (edit)
      rows.push({ versionId, clauseEId: c.eId!, ...edit, origin: 'comment', commentId: c.id });
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insert(amendments)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
  return rows.length;
}

/**
 * How long a stored comment may stay uncommitted: comments are numbered when inserted, so one
 * numbered before another may commit after it; the marker never passes comments younger
 * than this, which are read again on the next view.
 */
const SETTLE = sql`now() - interval '1 minute'`;

/**
 * The workbench's import, once per comment instead of on every view: the first call imports
 * the whole version, later calls only comments stored since (a range of the primary key), and
 * the kept marker (`amendment_imports`) moves past what was read. A comment released from
 * moderation after the marker passed it is imported by the full import, which drafting the
 * next reading runs (`importSuggestions`). Returns how many were added.
 */
export async function importNewSuggestions(db: Db, versionId: number): Promise<number> {
  const [mark] = await db
    .select({ through: amendmentImports.throughCommentId })
    .from(amendmentImports)
    .where(eq(amendmentImports.versionId, versionId));
  const through = mark?.through ?? 0;
  const added = await importSuggestions(db, versionId, through);
  const [settled] = await db
    .select({ id: sql<number | null>`max(${comments.id})` })
    .from(comments)
    .where(and(gt(comments.id, through), lt(comments.createdAt, SETTLE)));
  const next = Number(settled?.id ?? 0);
  if (mark && next <= through) return added;
  await db
    .insert(amendmentImports)
    .values({ versionId, throughCommentId: Math.max(next, through) })
    .onConflictDoUpdate({
      target: amendmentImports.versionId,
      set: {
        throughCommentId: sql`greatest(${amendmentImports.throughCommentId}, excluded.through_comment_id)`,
        updatedAt: sql`now()`,
      },
    });
  return added;
}

export type ProposeOutcome =
  { ok: true; id: number } | { ok: false; reason: 'not-in-clause' | 'empty' };

/** An advisor's own change: `original` (its `occurrence`-th appearance, from 1) becomes `replacement`. */
export async function proposeAmendment(
  db: Db,
  actor: StaffUser,
  versionId: number,
  eId: string,
  original: string,
  replacement: string,
  occurrence = 1,
): Promise<ProposeOutcome> {
  if (original === '' || original === replacement) return { ok: false, reason: 'empty' };
  const pieces = piecesByEId(await clauseRowsOf(db, versionId));
  const text = clausePlainText(pieces.get(eId) ?? [], eId).text;
  let start = -1;
  for (let i = 0; i < Math.max(1, occurrence); i++) {
    start = text.indexOf(original, start + 1);
    if (start < 0) return { ok: false, reason: 'not-in-clause' };
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(amendments)
      .values({
        versionId,
        clauseEId: eId,
        start,
        end: start + original.length,
        original,
        replacement,
        origin: 'staff',
        proposedBy: actor.id,
      })
      .returning({ id: amendments.id });
    await recordAudit(tx, actor, 'amendment.propose', 'amendment', String(row!.id), {
      versionId,
      clause: eId,
    });
    return { ok: true, id: row!.id } as const;
  });
}

export interface AmendmentRow {
  id: number;
  clauseEId: string;
  start: number;
  end: number;
  original: string;
  replacement: string;
  decidedReplacement: string | null;
  origin: string;
  commentId: number | null;
  status: string;
  reason: string | null;
  reply: string | null;
  seconds: number;
  /** Public (masked) name and text of the comment behind it; null for staff proposals. */
  name: string | null;
  body: string | null;
  receiptCode: string | null;
}

/**
 * The amendments of a version (of one clause when `eId` is given), in span order, each with the
 * public name, text and seconds of the comment behind it. The comments are read by their ids
 * in a second query: joined, PostgreSQL hashes the whole comments table once a clause has a
 * thousand amendments (a sequential scan of 130,000 rows, 70-90 ms on a busy machine), where
 * a thousand primary-key lookups take a few.
 */
export async function listAmendments(
  db: Db,
  versionId: number,
  eId?: string,
): Promise<AmendmentRow[]> {
  const rows = await db
    .select({
      id: amendments.id,
      clauseEId: amendments.clauseEId,
      start: amendments.start,
      end: amendments.end,
      original: amendments.original,
      replacement: amendments.replacement,
      decidedReplacement: amendments.decidedReplacement,
      origin: amendments.origin,
      commentId: amendments.commentId,
      status: amendments.status,
      reason: amendments.reason,
      reply: amendments.reply,
    })
    .from(amendments)
    .where(
      eId === undefined
        ? eq(amendments.versionId, versionId)
        : and(eq(amendments.versionId, versionId), eq(amendments.clauseEId, eId)),
    )
    .orderBy(
      asc(amendments.clauseEId),
      asc(amendments.start),
      asc(amendments.end),
      asc(amendments.id),
    );
  const ids = rows.flatMap((r) => (r.commentId === null ? [] : [r.commentId]));
  const behind = new Map<
    number,
    { seconds: number; name: string | null; body: string | null; receiptCode: string }
  >();
  if (ids.length > 0)
    for (const c of await db
      .select({
        id: comments.id,
        seconds: comments.secondCount,
        name: comments.publicDisplayName,
        body: comments.publicBody,
        receiptCode: comments.receiptCode,
      })
      .from(comments)
      .where(sql`${comments.id} = any(${`{${ids.join(',')}}`}::bigint[])`))
      behind.set(c.id, c);
  return rows.map((r) => {
    const c = r.commentId === null ? undefined : behind.get(r.commentId);
    return {
      ...r,
      seconds: c?.seconds ?? 0,
      name: c?.name ?? null,
      body: c?.body ?? null,
      receiptCode: c?.receiptCode ?? null,
    };
  });
}

/** Per clause: how many amendments, how many still to decide, how many accepted. */
export async function amendmentCounts(db: Db, versionId: number) {
  return db
    .select({
      eId: amendments.clauseEId,
      total: sql<number>`count(*)::int`,
      proposed: sql<number>`(count(*) filter (where ${amendments.status} = 'proposed'))::int`,
      accepted: sql<number>`(count(*) filter (where ${amendments.status} = 'accepted'))::int`,
    })
    .from(amendments)
    .where(eq(amendments.versionId, versionId))
    .groupBy(amendments.clauseEId);
}

export type Decision =
  | { kind: 'accept'; replacement: string | null; reply: string | null }
  | { kind: 'decline'; reason: string; reply: string | null };

/**
 * Records a decision. The comment behind an amendment gets the matching disposition: adopted
 * (partly adopted when accepted with edits), or not adopted with the reason, which is the
 * public reply unless staff wrote another. A comment an advisor already answered keeps its reply.
 */
export async function decideAmendment(
  db: Db,
  actor: StaffUser,
  id: number,
  decision: Decision,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(amendments)
      .set(
        decision.kind === 'accept'
          ? {
              status: 'accepted',
              decidedReplacement: decision.replacement,
              reason: null,
              reply: decision.reply,
              decidedBy: actor.id,
              decidedAt: now,
            }
          : {
              status: 'declined',
              decidedReplacement: null,
              reason: decision.reason,
              reply: decision.reply,
              decidedBy: actor.id,
              decidedAt: now,
            },
      )
      .where(eq(amendments.id, id))
      .returning({
        id: amendments.id,
        commentId: amendments.commentId,
        replacement: amendments.replacement,
      });
    if (!row) return false;
    if (row.commentId !== null) {
      const edited =
        decision.kind === 'accept' &&
        decision.replacement !== null &&
        decision.replacement !== row.replacement;
      const disposition =
        decision.kind === 'decline' ? 'not-adopted' : edited ? 'partly-adopted' : 'adopted';
      const reply =
        decision.kind === 'decline' ? (decision.reply ?? decision.reason) : decision.reply;
      await holdGroupingOff(tx);
      await tx
        .update(comments)
        .set({
          disposition,
          dispositionReason: decision.kind === 'decline' ? decision.reason : '',
          reply,
          repliedAt: now,
          repliedBy: actor.id,
        })
        .where(and(eq(comments.id, row.commentId), isNull(comments.reply)));
    }
    await recordAudit(
      tx,
      actor,
      decision.kind === 'accept' ? 'amendment.accept' : 'amendment.decline',
      'amendment',
      String(id),
      decision.kind === 'accept'
        ? { edited: decision.replacement !== null }
        : { reason: decision.reason },
    );
    return true;
  });
}

/**
 * A collision resolved: `keepId` stays accepted, each of `declineIds` is declined with the
 * reason (the public reply). Audited as one resolution.
 */
export async function resolveCollision(
  db: Db,
  actor: StaffUser,
  keepId: number,
  declineIds: readonly number[],
  reason: string,
  now: Date,
): Promise<void> {
  for (const id of declineIds)
    await decideAmendment(db, actor, id, { kind: 'decline', reason, reply: null }, now);
  await recordAudit(db, actor, 'amendment.resolve-collision', 'amendment', String(keepId), {
    declined: declineIds,
  });
}

/** The version's source with every accepted amendment written in (see ./draft.ts). */
export async function nextDraft(db: Db, target: AmendmentVersion): Promise<NextDraft> {
  const rows = await clauseRowsOf(db, target.versionId);
  const accepted = await db
    .select({
      id: amendments.id,
      eId: amendments.clauseEId,
      start: amendments.start,
      end: amendments.end,
      original: amendments.original,
      replacement: sql<string>`coalesce(${amendments.decidedReplacement}, ${amendments.replacement})`,
    })
    .from(amendments)
    .where(and(eq(amendments.versionId, target.versionId), eq(amendments.status, 'accepted')));
  const byClause = new Map<string, Identified[]>();
  for (const a of accepted) byClause.set(a.eId, [...(byClause.get(a.eId) ?? []), a]);
  return draftFromDecisions(target.source, rows, byClause);
}

/**
 * After a reading is published: each accepted amendment of the previous version is linked to
 * the clause(s) of the new one that its clause became, where that clause changed; comments
 * behind them that point to no later clause yet point to it. Returns the comments whose words
 * entered the text, for the notification work to tell their authors (hook point: call the
 * notifier with these ids after this returns).
 */
export async function linkAmendments(
  db: Db,
  fromVersionId: number,
  toVersionId: number,
): Promise<number[]> {
  await db.execute(sql`
    insert into clause_amendments (clause_id, amendment_id)
    select c.id, a.id from amendments a
    join clause_links l on l.from_version_id = a.version_id and l.to_version_id = ${toVersionId} and l.from_e_id = a.clause_e_id and l.type <> 'unchanged'
    join clauses c on c.version_id = ${toVersionId} and c.e_id = l.to_e_id
    where a.version_id = ${fromVersionId} and a.status = 'accepted'
    on conflict do nothing`);
  const rows = await db
    .select({ clauseId: clauseAmendments.clauseId, commentId: amendments.commentId })
    .from(clauseAmendments)
    .innerJoin(amendments, eq(amendments.id, clauseAmendments.amendmentId))
    .innerJoin(clauses, eq(clauses.id, clauseAmendments.clauseId))
    .where(and(eq(clauses.versionId, toVersionId), isNotNull(amendments.commentId)));
  const commentIds = [...new Set(rows.map((r) => r.commentId!))];
  for (const r of rows)
    await db
      .update(comments)
      .set({ reflectedClauseId: r.clauseId })
      .where(and(eq(comments.id, r.commentId!), isNull(comments.reflectedClauseId)));
  return commentIds;
}

export interface ChangeReason {
  amendmentId: number;
  origin: string;
  original: string;
  replacement: string;
  seconds: number;
  /** The public name of a commenter who agreed to publication; null for anonymous or staff. */
  credit: string | null;
  reply: string | null;
  receiptCode: string | null;
}

/** Why each changed clause of a version changed: the amendments behind it, by the clause's eId. */
export async function changeReasons(
  db: Db,
  versionId: number,
): Promise<Map<string, ChangeReason[]>> {
  const rows = await db
    .select({
      eId: clauses.eId,
      amendmentId: amendments.id,
      origin: amendments.origin,
      original: amendments.original,
      replacement: sql<string>`coalesce(${amendments.decidedReplacement}, ${amendments.replacement})`,
      seconds: sql<number>`coalesce(${comments.secondCount}, 0)::int`,
      name: comments.publicDisplayName,
      consent: comments.consentPublish,
      status: comments.status,
      reply: sql<string | null>`coalesce(${comments.reply}, ${amendments.reply})`,
      receiptCode: comments.receiptCode,
    })
    .from(clauseAmendments)
    .innerJoin(clauses, eq(clauses.id, clauseAmendments.clauseId))
    .innerJoin(amendments, eq(amendments.id, clauseAmendments.amendmentId))
    .leftJoin(comments, eq(comments.id, amendments.commentId))
    .where(eq(clauses.versionId, versionId))
    .orderBy(asc(clauses.position), asc(amendments.id))
    // Run by every reading page: a prepared statement, planned once per connection.
    .prepare('change_reasons')
    .execute();
  const out = new Map<string, ChangeReason[]>();
  for (const r of rows) {
    const credited = r.consent === true && r.status !== 'held' && r.name ? r.name : null;
    const reason: ChangeReason = {
      amendmentId: r.amendmentId,
      origin: r.origin,
      original: r.original,
      replacement: r.replacement,
      seconds: r.seconds,
      credit: credited,
      reply: r.reply,
      receiptCode: r.consent ? r.receiptCode : null,
    };
    out.set(r.eId, [...(out.get(r.eId) ?? []), reason]);
  }
  return out;
}
