/** Moderation in the database: the queue, decisions (audited) and the public list. */
import { and, asc, desc, eq, ilike, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { hitRateLimit, likeTerm } from '../comments/repository.ts';
import type { StaffUser } from '../auth/index.ts';
import { recordAudit } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import {
  clauses,
  commentGroups,
  commentRedactions,
  comments,
  consultations,
  regulations,
  reports,
  seconds,
  versions,
} from '../db/schema.ts';
import { COMMENT_STAGE } from '../comments/stage.ts';
import { moderate, shouldHide, type HoldReason, type ModerationAction } from './transitions.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
const HOUR = 3600 * 1000;
import { checkRedaction, type RedactionResult } from './redaction.ts';
import { redactPublicFields } from '../comments/public-fields.ts';

/**
 * The moderation queue of one status, oldest first (first come, first decided), optionally only
 * comments whose text contains `text` (a substring, so Chinese needs no word breaks).
 */
export async function moderationQueue(
  db: Db,
  options: {
    status: 'received' | 'held' | 'published';
    limit: number;
    afterId?: number | null;
    text?: string | null;
  },
) {
  return db
    .select({
      id: comments.id,
      receiptCode: comments.receiptCode,
      stance: comments.stance,
      body: comments.body,
      publicBody: comments.publicBody,
      suggestedWording: comments.suggestedWording,
      displayName: comments.displayName,
      consentPublish: comments.consentPublish,
      status: comments.status,
      statusReason: comments.statusReason,
      createdAt: comments.createdAt,
      clauseLabel: clauses.label,
      regulationTitle: regulations.shortTitle,
      versionLabel: versions.label,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .where(
      and(
        eq(comments.status, options.status),
        options.afterId ? sql`${comments.id} > ${options.afterId}` : undefined,
        options.text ? ilike(comments.body, likeTerm(options.text)) : undefined,
      ),
    )
    .orderBy(asc(comments.id))
    .limit(options.limit);
}

export interface DecisionReport {
  applied: number[];
  skipped: { id: number; reason: string }[];
  /** Comments whose open reports this decision reviewed. */
  reviewed: number[];
}

/** Applies one decision to many comments in one transaction; each change is audited. */
export async function applyDecision(
  db: Db,
  actor: StaffUser,
  ids: number[],
  action: ModerationAction,
  audit: Record<string, unknown> = {},
): Promise<DecisionReport> {
  const report: DecisionReport = { applied: [], skipped: [], reviewed: [] };
  if (ids.length === 0) return report;
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: comments.id, status: comments.status, consentPublish: comments.consentPublish })
      .from(comments)
      .where(inArray(comments.id, ids))
      .for('update');
    const decided: number[] = [];
    for (const row of rows) {
      const t = moderate(row, action);
      if (!t.ok) {
        report.skipped.push({ id: row.id, reason: t.reason });
        // Keeping a published comment published is a decision on its reports too.
        if (t.reason === 'unchanged') decided.push(row.id);
        continue;
      }
      await tx
        .update(comments)
        .set({ status: t.status, statusReason: t.reason })
        .where(eq(comments.id, row.id));
      report.applied.push(row.id);
      decided.push(row.id);
    }
    if (report.applied.length) {
      await recordAudit(
        tx,
        actor,
        `moderation.${action.kind}`,
        'comment',
        report.applied.join(','),
        {
          ...audit,
          reason: action.kind === 'hold' ? action.reason : null,
          count: report.applied.length,
        },
      );
    }
    // A moderator's decision reviews the comment's open reports: they never count again.
    report.reviewed = await reviewReports(tx, actor, decided);
    if (report.reviewed.length) {
      await recordAudit(
        tx,
        actor,
        'moderation.reports-reviewed',
        'comment',
        report.reviewed.join(','),
        { decision: action.kind, count: report.reviewed.length },
      );
    }
  });
  return report;
}

export interface PublishedFilter {
  versionId: number;
  clauseEId?: string | null;
  stance?: string | null;
  category?: string | null;
  /** The stage the comment was made in: see `COMMENT_STAGE`. */
  stage?: string | null;
  /** Instead of `clauseEId`: any of these clauses (an article and the clauses inside it). */
  clauseEIds?: readonly string[] | null;
  /** Words that must all occur in the published text (substring, any script: pg_trgm). */
  terms?: readonly string[];
}

/** Published, consented comments of a version that pass the filter (all but `skip`). */
function publishedWhere(f: PublishedFilter, skip?: 'stance' | 'category' | 'stage') {
  return and(
    eq(comments.versionId, f.versionId),
    eq(comments.status, 'published'),
    eq(comments.consentPublish, true),
    f.clauseEIds?.length
      ? inArray(comments.clauseEId, [...f.clauseEIds])
      : f.clauseEId
        ? eq(comments.clauseEId, f.clauseEId)
        : undefined,
    // Only the published text is searched: `body` holds what masking and redaction took out.
    ...(f.terms ?? []).map((w) => ilike(comments.publicBody, likeTerm(w))),
    f.stance && skip !== 'stance' ? eq(comments.stance, f.stance) : undefined,
    f.category && skip !== 'category' ? eq(comments.category, f.category) : undefined,
    f.stage && skip !== 'stage' ? sql`${COMMENT_STAGE} = ${f.stage}` : undefined,
  );
}

/** The order of the public list; every order ends on the id, so pages never overlap. */
const PUBLISHED_ORDER = {
  newest: [desc(comments.id)],
  oldest: [asc(comments.id)],
  seconded: [desc(comments.secondCount), desc(comments.id)],
} as const;

/** A form letter is listed once, as its earliest published copy. */
const sameCampaign = sql`c2.consultation_id = ${comments.consultationId} and c2.campaign_key = ${comments.campaignKey} and c2.status = 'published' and c2.consent_publish`;
const firstOfCampaign = sql`(${comments.campaignKey} is null or not exists (select 1 from comments c2 where ${sameCampaign} and c2.id < ${comments.id}))`;

/**
 * Published comments of a version, optionally of one clause, stance, category and stage and
 * containing search terms; newest first unless `sort` says otherwise. Page by `beforeId`
 * (newest first only: the API's cursor) or by `offset` (the public list's numbered pages).
 */
export async function publishedComments(
  db: Db,
  options: PublishedFilter & {
    limit: number;
    beforeId?: number | null;
    offset?: number;
    sort?: keyof typeof PUBLISHED_ORDER;
    collapseCampaigns?: boolean;
  },
) {
  // A form letter is shown once, as its earliest published copy, with the number of copies;
  // every copy stays stored and counted (exports list them all).
  return db
    .select({
      id: comments.id,
      stance: comments.stance,
      // Public fields only (masked and redacted: public-fields.ts), under the names readers use.
      publicBody: comments.publicBody,
      suggestedWording: comments.publicSuggestedWording,
      quote: comments.publicQuote,
      quoteStart: comments.quoteStart,
      quoteEnd: comments.quoteEnd,
      displayName: comments.publicDisplayName,
      category: comments.category,
      stage: COMMENT_STAGE,
      createdAt: comments.createdAt,
      clauseEId: comments.clauseEId,
      clauseLabel: clauses.label,
      secondCount: comments.secondCount,
      /** When its consultation closes: seconds are taken until then. */
      closesAt: consultations.closesAt,
      disposition: comments.disposition,
      reply: comments.reply,
      repliedAt: comments.repliedAt,
      reflectedClauseId: comments.reflectedClauseId,
      copies: options.collapseCampaigns
        ? sql<number>`case when ${comments.campaignKey} is null then 1 else (select count(*)::int from comments c2 where ${sameCampaign}) end`
        : sql<number>`1`,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .where(
      and(
        publishedWhere(options),
        options.collapseCampaigns ? firstOfCampaign : undefined,
        options.beforeId ? sql`${comments.id} < ${options.beforeId}` : undefined,
      ),
    )
    .orderBy(...PUBLISHED_ORDER[options.sort ?? 'newest'])
    .limit(options.limit)
    .offset(options.offset ?? 0);
}

/**
 * How many entries the public list has under a filter, a form letter once, for its page
 * numbers. One pass (copies without a campaign key, plus distinct keys per consultation)
 * rather than the list's per-row check for an earlier copy, which cost seconds at 100,000
 * published comments of a version; the two differ only for a letter whose earliest copy
 * falls outside the filter, where the count may include one entry the list leaves out.
 */
export async function publishedCount(db: Db, filter: PublishedFilter): Promise<number> {
  const [row] = await db
    .select({
      count: sql<number>`(count(*) filter (where ${comments.campaignKey} is null) + count(distinct (${comments.consultationId}, ${comments.campaignKey})) filter (where ${comments.campaignKey} is not null))::int`,
    })
    .from(comments)
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .where(publishedWhere(filter));
  return Number(row?.count ?? 0);
}

/**
 * Counts of published comments per value of each filter (stance, category, stage), each
 * under the other filters chosen, so a reader sees how many a choice will show. Every copy
 * of a form letter counts. Grouped on request: this runs on the comment list, not on the
 * text page, and the version filter keeps it to one version's comments.
 */
export async function publishedFacets(db: Db, filter: PublishedFilter) {
  const facet = async (name: 'stance' | 'category' | 'stage', column: SQL<string>) => {
    const rows = await db
      .select({ value: sql<string>`${column}`, count: sql<number>`count(*)::int` })
      .from(comments)
      .innerJoin(consultations, eq(consultations.id, comments.consultationId))
      .leftJoin(versions, eq(versions.id, comments.versionId))
      .where(publishedWhere(filter, name))
      .groupBy(sql`1`);
    return Object.fromEntries(rows.map((r) => [r.value, Number(r.count)])) as Record<
      string,
      number
    >;
  };
  const [stance, category, stage] = await Promise.all([
    facet('stance', sql`${comments.stance}`),
    facet('category', sql`${comments.category}`),
    facet('stage', COMMENT_STAGE),
  ]);
  return { stance, category, stage };
}

/**
 * A reader seconds (附议) a published comment. One second per address: a repeat changes
 * nothing. Returns false when the comment is not published.
 */
export async function secondComment(
  db: Db,
  commentId: number,
  addressHash: string,
  now: Date,
): Promise<{ ok: true; counted: boolean } | { ok: false; reason: 'not-found' | 'closed' }> {
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: comments.id, closesAt: consultations.closesAt })
      .from(comments)
      .innerJoin(consultations, eq(consultations.id, comments.consultationId))
      .where(
        and(
          eq(comments.id, commentId),
          eq(comments.status, 'published'),
          eq(comments.consentPublish, true),
        ),
      );
    if (!target) return { ok: false, reason: 'not-found' } as const;
    // A second tells staff what readers agree with while the comments are weighed: it closes
    // with the window, as the comments do.
    if (now >= target.closesAt) return { ok: false, reason: 'closed' } as const;
    const inserted = await tx
      .insert(seconds)
      .values({ commentId, addressHash })
      .onConflictDoNothing()
      .returning({ commentId: seconds.commentId });
    if (inserted.length)
      await tx
        .update(comments)
        .set({ secondCount: sql`${comments.secondCount} + 1` })
        .where(eq(comments.id, commentId));
    return { ok: true, counted: inserted.length > 0 } as const;
  });
}

/**
 * Campaign groups of a consultation (two or more exact or near-duplicate copies of a letter),
 * largest first. Comments stored before grouping existed are not in them until a regroup job
 * has run (`openclause campaigns` runs one first; the campaigns page queues one).
 */
export async function campaignsOf(db: Db, consultationId: number) {
  const rows = await db
    .select({
      groupId: commentGroups.groupId,
      ids: sql<
        string[]
      >`array_agg(${commentGroups.commentId}::text order by ${commentGroups.commentId})`,
    })
    .from(commentGroups)
    .where(eq(commentGroups.consultationId, consultationId))
    .groupBy(commentGroups.groupId)
    .having(sql`count(*) > 1`)
    .orderBy(desc(sql`count(*)`), asc(commentGroups.groupId));
  return rows.map((r) => ({
    representativeId: Number(r.ids[0]),
    size: r.ids.length,
    memberIds: r.ids.map(Number),
  }));
}

/** A consultation by numeric id, or by `regulation-slug/consultation-slug`. */
export async function findConsultation(db: Db, ref: string) {
  if (/^\d+$/.test(ref)) {
    const [row] = await db
      .select({ id: consultations.id, title: consultations.title })
      .from(consultations)
      .where(eq(consultations.id, Number(ref)));
    return row ?? null;
  }
  const [slug, cslug] = ref.split('/');
  if (!slug || !cslug) return null;
  const [row] = await db
    .select({ id: consultations.id, title: consultations.title })
    .from(consultations)
    .innerJoin(regulations, eq(regulations.id, consultations.regulationId))
    .where(and(eq(regulations.slug, slug), eq(consultations.slug, cslug)));
  return row ?? null;
}

export type ReportOutcome =
  | { ok: true; counted: boolean; hidden: boolean }
  | { ok: false; reason: 'not-found' | 'rate-limited' };

/**
 * A reader reports a published comment: rate-limit the address → record the report (one per
 * address and comment) → count the open reports → hide the comment at REPORT_THRESHOLD.
 * Only reports no moderator has reviewed count, so a comment a moderator published again is
 * not hidden again by the reports that hid it, nor by their authors reporting once more.
 */
export async function reportComment(
  db: Db,
  commentId: number,
  addressHash: string,
  reason: HoldReason,
  limit: { perHour: number; now: Date },
): Promise<ReportOutcome> {
  if (!(await hitRateLimit(db, `report:${addressHash}`, limit.perHour, HOUR, limit.now)))
    return { ok: false, reason: 'rate-limited' };
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.id, commentId), eq(comments.status, 'published')))
      .for('update');
    if (!target) return { ok: false, reason: 'not-found' } as const;
    const inserted = await tx
      .insert(reports)
      .values({ commentId, addressHash, reason })
      .onConflictDoNothing()
      .returning({ commentId: reports.commentId });
    if (!inserted.length) return { ok: true, counted: false, hidden: false } as const;
    const open = await openReportCount(tx, commentId);
    const hidden = shouldHide(open);
    await tx
      .update(comments)
      .set({ reportCount: open, ...(hidden ? { status: 'held', statusReason: 'reported' } : {}) })
      .where(eq(comments.id, commentId));
    if (hidden)
      await recordAudit(tx, null, 'moderation.auto-hold', 'comment', String(commentId), {
        reports: open,
      });
    return { ok: true, counted: true, hidden } as const;
  });
}

async function openReportCount(tx: Tx, commentId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(reports)
    .where(and(eq(reports.commentId, commentId), isNull(reports.reviewedAt)));
  return Number(row?.n ?? 0);
}

/**
 * Marks the open reports of these comments reviewed by `actor`: they stop counting, and the
 * comments leave the reported queue. Returns the ids that had open reports.
 */
async function reviewReports(tx: Tx, actor: StaffUser, ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const reviewed = await tx
    .update(reports)
    .set({ reviewedAt: sql`now()`, reviewedBy: actor.id })
    .where(and(inArray(reports.commentId, [...ids]), isNull(reports.reviewedAt)))
    .returning({ commentId: reports.commentId });
  const commentIds = [...new Set(reviewed.map((r) => r.commentId))];
  if (commentIds.length)
    await tx.update(comments).set({ reportCount: 0 }).where(inArray(comments.id, commentIds));
  return commentIds;
}

/**
 * The reported queue: comments with open reports, whatever their status (still published, or
 * hidden by the reports), most reported first, with the reasons readers gave.
 */
export async function reportedQueue(db: Db, options: { limit: number }) {
  const open = db
    .select({
      commentId: reports.commentId,
      count: sql<number>`count(*)::int`.as('open_count'),
      reasons: sql<string[]>`array_agg(${reports.reason} order by ${reports.reason})`.as(
        'open_reasons',
      ),
      firstAt: sql<Date>`min(${reports.createdAt})`.as('first_at'),
    })
    .from(reports)
    .where(isNull(reports.reviewedAt))
    .groupBy(reports.commentId)
    .as('open_reports');
  const rows = await db
    .select({
      id: comments.id,
      receiptCode: comments.receiptCode,
      stance: comments.stance,
      body: comments.body,
      publicBody: comments.publicBody,
      publicSuggestedWording: comments.publicSuggestedWording,
      publicDisplayName: comments.publicDisplayName,
      consentPublish: comments.consentPublish,
      status: comments.status,
      statusReason: comments.statusReason,
      createdAt: comments.createdAt,
      clauseLabel: clauses.label,
      regulationTitle: regulations.shortTitle,
      versionLabel: versions.label,
      reports: open.count,
      reasons: open.reasons,
      firstReportAt: open.firstAt,
    })
    .from(open)
    .innerJoin(comments, eq(comments.id, open.commentId))
    .innerJoin(consultations, eq(consultations.id, comments.consultationId))
    .leftJoin(regulations, eq(regulations.id, consultations.regulationId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(clauses, eq(clauses.id, comments.clauseId))
    .orderBy(desc(open.count), asc(open.firstAt))
    .limit(options.limit);
  return rows.map((r) => ({
    ...r,
    reports: Number(r.reports),
    reasonCounts: countReasons(r.reasons),
  }));
}

const countReasons = (reasons: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => ({ reason, n }));
};

/**
 * Redacts a passage from every public field of a comment (text, suggested wording, quote,
 * author name) and records it (who, why, what), audited. The originals are untouched.
 * Returns the pure outcome, `text` being the public text; 'not-found' also when the comment
 * does not exist.
 */
export async function redactComment(
  db: Db,
  actor: StaffUser,
  commentId: number,
  rawPassage: string,
  rawReason: string,
): Promise<RedactionResult> {
  const checked = checkRedaction(rawPassage, rawReason);
  if (!checked.ok) return checked;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        publicBody: comments.publicBody,
        publicSuggestedWording: comments.publicSuggestedWording,
        publicQuote: comments.publicQuote,
        publicDisplayName: comments.publicDisplayName,
      })
      .from(comments)
      .where(eq(comments.id, commentId))
      .for('update');
    if (!row) return { ok: false, reason: 'not-found' } as const;
    const { fields, occurrences } = redactPublicFields(row, checked.passage);
    if (occurrences === 0) return { ok: false, reason: 'not-found' } as const;
    await tx.update(comments).set(fields).where(eq(comments.id, commentId));
    const [record] = await tx
      .insert(commentRedactions)
      .values({
        commentId,
        passage: checked.passage,
        reason: checked.reason,
        redactedBy: actor.id,
        redactedByName: actor.displayName,
      })
      .returning({ id: commentRedactions.id });
    await recordAudit(tx, actor, 'moderation.redact', 'comment', String(commentId), {
      reason: checked.reason,
      occurrences,
      redactionId: record!.id,
    });
    return {
      ok: true,
      text: fields.publicBody,
      occurrences,
      passage: checked.passage,
      reason: checked.reason,
    } as const;
  });
}

/** The redactions of a comment, newest first (staff only: they hold the original passages). */
export async function redactionsOf(db: Db, commentId: number) {
  return db
    .select()
    .from(commentRedactions)
    .where(eq(commentRedactions.commentId, commentId))
    .orderBy(desc(commentRedactions.id));
}
