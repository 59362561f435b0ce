/**
 * Signing in, as a recipe: refuse a locked username, check the password, then (for an account
 * with a second factor) wait for a code in a pending session; every failure is counted against
 * the username (./throttle.ts) and written to the audit trail, without the password and without
 * a username that matches no account (people type their password there by mistake).
 */
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sessions, signInFailures, staffUsers } from '../db/schema.ts';
import { hashPassword, needsRehash, verifyPassword, type Pepper } from './password.ts';
import { looksLikeRecoveryCode, matchRecoveryCode } from './recovery-codes.ts';
import {
  openSession,
  recordAudit,
  tokenHash,
  type ClientInfo,
  type StaffUser,
} from './repository.ts';
import {
  FAILURE_MEMORY_MS,
  FIRST_LOCK_MS,
  FREE_FAILURES,
  MAX_LOCK_MS,
  lockDuration,
  lockRemaining,
  throttleKey,
} from './throttle.ts';
import { acceptKeyAssertion, type RelyingParty } from './security-keys.ts';
import { verifyTotp } from './totp.ts';

export type SignInResult =
  | { ok: true; token: string; user: StaffUser; secondFactor: 'none' | 'required' }
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export type SecondFactorResult =
  | { ok: true; token: string; user: StaffUser; usedRecoveryCode: boolean }
  | { ok: false; reason: 'bad-code' | 'expired' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

type Failure = 'bad-password' | 'unknown-user' | 'bad-code' | 'locked';

const NO_CLIENT: ClientInfo = { userAgent: '', address: '' };

// Used when the username is unknown, so a sign-in takes the same time either way.
let dummyHash: Promise<string> | null = null;

/**
 * `pepper`: the configured password pepper (config.passwordPepper); a hash stored without it is
 * replaced by a peppered one once the password has been checked.
 */
export async function signIn(
  db: Db,
  username: string,
  password: string,
  now: Date,
  client: ClientInfo = NO_CLIENT,
  pepper: Pepper = null,
): Promise<SignInResult> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.username, username));
  const attempt = await claimAttempt(db, username, now);
  if (!attempt.ok) {
    await auditFailure(db, user ?? null, 'locked', client);
    return { ok: false, reason: 'locked', retryAfterSeconds: attempt.retryAfterSeconds };
  }
  if (!user || !user.active) {
    dummyHash ??= hashPassword('dummy-password-for-timing');
    await verifyPassword(password, await dummyHash);
    return failed(db, null, 'unknown-user', attempt.failures, client);
  }
  if (!(await verifyPassword(password, user.passwordHash, pepper)))
    return failed(db, user, 'bad-password', attempt.failures, client);
  if (needsRehash(user.passwordHash, pepper)) {
    await db
      .update(staffUsers)
      .set({ passwordHash: await hashPassword(password, pepper) })
      .where(eq(staffUsers.id, user.id));
  }
  const staff = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
  };
  if (user.totpSecret !== null) {
    // The attempt stays counted until the code is right too: a stolen password alone never
    // earns a fresh series of guesses at the code.
    const token = await openSession(db, user.id, now, client, true);
    return { ok: true, token, user: staff, secondFactor: 'required' };
  }
  await forgetFailures(db, username);
  const token = await openSession(db, user.id, now, client, false);
  await recordAudit(db, staff, 'auth.sign-in', 'staff_user', String(user.id));
  return { ok: true, token, user: staff, secondFactor: 'none' };
}

/**
 * The second step: a TOTP code (or an unused recovery code) for the session a right password
 * opened. The pending session is replaced by a new one with a new token (no fixation).
 */
export function completeSecondFactor(
  db: Db,
  pendingToken: string,
  code: string,
  now: Date,
  client: ClientInfo = NO_CLIENT,
): Promise<SecondFactorResult> {
  return finishSecondFactor(db, pendingToken, now, client, (user) =>
    acceptCode(db, user, code, now),
  );
}

/**
 * The second step with a security key instead: `assertion` is the browser's JSON answer to the
 * challenge of ./security-keys.ts `beginKeySignIn`. A failed assertion counts against the
 * username exactly as a wrong code does.
 */
export function completeSecondFactorWithKey(
  db: Db,
  pendingToken: string,
  assertion: string,
  rp: RelyingParty,
  now: Date,
  client: ClientInfo = NO_CLIENT,
): Promise<SecondFactorResult> {
  return finishSecondFactor(db, pendingToken, now, client, async (user) =>
    (await acceptKeyAssertion(db, user.id, tokenHash(pendingToken), rp, assertion, now))
      ? 'security-key'
      : null,
  );
}

type SecondFactor = 'totp' | 'recovery-code' | 'security-key';

async function finishSecondFactor(
  db: Db,
  pendingToken: string,
  now: Date,
  client: ClientInfo,
  accept: (user: typeof staffUsers.$inferSelect) => Promise<SecondFactor | null>,
): Promise<SecondFactorResult> {
  const [row] = await db
    .select({ user: staffUsers })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash(pendingToken)),
        eq(sessions.pendingSecondFactor, true),
        gt(sessions.expiresAt, now),
      ),
    );
  const user = row?.user;
  if (!user || !user.active || user.totpSecret === null) return { ok: false, reason: 'expired' };
  const attempt = await claimAttempt(db, user.username, now);
  if (!attempt.ok) {
    await auditFailure(db, user, 'locked', client);
    return { ok: false, reason: 'locked', retryAfterSeconds: attempt.retryAfterSeconds };
  }
  const accepted = await accept(user);
  if (!accepted) {
    const result = await failed(db, user, 'bad-code', attempt.failures, client);
    return result.reason === 'locked' ? result : { ok: false, reason: 'bad-code' };
  }
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(pendingToken)));
  await forgetFailures(db, user.username);
  const token = await openSession(db, user.id, now, client, false);
  const staff = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
  };
  await recordAudit(db, staff, 'auth.sign-in', 'staff_user', String(user.id), {
    secondFactor: accepted,
  });
  return { ok: true, token, user: staff, usedRecoveryCode: accepted === 'recovery-code' };
}

/** Checks a TOTP code (stored as the last step used) or spends a recovery code. */
async function acceptCode(
  db: Db,
  user: typeof staffUsers.$inferSelect,
  code: string,
  now: Date,
): Promise<'totp' | 'recovery-code' | null> {
  if (looksLikeRecoveryCode(code)) {
    const index = matchRecoveryCode(code, user.recoveryCodeHashes);
    if (index < 0) return null;
    const spent = user.recoveryCodeHashes[index]!;
    // Removing the hash only if still present: two requests cannot both spend it.
    const updated = await db
      .update(staffUsers)
      .set({ recoveryCodeHashes: sql`array_remove(${staffUsers.recoveryCodeHashes}, ${spent})` })
      .where(and(eq(staffUsers.id, user.id), sql`${spent} = any(${staffUsers.recoveryCodeHashes})`))
      .returning({ id: staffUsers.id });
    return updated.length > 0 ? 'recovery-code' : null;
  }
  const verified = verifyTotp(user.totpSecret!, code, now.getTime(), user.totpLastStep);
  if (!verified.ok) return null;
  // Storing the step only if it is later than the stored one: a code is accepted once.
  const updated = await db
    .update(staffUsers)
    .set({ totpLastStep: verified.step })
    .where(
      and(
        eq(staffUsers.id, user.id),
        sql`coalesce(${staffUsers.totpLastStep}, -1) < ${verified.step}`,
      ),
    )
    .returning({ id: staffUsers.id });
  return updated.length > 0 ? 'totp' : null;
}

async function failed(
  db: Db,
  user: typeof staffUsers.$inferSelect | null,
  failure: Failure,
  failures: number,
  client: ClientInfo,
): Promise<
  | { ok: false; reason: 'bad-credentials' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number }
> {
  await auditFailure(db, user, failure, client, failures);
  const lock = lockDuration(failures);
  return lock > 0
    ? { ok: false, reason: 'locked', retryAfterSeconds: Math.ceil(lock / 1000) }
    : { ok: false, reason: 'bad-credentials' };
}

/**
 * Counts an attempt for the username before the password is checked, and sets the lock it
 * would earn if it fails (a success deletes the row). One statement, so parallel attempts are
 * counted one by one and none gets past a lock; a locked username claims nothing.
 */
async function claimAttempt(
  db: Db,
  username: string,
  now: Date,
): Promise<{ ok: true; failures: number } | { ok: false; retryAfterSeconds: number }> {
  const key = throttleKey(username);
  const at = now.toISOString();
  const failures = sql`case when ${signInFailures.lastFailureAt} > ${at}::timestamptz - make_interval(secs => ${FAILURE_MEMORY_MS / 1000}) then ${signInFailures.failures} + 1 else 1 end`;
  const [claimed] = await db
    .insert(signInFailures)
    .values({ username: key, failures: 1, lastFailureAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: signInFailures.username,
      set: {
        failures,
        lastFailureAt: now,
        lockedUntil: sql`${at}::timestamptz + make_interval(secs => ${lockSecondsSql(failures)})`,
      },
      setWhere: sql`${signInFailures.lockedUntil} is null or ${signInFailures.lockedUntil} <= ${at}::timestamptz`,
    })
    .returning({ failures: signInFailures.failures });
  if (claimed) {
    // Rows of usernames that stopped failing a day ago say nothing any more.
    await db
      .delete(signInFailures)
      .where(lt(signInFailures.lastFailureAt, new Date(now.getTime() - FAILURE_MEMORY_MS)));
    return { ok: true, failures: claimed.failures };
  }
  const [state] = await db.select().from(signInFailures).where(eq(signInFailures.username, key));
  return {
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil(lockRemaining(state ?? null, now) / 1000)),
  };
}

/** `lockDuration(failures)` (./throttle.ts) in SQL, in seconds. */
function lockSecondsSql(failures: ReturnType<typeof sql>) {
  return sql`case when ${failures} <= ${FREE_FAILURES} then 0 else least(${FIRST_LOCK_MS / 1000} * power(2, ${failures} - ${FREE_FAILURES + 1}), ${MAX_LOCK_MS / 1000}) end`;
}

async function forgetFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.username, throttleKey(username)));
}

async function auditFailure(
  db: Db,
  user: typeof staffUsers.$inferSelect | null,
  failure: Failure,
  client: ClientInfo,
  failures?: number,
): Promise<void> {
  const detail = { reason: failure, address: client.address, ...(failures ? { failures } : {}) };
  if (user)
    await recordAudit(db, null, 'auth.sign-in-failed', 'staff_user', String(user.id), {
      username: user.username,
      ...detail,
    });
  else await recordAudit(db, null, 'auth.sign-in-failed', 'username', '(no such account)', detail);
}
