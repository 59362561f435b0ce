/**
 * Following a regulation by e-mail, with double opt-in: a request stores the address
 * unconfirmed and queues a confirmation link; only a confirmed, not unsubscribed follower gets
 * news (./enqueue.ts). The token in the links is the only key: the address is never shown.
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { regulationFollows, regulations } from '../db/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { EMAIL, enqueueNotification } from './enqueue.ts';

export type FollowOutcome = { ok: true } | { ok: false; reason: 'invalid-email' | 'no-regulation' };

export async function requestFollow(db: Db, regulationSlug: string, rawEmail: string, locale: Locale): Promise<FollowOutcome> {
  const email = rawEmail.normalize('NFKC').trim();
  if (!EMAIL.test(email) || email.length > 200) return { ok: false, reason: 'invalid-email' };
  return db.transaction(async (tx) => {
    const [reg] = await tx.select({ id: regulations.id, title: regulations.title }).from(regulations).where(eq(regulations.slug, regulationSlug));
    if (!reg) return { ok: false, reason: 'no-regulation' } as const;
    // A new token each time: an older confirmation link stops working, and a follower who had
    // unsubscribed must confirm again.
    const token = randomBytes(24).toString('base64url');
    const [row] = await tx
      .insert(regulationFollows)
      .values({ regulationId: reg.id, email, locale, token })
      .onConflictDoUpdate({
        target: [regulationFollows.regulationId, regulationFollows.email],
        set: { token, locale, confirmedAt: sql`case when ${regulationFollows.unsubscribedAt} is null then ${regulationFollows.confirmedAt} end`, unsubscribedAt: null },
      })
      .returning({ id: regulationFollows.id });
    await enqueueNotification(tx, { kind: 'follow-confirm', to: email, locale, params: { regulation: reg.title, token }, dedupeKey: `confirm:${row!.id}:${token}` });
    return { ok: true } as const;
  });
}

/** The regulation a token belongs to, after confirming (or unsubscribing) it; null for an unknown token. */
export async function confirmFollow(db: Db, token: string): Promise<{ slug: string; title: string } | null> {
  return changeByToken(db, token, { confirmedAt: sql`coalesce(${regulationFollows.confirmedAt}, now())`, unsubscribedAt: null });
}

/** One click, no sign-in: the token is the proof. Repeating it changes nothing. */
export async function unsubscribeFollow(db: Db, token: string): Promise<{ slug: string; title: string } | null> {
  return changeByToken(db, token, { unsubscribedAt: sql`coalesce(${regulationFollows.unsubscribedAt}, now())` });
}

async function changeByToken(db: Db, token: string, set: Partial<Record<'confirmedAt' | 'unsubscribedAt', unknown>>): Promise<{ slug: string; title: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const [row] = await db.update(regulationFollows).set(set as never).where(eq(regulationFollows.token, token)).returning({ regulationId: regulationFollows.regulationId });
  if (!row) return null;
  const [reg] = await db.select({ slug: regulations.slug, title: regulations.title }).from(regulations).where(eq(regulations.id, row.regulationId));
  return reg ?? null;
}
