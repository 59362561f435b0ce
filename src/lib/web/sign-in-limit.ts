/**
 * The per-address half of sign-in throttling (the per-account half is src/lib/auth/throttle.ts):
 * an attempt claims a hit from the address's 15-minute counter before it is checked, and a
 * success gives it back, so the limit counts failures only and an office whose staff sign in
 * correctly never reaches it.
 */
import { eq, and, sql } from 'drizzle-orm';
import { hitRateLimit } from '../comments/repository.ts';
import type { Db } from '../db/client.ts';
import { rateLimits } from '../db/schema.ts';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

const bucket = (addressHash: string) => `signin:${addressHash}`;

export function claimSignInFromAddress(
  db: Db,
  addressHash: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  return hitRateLimit(db, bucket(addressHash), limit, SIGN_IN_WINDOW_MS, now);
}

export async function refundSignInFromAddress(
  db: Db,
  addressHash: string,
  now: Date,
): Promise<void> {
  const windowStart = new Date(Math.floor(now.getTime() / SIGN_IN_WINDOW_MS) * SIGN_IN_WINDOW_MS);
  await db
    .update(rateLimits)
    .set({ count: sql`greatest(${rateLimits.count} - 1, 0)` })
    .where(
      and(eq(rateLimits.bucket, bucket(addressHash)), eq(rateLimits.windowStart, windowStart)),
    );
}

/** Only same-site staff paths: never send anyone to another host after signing in. */
export function safeNextPath(param: string | null): string {
  const value = param ?? '/staff';
  return /^\/(?!\/)[^\s\\]*$/.test(value) && value.startsWith('/staff') ? value : '/staff';
}
