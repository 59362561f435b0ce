/** Staff accounts, sessions and the audit trail in the database. */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, sessions, staffUsers } from '../db/schema.ts';
import { hashPassword, type Pepper } from './password.ts';
import type { Role } from './roles.ts';

export const SESSION_TTL_MS = 12 * 3600 * 1000;
/** How long a right password waits for its second factor. */
export const PENDING_TTL_MS = 5 * 60 * 1000;
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  roles: string[];
}

export interface SessionInfo {
  user: StaffUser & { totpEnabled: boolean };
  csrfToken: string;
  /** sha256 of the cookie's token: names this session on the sessions page. */
  sessionId: string;
}

/** Where a session was opened from; shown to its owner only. */
export interface ClientInfo {
  userAgent: string;
  address: string;
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createStaffUser(
  db: Db,
  input: {
    username: string;
    displayName: string;
    password: string;
    roles: Role[];
    pepper?: Pepper;
  },
): Promise<{ ok: true; id: number } | { ok: false; reason: 'username-taken' }> {
  const passwordHash = await hashPassword(input.password, input.pepper ?? null);
  const rows = await db
    .insert(staffUsers)
    .values({
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
    })
    .onConflictDoNothing({ target: staffUsers.username })
    .returning({ id: staffUsers.id });
  return rows[0] ? { ok: true, id: rows[0].id } : { ok: false, reason: 'username-taken' };
}

/** Stores a new session and returns its token (the cookie's value; only its hash is stored). */
export async function openSession(
  db: Db,
  userId: number,
  now: Date,
  client: ClientInfo,
  pendingSecondFactor: boolean,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    userId,
    csrfToken: randomBytes(24).toString('base64url'),
    expiresAt: new Date(now.getTime() + (pendingSecondFactor ? PENDING_TTL_MS : SESSION_TTL_MS)),
    lastSeenAt: now,
    userAgent: client.userAgent.slice(0, 300),
    address: client.address.slice(0, 64),
    pendingSecondFactor,
  });
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return token;
}

/** A signed-in session (never one still waiting for its second factor); notes when it was last seen. */
export async function findSession(db: Db, token: string, now: Date): Promise<SessionInfo | null> {
  const hash = tokenHash(token);
  const rows = await db
    .select({
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      id: staffUsers.id,
      username: staffUsers.username,
      displayName: staffUsers.displayName,
      roles: staffUsers.roles,
      active: staffUsers.active,
      totpSecret: staffUsers.totpSecret,
    })
    .from(sessions)
    .innerJoin(staffUsers, eq(staffUsers.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hash),
        gt(sessions.expiresAt, now),
        eq(sessions.pendingSecondFactor, false),
      ),
    );
  const row = rows[0];
  if (!row || !row.active) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
  }
  return {
    csrfToken: row.csrfToken,
    sessionId: hash,
    user: {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      roles: row.roles,
      totpEnabled: row.totpSecret !== null,
    },
  };
}

export async function signOut(db: Db, token: string, user: StaffUser): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
  await recordAudit(db, user, 'auth.sign-out', 'staff_user', String(user.id));
}

/** The owner's signed-in sessions, most recently seen first. */
export async function listSessions(db: Db, userId: number, now: Date) {
  return db
    .select({
      sessionId: sessions.tokenHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
      address: sessions.address,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        gt(sessions.expiresAt, now),
        eq(sessions.pendingSecondFactor, false),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of the user's own sessions; false when it is not theirs or already gone. */
export async function revokeSession(db: Db, user: StaffUser, sessionId: string): Promise<boolean> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), eq(sessions.tokenHash, sessionId)))
    .returning({ id: sessions.tokenHash });
  if (gone.length > 0)
    await recordAudit(db, user, 'auth.session-revoke', 'staff_user', String(user.id), {
      sessions: 1,
    });
  return gone.length > 0;
}

/**
 * Ends every session of the user except `keepSessionId`, those still waiting for a second
 * factor included; returns how many signed-in sessions ended (the ones the owner can see).
 */
export async function revokeOtherSessions(
  db: Pick<Db, 'delete' | 'insert'>,
  user: StaffUser,
  keepSessionId: string,
  audit = true,
): Promise<number> {
  const gone = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, keepSessionId)))
    .returning({ pending: sessions.pendingSecondFactor });
  const ended = gone.filter((s) => !s.pending).length;
  if (audit)
    await recordAudit(db, user, 'auth.session-revoke', 'staff_user', String(user.id), {
      sessions: ended,
      others: true,
    });
  return ended;
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
