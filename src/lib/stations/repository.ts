/**
 * Comments that came through a liaison station, and the 转办-回复-销号 of an opinion: forwarded
 * to the responsible body with a due date, its answer recorded, the case closed. Each step is
 * audited; each is allowed only after the one before it (a value says why not).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit, type StaffUser } from '../auth/repository.ts';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import { comments, commentVia, forwardings, versions, regulations } from '../db/schema.ts';
import { isViaShaped } from './catalogue.ts';

/** After a comment from the public form is stored: the station (and deputy) it came through. */
export async function recordVia(
  db: Pick<Db, 'execute'>,
  receiptCode: string,
  via: string | undefined,
): Promise<boolean> {
  if (!via || !isViaShaped(via)) return false;
  const [station, deputy] = via.split('~');
  const rows = rowsOf<{ comment_id: number }>(
    await db.execute(sql`insert into comment_via (comment_id, station, deputy)
      select id, ${station!}, ${deputy ?? null} from comments where receipt_code = ${receiptCode}
      on conflict (comment_id) do nothing returning comment_id`),
  );
  return rows.length > 0;
}

export type Forwarding = typeof forwardings.$inferSelect;
export type StepOutcome =
  | { ok: true }
  | {
      ok: false;
      reason: 'not-found' | 'already-forwarded' | 'not-forwarded' | 'not-answered' | 'closed';
    };

export async function forwardingOf(db: Db, commentId: number): Promise<Forwarding | null> {
  const [row] = await db.select().from(forwardings).where(eq(forwardings.commentId, commentId));
  return row ?? null;
}

export async function viaOf(
  db: Db,
  commentId: number,
): Promise<{ station: string; deputy: string | null } | null> {
  const [row] = await db
    .select({ station: commentVia.station, deputy: commentVia.deputy })
    .from(commentVia)
    .where(eq(commentVia.commentId, commentId));
  return row ?? null;
}

/** 转办: to `body`, answer due by `dueDate` (YYYY-MM-DD). */
export async function forwardComment(
  db: Db,
  actor: StaffUser,
  commentId: number,
  input: { body: string; dueDate: string; note: string | null },
  now: Date,
): Promise<StepOutcome> {
  return db.transaction(async (tx) => {
    const [comment] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(eq(comments.id, commentId));
    if (!comment) return { ok: false, reason: 'not-found' } as const;
    const inserted = await tx
      .insert(forwardings)
      .values({
        commentId,
        body: input.body,
        dueDate: input.dueDate,
        note: input.note,
        forwardedAt: now,
        forwardedBy: actor.id,
      })
      .onConflictDoNothing()
      .returning({ id: forwardings.commentId });
    if (inserted.length === 0) return { ok: false, reason: 'already-forwarded' } as const;
    await recordAudit(tx, actor, 'forwarding.forward', 'comment', String(commentId), {
      body: input.body,
      dueDate: input.dueDate,
    });
    return { ok: true } as const;
  });
}

/** 回复: the responsible body's answer, as staff received it. */
export async function answerForwarding(
  db: Db,
  actor: StaffUser,
  commentId: number,
  answer: string,
  now: Date,
): Promise<StepOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(forwardings)
      .where(eq(forwardings.commentId, commentId))
      .for('update');
    if (!row) return { ok: false, reason: 'not-forwarded' } as const;
    if (row.closedAt) return { ok: false, reason: 'closed' } as const;
    await tx
      .update(forwardings)
      .set({ answer, answeredAt: now, answeredBy: actor.id })
      .where(eq(forwardings.commentId, commentId));
    await recordAudit(tx, actor, 'forwarding.answer', 'comment', String(commentId), {});
    return { ok: true } as const;
  });
}

/** 销号: the case is closed; only once it has an answer. */
export async function closeForwarding(
  db: Db,
  actor: StaffUser,
  commentId: number,
  now: Date,
): Promise<StepOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(forwardings)
      .where(eq(forwardings.commentId, commentId))
      .for('update');
    if (!row) return { ok: false, reason: 'not-forwarded' } as const;
    if (!row.answeredAt) return { ok: false, reason: 'not-answered' } as const;
    if (row.closedAt) return { ok: false, reason: 'closed' } as const;
    await tx
      .update(forwardings)
      .set({ closedAt: now, closedBy: actor.id })
      .where(eq(forwardings.commentId, commentId));
    await recordAudit(tx, actor, 'forwarding.close', 'comment', String(commentId), {});
    return { ok: true } as const;
  });
}

/**
 * What the public and the station's clerk both read of a station's opinion (public fields only)
 * and where it stands in 转办-回复-销号; selected from comment_via joined to the comment, its
 * version, regulation and forwarding.
 */
export const stationOpinionFields = {
  id: comments.id,
  body: comments.publicBody,
  name: comments.publicDisplayName,
  createdAt: comments.createdAt,
  deputy: commentVia.deputy,
  regulationTitle: regulations.title,
  versionLabel: versions.label,
  forwardedTo: forwardings.body,
  forwardedAt: forwardings.forwardedAt,
  dueDate: forwardings.dueDate,
  answer: forwardings.answer,
  answeredAt: forwardings.answeredAt,
  closedAt: forwardings.closedAt,
};

export interface StationCounts {
  gathered: number;
  forwarded: number;
  answered: number;
  closed: number;
}

/** What a station gathered, forwarded, had answered and closed; and its public comments, newest first. */
export async function stationActivity(db: Db, station: string, limit = 50) {
  const [counts] = rowsOf<{
    gathered: number;
    forwarded: number;
    answered: number;
    closed: number;
  }>(
    await db.execute(sql`select count(*)::int as gathered, count(f.comment_id)::int as forwarded, count(f.answered_at)::int as answered, count(f.closed_at)::int as closed
      from comment_via v left join forwardings f on f.comment_id = v.comment_id where v.station = ${station}`),
  );
  const list = await db
    .select(stationOpinionFields)
    .from(commentVia)
    .innerJoin(comments, eq(comments.id, commentVia.commentId))
    .leftJoin(versions, eq(versions.id, comments.versionId))
    .leftJoin(regulations, eq(regulations.id, versions.regulationId))
    .leftJoin(forwardings, eq(forwardings.commentId, comments.id))
    .where(
      and(
        eq(commentVia.station, station),
        eq(comments.status, 'published'),
        eq(comments.consentPublish, true),
      ),
    )
    .orderBy(desc(comments.id))
    .limit(limit);
  const c: StationCounts = {
    gathered: counts?.gathered ?? 0,
    forwarded: counts?.forwarded ?? 0,
    answered: counts?.answered ?? 0,
    closed: counts?.closed ?? 0,
  };
  return { counts: c, comments: list };
}

/** The consultations open now on a version, for the station page's "comment through this station" links. */
export async function openVersionConsultations(db: Db, now: Date) {
  return rowsOf<{
    regulation_slug: string;
    regulation_title: string;
    version_slug: string;
    version_label: string;
    title: string;
  }>(
    await db.execute(sql`select r.slug as regulation_slug, r.title as regulation_title, v.slug as version_slug, v.label as version_label, k.title
      from consultations k join versions v on v.id = k.version_id join regulations r on r.id = k.regulation_id
      where k.opens_at <= ${now.toISOString()}::timestamptz and k.closes_at > ${now.toISOString()}::timestamptz order by k.closes_at`),
  );
}

/** For the receipt page: the station a comment came through and its 转办 steps (null when it has neither). */
export async function stepsByReceipt(db: Db, receiptCode: string) {
  const [row] = await db
    .select({
      createdAt: comments.createdAt,
      station: commentVia.station,
      deputy: commentVia.deputy,
      forwarding: forwardings,
    })
    .from(comments)
    .leftJoin(commentVia, eq(commentVia.commentId, comments.id))
    .leftJoin(forwardings, eq(forwardings.commentId, comments.id))
    .where(eq(comments.receiptCode, receiptCode));
  if (!row || (!row.station && !row.forwarding)) return null;
  return {
    createdAt: row.createdAt,
    via: row.station ? (row.deputy ? `${row.station}~${row.deputy}` : row.station) : null,
    forwarding: row.forwarding,
  };
}
