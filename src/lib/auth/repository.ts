/** Staff accounts, sessions and the audit trail in the database. */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, sessions, staffUsers } from '../db/schema.ts';
import { hashPassword, verifyPassword } from './password.ts';
import type { Role } from './roles.ts';

export const SESSION_COOKIE = 'oc_session';
const SESSION_TTL_MS = 12 * 3600 * 1000;

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
}

export interface SessionInfo {
  user: StaffUser;
  csrfToken: string;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createStaffUser(
  db: Db,
  input: { username: string; displayName: string; password: string; roles: Role[] },
): Promise<{ ok: true; id: number } | { ok: false; reason: 'username-taken' }> {
  const passwordHash = await hashPassword(input.password);
  const rows = await db
    .insert(staffUsers)
    .values({ username: input.username, displayName: input.displayName, passwordHash, roles: input.roles })
    .onConflictDoNothing({ target: staffUsers.username })
    .returning({ id: staffUsers.id });
  return rows[0] ? { ok: true, id: rows[0].id } : { ok: false, reason: 'username-taken' };
}

// Used when the username is unknown, so a sign-in takes the same time either way.
let dummyHash: Promise<string> | null = null;

export async function signIn(
  db: Db,
  username: string,
  password: string,
  now: Date,
): Promise<{ ok: true; token: string; user: StaffUser } | { ok: false; reason: 'bad-credentials' }> {
  const [user] = await db.select().from(staffUsers).where(eq(staffUsers.username, username));
  if (!user || !user.active) {
    dummyHash ??= hashPassword('dummy-password-for-timing');
    await verifyPassword(password, await dummyHash);
    return { ok: false, reason: 'bad-credentials' };
  }
  if (!(await verifyPassword(password, user.passwordHash))) return { ok: false, reason: 'bad-credentials' };
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  });
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  const staff = { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles };
  await recordAudit(db, staff, 'auth.sign-in', 'staff_user', String(user.id));
  return { ok: true, token, user: staff };
}

export async function findSession(db: Db, token: string, now: Date): Promise<SessionInfo | null> {
  const rows = await db
    .select({
      csrfToken: sessions.csrfToken,
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      roles: staffUsers.roles,
      active: staffUsers.active,
    })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, now)));
  const row = rows[0];
  if (!row || !row.active) return null;
  return {
    csrfToken: row.csrfToken,
    user: { id: row.id, username: row.username, displayName: row.displayName, roles: row.roles },
  };
}

export async function signOut(db: Db, token: string, user: StaffUser): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
  await recordAudit(db, user, 'auth.sign-out', 'staff_user', String(user.id));
}

export async function recordAudit(
  db: Pick<Db, 'insert'>,
  actor: StaffUser | null,
  action: string,
  targetType: string,
  targetId: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db.insert(auditEvents).values({
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? 'system',
    action,
    targetType,
    targetId,
    detail,
  });
}

export async function listAudit(db: Db, limit = 200) {
  return db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(limit);
}
