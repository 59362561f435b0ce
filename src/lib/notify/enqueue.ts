/**
 * Putting e-mails in the outbox. Each function is one statement (or a few) meant to run in
 * the transaction of the event it reports (a reply recorded, a version or report published,
 * a consultation opened), so the notice exists exactly when the event does; nothing here
 * talks to a mail server (./worker.ts sends). A repeated event enqueues nothing twice: every
 * row has a dedupe key.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { rowsOf } from '../db/rows.ts';
import type { Locale } from '../i18n/index.ts';
import type { MessageKind } from './render.ts';

/** A database or a transaction: anything that runs a statement. */
export type Runner = Pick<Db, 'execute'>;

export interface Notification {
  kind: MessageKind;
  to: string;
  locale: Locale;
  /** Rendered by ./render.ts when sent: plain strings only. */
  params: Record<string, string>;
  /** The same key twice enqueues once (e.g. `amendment:<commentId>:<amendmentId>`). */
  dedupeKey: string;
}

/**
 * Queues one e-mail; true when queued, false when its dedupe key was queued before.
 * @example await enqueueNotification(tx, { kind: 'reply', to, locale: 'zh', params: { code, regulation, disposition, reply }, dedupeKey: `reply:${id}:${at}` })
 */
export async function enqueueNotification(db: Runner, n: Notification): Promise<boolean> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`insert into outbox (kind, to_address, locale, params, dedupe_key)
      values (${n.kind}, ${n.to}, ${n.locale}, ${JSON.stringify(n.params)}::jsonb, ${n.dedupeKey})
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length > 0;
}

/** A plausible e-mail address (the form's own check is looser: it takes phone numbers too). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/**
 * After a comment is stored from a public form (on a version or on the legislative plan): when
 * its author gave an e-mail address and ticked the box, remembers the consent and queues the
 * receipt (both in one statement).
 */
export async function subscribeComment(
  db: Runner,
  receiptCode: string,
  raw: Readonly<Record<string, string | undefined>>,
): Promise<boolean> {
  if (raw['notifyByEmail'] !== 'on') return false;
  const email = (raw['contact'] ?? '').normalize('NFKC').trim();
  if (!EMAIL.test(email) || email.length > 200) return false;
  const locale: Locale = raw['notifyLocale'] === 'en' ? 'en' : 'zh';
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`with c as (
        select c.id, c.receipt_code, coalesce(r.title, p.title) as regulation, coalesce(nullif(cl.label, ''), cl.heading, '') as clause
        from comments c
        join consultations k on k.id = c.consultation_id
        left join regulations r on r.id = k.regulation_id
        left join plans p on p.id = k.plan_id
        left join clauses cl on cl.version_id = c.version_id and cl.e_id = c.clause_e_id
        where c.receipt_code = ${receiptCode}
      ), subscribed as (
        insert into comment_notifications (comment_id, email, locale)
        select id, ${email}, ${locale} from c on conflict (comment_id) do nothing returning comment_id
      )
      insert into outbox (kind, to_address, locale, params, dedupe_key)
      select 'receipt', ${email}, ${locale}, jsonb_build_object('code', c.receipt_code, 'regulation', c.regulation, 'clause', c.clause), 'receipt:' || c.id
      from c join subscribed s on s.comment_id = c.id
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length > 0;
}

/** In the transaction that records a reply: the reply to each subscribed commenter of these comments. */
export async function enqueueReplies(db: Runner, commentIds: readonly number[]): Promise<number> {
  if (commentIds.length === 0) return 0;
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`insert into outbox (kind, to_address, locale, params, dedupe_key)
      select 'reply', n.email, n.locale,
        jsonb_build_object('code', c.receipt_code, 'regulation', coalesce(r.title, p.title), 'disposition', coalesce(c.disposition, ''), 'reply', coalesce(c.reply, '')),
        'reply:' || c.id || ':' || (extract(epoch from c.replied_at) * 1000)::bigint
      from comment_notifications n
      join comments c on c.id = n.comment_id
      join consultations k on k.id = c.consultation_id
      left join regulations r on r.id = k.regulation_id
      left join plans p on p.id = k.plan_id
      where c.id in (${sql.join(
        commentIds.map((id) => sql`${id}`),
        sql`, `,
      )}) and coalesce(c.reply, '') <> ''
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length;
}

/**
 * In the transaction that publishes a version: a notice to each subscribed commenter (on any
 * earlier version of the regulation) whose clause the new version changes or removes, against
 * the version before it. A clause is followed by its lineage; "changed" is a different content
 * hash of the clause or of any clause under it (an article whose second paragraph changed has
 * changed; the article's own row holds only its label and heading).
 */
export async function enqueueReadingNotices(
  db: Runner,
  regulationId: number,
  versionId: number,
): Promise<number> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`with v as (
        select id, slug, label, position from versions where id = ${versionId}
      ), prev as (
        select p.id from versions p, v where p.regulation_id = ${regulationId} and p.position < v.position order by p.position desc limit 1
      ), touched as (
        select c.id as comment_id, c.receipt_code, n.email, n.locale, coalesce(nullif(own.label, ''), own.heading) as clause, (nc.id is null) as removed
        from comment_notifications n
        join comments c on c.id = n.comment_id
        join versions cv on cv.id = c.version_id and cv.regulation_id = ${regulationId} and cv.id <> ${versionId}
        join clauses own on own.version_id = c.version_id and own.e_id = c.clause_e_id
        join clauses pc on pc.version_id = (select id from prev) and pc.lineage = own.lineage
        left join clauses nc on nc.version_id = ${versionId} and nc.lineage = own.lineage
        -- Changed: the clause or any clause under it (an article's paragraphs and items).
        where nc.id is null or (
          select string_agg(x.content_hash, ',' order by x.position) from clauses x
          where x.version_id = pc.version_id and (x.e_id = pc.e_id or left(x.e_id, length(pc.e_id) + 2) = pc.e_id || '__')
        ) is distinct from (
          select string_agg(y.content_hash, ',' order by y.position) from clauses y
          where y.version_id = nc.version_id and (y.e_id = nc.e_id or left(y.e_id, length(nc.e_id) + 2) = nc.e_id || '__')
        )
      )
      insert into outbox (kind, to_address, locale, params, dedupe_key)
      select 'reading', t.email, t.locale,
        jsonb_build_object('code', t.receipt_code, 'regulation', r.title, 'regulationSlug', r.slug, 'version', v.label, 'versionSlug', v.slug, 'clause', t.clause, 'removed', case when t.removed then '1' else '0' end),
        'reading:' || t.comment_id || ':' || v.id
      from touched t, v, regulations r where r.id = ${regulationId}
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length;
}

/**
 * After a new reading is linked to the amendments behind it (src/lib/amendments): each commenter
 * whose suggested words entered the text and who asked for e-mail is told, with a link to the
 * article's "why this article changed". Returns how many were queued.
 */
export async function enqueueCreditNotices(
  db: Runner,
  versionId: number,
  commentIds: readonly number[],
): Promise<number> {
  if (commentIds.length === 0) return 0;
  const ids = sql.join(
    commentIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`insert into outbox (kind, to_address, locale, params, dedupe_key)
      select distinct on (c.id) 'credit', n.email, n.locale,
        jsonb_build_object('code', c.receipt_code, 'regulation', r.title, 'regulationSlug', r.slug, 'version', v.label, 'versionSlug', v.slug,
          'clause', coalesce(nullif(nc.label, ''), nc.heading, ''), 'anchor', 'why-' || nc.e_id),
        'credit:' || c.id || ':' || v.id
      from comments c
      join comment_notifications n on n.comment_id = c.id
      join amendments a on a.comment_id = c.id
      join clause_amendments ca on ca.amendment_id = a.id
      join clauses nc on nc.id = ca.clause_id and nc.version_id = ${versionId}
      join versions v on v.id = ${versionId}
      join regulations r on r.id = v.regulation_id
      where c.id in (${ids})
      order by c.id, nc.id
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length;
}

export type FollowEvent = 'consultation' | 'reading' | 'report';

/**
 * In the transaction of a regulation's news: one message to each confirmed follower.
 * `subpath` is the page to read under the regulation's own (`/versions/second-reading`, or ''
 * for the regulation page), `key` tells one event from another.
 */
export async function enqueueFollowerNews(
  db: Runner,
  regulationId: number,
  event: FollowEvent,
  news: { title: string; subpath: string; key: string },
): Promise<number> {
  const rows = rowsOf<{ id: number }>(
    await db.execute(sql`insert into outbox (kind, to_address, locale, params, dedupe_key)
      select 'follow-news', f.email, f.locale,
        jsonb_build_object('event', ${event}::text, 'regulation', r.title, 'title', ${news.title}::text, 'path', '/regulations/' || r.slug || ${news.subpath}::text, 'token', f.token),
        'news:' || f.id || ':' || ${event}::text || ':' || ${news.key}::text
      from regulation_follows f join regulations r on r.id = f.regulation_id
      where f.regulation_id = ${regulationId} and f.confirmed_at is not null and f.unsubscribed_at is null
      on conflict (dedupe_key) do nothing returning id`),
  );
  return rows.length;
}

/** News of a consultation (opened, or its report published) to the regulation's followers. */
export async function enqueueConsultationNews(
  db: Runner,
  consultationId: number,
  event: 'consultation' | 'report',
): Promise<number> {
  const [c] = rowsOf<{
    regulation_id: number;
    slug: string;
    title: string;
    version_slug: string | null;
  }>(
    await db.execute(
      sql`select k.regulation_id, k.slug, k.title, v.slug as version_slug from consultations k left join versions v on v.id = k.version_id where k.id = ${consultationId}`,
    ),
  );
  if (!c) return 0;
  const subpath =
    event === 'report' ? `/report/${c.slug}` : c.version_slug ? `/versions/${c.version_slug}` : '';
  return enqueueFollowerNews(db, c.regulation_id, event, {
    title: c.title,
    subpath,
    key: String(consultationId),
  });
}

/** Past retention: the addresses of these comments' commenters, and the outbox rows sent to them. */
export async function purgeNotificationAddresses(db: Runner, commentIds: SQL): Promise<void> {
  // The comment's id is the second part of these kinds' dedupe keys (`reply:<id>:<at>`).
  await db.execute(
    sql`delete from outbox where kind in ('receipt', 'reply', 'reading') and split_part(dedupe_key, ':', 2)::bigint in ${commentIds}`,
  );
  await db.execute(sql`delete from comment_notifications where comment_id in ${commentIds}`);
}
