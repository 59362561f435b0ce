/**
 * Following a regulation by e-mail, with double opt-in: a request stores the address
 * unconfirmed and queues a confirmation link; only a confirmed, not unsubscribed follower gets
 * news (./enqueue.ts). The token in the links is the only key: the address is never shown.
 */
import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { hitRateLimit } from '../comments/repository.ts';
import type { Db } from '../db/client.ts';
import { regulationFollows, regulations } from '../db/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { EMAIL, enqueueNotification } from './enqueue.ts';

export type FollowOutcome =
  | { ok: true }
  | { ok: false; reason: 'invalid-email' | 'no-regulation' }
  | { ok: false; reason: 'rate-limited'; by: 'address' | 'recipient'; limit: number };

/**
 * The form sends a confirmation e-mail to any address typed into it, so it is limited twice, on
 * the counters in the database that every process shares (rate_limits): per client address
 * (no one floods the outbox) and per recipient across all senders (no one floods a stranger's
 * mailbox from many addresses). The recipient's counter is keyed by a salted hash, never the
 * address itself.
 */
export const FOLLOW_LIMITS = { perAddressPerHour: 10, perRecipientPerDay: 3 } as const;
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export interface FollowRequester {
  /** The client address, hashed (src/lib/web/address.ts). */
  addressHash: string;
  /** The secret mixed into the recipient's hash (config.addressSalt). */
  salt: string;
  now: Date;
  limits?: { perAddressPerHour: number; perRecipientPerDay: number };
}

const recipientBucket = (email: string, salt: string) =>
  `follow-to:${createHash('sha256').update(`${salt}\u0000${email.toLowerCase()}`).digest('base64url').slice(0, 32)}`;

export async function requestFollow(
  db: Db,
  regulationSlug: string,
  rawEmail: string,
  locale: Locale,
  requester: FollowRequester,
): Promise<FollowOutcome> {
  const email = rawEmail.normalize('NFKC').trim();
  if (!EMAIL.test(email) || email.length > 200) return { ok: false, reason: 'invalid-email' };
  const limits = requester.limits ?? FOLLOW_LIMITS;
  if (
    !(await hitRateLimit(
      db,
      `follow-from:${requester.addressHash}`,
      limits.perAddressPerHour,
      HOUR,
      requester.now,
    ))
  ) {
    return { ok: false, reason: 'rate-limited', by: 'address', limit: limits.perAddressPerHour };
  }
  if (
    !(await hitRateLimit(
      db,
      recipientBucket(email, requester.salt),
      limits.perRecipientPerDay,
      DAY,
      requester.now,
    ))
  ) {
    return { ok: false, reason: 'rate-limited', by: 'recipient', limit: limits.perRecipientPerDay };
  }
  return db.transaction(async (tx) => {
    const [reg] = await tx
      .select({ id: regulations.id, title: regulations.title })
      .from(regulations)
      .where(eq(regulations.slug, regulationSlug));
    if (!reg) return { ok: false, reason: 'no-regulation' } as const;
    // A new token each time: an older confirmation link stops working, and a follower who had
    // unsubscribed must confirm again.
    const token = randomBytes(24).toString('base64url');
    const [row] = await tx
      .insert(regulationFollows)
      .values({ regulationId: reg.id, email, locale, token })
      .onConflictDoUpdate({
        target: [regulationFollows.regulationId, regulationFollows.email],
        set: {
          token,
          locale,
          confirmedAt: sql`case when ${regulationFollows.unsubscribedAt} is null then ${regulationFollows.confirmedAt} end`,
          unsubscribedAt: null,
        },
      })
      .returning({ id: regulationFollows.id });
    await enqueueNotification(tx, {
      kind: 'follow-confirm',
      to: email,
      locale,
      params: { regulation: reg.title, token },
      dedupeKey: `confirm:${row!.id}:${token}`,
    });
    return { ok: true } as const;
  });
}

/**
 * The regulation a token belongs to, changing nothing: the page a link opens (mail scanners
 * fetch links before the reader does, so opening one must not confirm or unsubscribe).
 */
export async function followByToken(
  db: Db,
  token: string,
): Promise<{ slug: string; title: string; confirmed: boolean; unsubscribed: boolean } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [row] = await db
    .select({
      slug: regulations.slug,
      title: regulations.title,
      confirmedAt: regulationFollows.confirmedAt,
      unsubscribedAt: regulationFollows.unsubscribedAt,
    })
    .from(regulationFollows)
    .innerJoin(regulations, eq(regulations.id, regulationFollows.regulationId))
    .where(eq(regulationFollows.token, token));
  return row
    ? {
        slug: row.slug,
        title: row.title,
        confirmed: row.confirmedAt !== null && row.unsubscribedAt === null,
        unsubscribed: row.unsubscribedAt !== null,
      }
    : null;
}

/** The regulation a token belongs to, after confirming (or unsubscribing) it; null for an unknown token. */
export async function confirmFollow(
  db: Db,
  token: string,
): Promise<{ slug: string; title: string } | null> {
  return changeByToken(db, token, {
    confirmedAt: sql`coalesce(${regulationFollows.confirmedAt}, now())`,
    unsubscribedAt: null,
  });
}

/** One click (a POST), no sign-in: the token is the proof. Repeating it changes nothing. */
export async function unsubscribeFollow(
  db: Db,
  token: string,
): Promise<{ slug: string; title: string } | null> {
  return changeByToken(db, token, {
    unsubscribedAt: sql`coalesce(${regulationFollows.unsubscribedAt}, now())`,
  });
}

async function changeByToken(
  db: Db,
  token: string,
  set: Partial<Record<'confirmedAt' | 'unsubscribedAt', unknown>>,
): Promise<{ slug: string; title: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [row] = await db
    .update(regulationFollows)
    .set(set as never)
    .where(eq(regulationFollows.token, token))
    .returning({ regulationId: regulationFollows.regulationId });
  if (!row) return null;
  const [reg] = await db
    .select({ slug: regulations.slug, title: regulations.title })
    .from(regulations)
    .where(eq(regulations.id, row.regulationId));
  return reg ?? null;
}
