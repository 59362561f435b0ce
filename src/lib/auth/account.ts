/** What staff do with their own account: change the password, enrol a second factor. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { securityKeys, staffUsers } from '../db/schema.ts';
import { hashPassword, verifyPassword, type Pepper } from './password.ts';
import { passwordProblem, type PasswordProblem } from './password-policy.ts';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes.ts';
import { recordAudit, revokeOtherSessions, type StaffUser } from './repository.ts';
import { verifyTotp } from './totp.ts';

export type PasswordChangeResult =
  | { ok: true; otherSessionsEnded: number }
  | { ok: false; reason: 'wrong-current' | 'mismatch' | 'unchanged' | PasswordProblem };

/**
 * Changes the password after checking the current one, and ends every other session of the
 * account (whoever knew the old password is signed out everywhere but here).
 */
export async function changePassword(
  db: Db,
  user: StaffUser,
  currentSessionId: string,
  input: { current: string; next: string; confirm: string },
  now: Date,
  pepper: Pepper = null,
): Promise<PasswordChangeResult> {
  const [row] = await db
    .select({ passwordHash: staffUsers.passwordHash })
    .from(staffUsers)
    .where(eq(staffUsers.id, user.id));
  if (!row || !(await verifyPassword(input.current, row.passwordHash, pepper))) {
    await recordAudit(db, user, 'auth.password-change-failed', 'staff_user', String(user.id), {
      reason: 'wrong-current',
    });
    return { ok: false, reason: 'wrong-current' };
  }
  if (input.next !== input.confirm) return { ok: false, reason: 'mismatch' };
  if (input.next === input.current) return { ok: false, reason: 'unchanged' };
  const problem = passwordProblem(input.next, user.username);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(input.next, pepper);
  const ended = await db.transaction(async (tx) => {
    await tx
      .update(staffUsers)
      .set({ passwordHash, passwordChangedAt: now })
      .where(eq(staffUsers.id, user.id));
    const count = await revokeOtherSessions(tx, user, currentSessionId, false);
    await recordAudit(tx, user, 'auth.password-change', 'staff_user', String(user.id), {
      otherSessionsEnded: count,
    });
    return count;
  });
  return { ok: true, otherSessionsEnded: ended };
}

export type EnrolResult =
  { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'bad-code' | 'already-enrolled' };

/**
 * Turns on the second factor once the owner proved their app holds `secret` with a current
 * code; returns the recovery codes, which are shown once and stored only hashed.
 */
export async function enrolTotp(
  db: Db,
  user: StaffUser,
  secret: string,
  code: string,
  now: Date,
): Promise<EnrolResult> {
  const [row] = await db
    .select({ totpSecret: staffUsers.totpSecret })
    .from(staffUsers)
    .where(eq(staffUsers.id, user.id));
  if (row?.totpSecret) return { ok: false, reason: 'already-enrolled' };
  const verified = verifyTotp(secret, code, now.getTime(), null);
  if (!verified.ok) return { ok: false, reason: 'bad-code' };
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db
    .update(staffUsers)
    .set({
      totpSecret: secret,
      totpLastStep: verified.step,
      recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode),
    })
    .where(eq(staffUsers.id, user.id));
  await recordAudit(db, user, 'auth.totp-enrol', 'staff_user', String(user.id));
  return { ok: true, recoveryCodes };
}

/** Replaces the recovery codes (after a current TOTP code); the old ones stop working. */
export async function renewRecoveryCodes(
  db: Db,
  user: StaffUser,
  code: string,
  now: Date,
): Promise<EnrolResult | { ok: false; reason: 'not-enrolled' }> {
  const [row] = await db
    .select({ totpSecret: staffUsers.totpSecret, last: staffUsers.totpLastStep })
    .from(staffUsers)
    .where(eq(staffUsers.id, user.id));
  if (!row?.totpSecret) return { ok: false, reason: 'not-enrolled' };
  const verified = verifyTotp(row.totpSecret, code, now.getTime(), row.last);
  if (!verified.ok) return { ok: false, reason: 'bad-code' };
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db
    .update(staffUsers)
    .set({ totpLastStep: verified.step, recoveryCodeHashes: recoveryCodes.map(hashRecoveryCode) })
    .where(eq(staffUsers.id, user.id));
  await recordAudit(db, user, 'auth.recovery-codes-renew', 'staff_user', String(user.id));
  return { ok: true, recoveryCodes };
}

/** How many unused recovery codes the account has left. */
export async function recoveryCodesLeft(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ hashes: staffUsers.recoveryCodeHashes })
    .from(staffUsers)
    .where(eq(staffUsers.id, userId));
  return row?.hashes.length ?? 0;
}

/**
 * Removes an account's second factor (an administrator's command for a lost phone with no
 * recovery code left): the TOTP secret, the recovery codes and the security keys, which are
 * registered only beside TOTP. The owner signs in with the password and enrols again.
 */
export async function resetTotp(db: Db, username: string): Promise<boolean> {
  const rows = await db
    .update(staffUsers)
    .set({ totpSecret: null, totpLastStep: null, recoveryCodeHashes: [] })
    .where(eq(staffUsers.username, username))
    .returning({ id: staffUsers.id });
  if (!rows[0]) return false;
  const keys = await db
    .delete(securityKeys)
    .where(eq(securityKeys.userId, rows[0].id))
    .returning({ id: securityKeys.id });
  await recordAudit(db, null, 'auth.totp-reset', 'staff_user', String(rows[0].id), {
    username,
    ...(keys.length > 0 ? { securityKeysRemoved: keys.length } : {}),
  });
  return true;
}
