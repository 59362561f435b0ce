/**
 * Sign-in throttling per account. The first 5 consecutive failures for a username cost
 * nothing; from the 5th on, each failure locks that username for 1 minute, doubling with
 * every further failure up to 15 minutes. While locked, attempts are refused without checking
 * the password and are not counted, so an attacker cannot push a lock further than 15 minutes
 * past their last counted try, and the real owner waits at most that long. A success, or a day
 * without failures, starts the count again. That allows at most about 100 guesses per account
 * per day, whatever the number of addresses the attacker uses; the per-address limit (failed
 * attempts from one address per 15 minutes, `OPENCLAUSE_SIGNINS_PER_15MIN`) bounds one address
 * across many accounts and counts only failures, so colleagues behind one office address who
 * sign in correctly are never locked out by it.
 */
export const FREE_FAILURES = 4;
export const FIRST_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 15 * 60_000;
export const FAILURE_MEMORY_MS = 24 * 3600_000;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** How long the username is locked after its `failures`-th consecutive failure. */
export function lockDuration(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_LOCK_MS);
}

/** Milliseconds until the username may try again (0 when it may now). */
export function lockRemaining(state: Pick<ThrottleState, 'lockedUntil'> | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The key of a username in the throttle table (the same for every spelling that signs in). */
export function throttleKey(username: string): string {
  return username.trim().toLowerCase().slice(0, 80);
}
