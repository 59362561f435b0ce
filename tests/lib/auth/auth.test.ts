import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  can,
  createStaffUser,
  findSession,
  hashPassword,
  listAudit,
  signIn,
  signOut,
  verifyPassword,
} from '../../../src/lib/auth/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterz', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords give different hashes', async () => {
    expect(await hashPassword('same password!')).not.toBe(await hashPassword('same password!'));
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('roles', () => {
  it('grants personal data to advisors but not to contact-point clerks', () => {
    expect(can(['advisor'], 'comments:personal-data')).toBe(true);
    expect(can(['clerk'], 'comments:personal-data')).toBe(false);
    expect(can(['clerk'], 'comments:read')).toBe(true);
  });
  it('keeps the audit trail to admins', () => {
    expect(can(['committee', 'advisor', 'moderator', 'clerk'], 'audit:read')).toBe(false);
    expect(can(['admin'], 'audit:read')).toBe(true);
  });
});

describe('accounts and sessions in the database', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('signs in with the right password, finds the session, signs out', async () => {
    const created = await createStaffUser(db.db, {
      username: 'wang',
      displayName: '王法工',
      password: 'a long password',
      roles: ['advisor'],
    });
    expect(created.ok).toBe(true);
    const now = new Date('2026-11-28T10:00:00Z');
    const result = await signIn(db.db, 'wang', 'a long password', now);
    if (!result.ok) throw new Error('sign-in failed');
    const session = await findSession(db.db, result.token, now);
    expect(session?.user.username).toBe('wang');
    expect(session?.csrfToken.length).toBeGreaterThan(20);
    // The token itself is never stored, only its hash.
    const stored = await db.db.select().from(schema.sessions);
    expect(stored.some((s) => s.tokenHash === result.token)).toBe(false);
    await signOut(db.db, result.token, session!.user);
    expect(await findSession(db.db, result.token, now)).toBeNull();
    const actions = (await listAudit(db.db)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.sign-in', 'auth.sign-out']));
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const now = new Date();
    expect(await signIn(db.db, 'wang', 'wrong password', now)).toEqual({
      ok: false,
      reason: 'bad-credentials',
    });
    expect(await signIn(db.db, 'nobody', 'a long password', now)).toEqual({
      ok: false,
      reason: 'bad-credentials',
    });
  });

  it('expires sessions', async () => {
    const result = await signIn(db.db, 'wang', 'a long password', new Date('2026-01-01T00:00:00Z'));
    if (!result.ok) throw new Error('sign-in failed');
    expect(await findSession(db.db, result.token, new Date('2026-01-02T00:00:00Z'))).toBeNull();
  });

  it('refuses a second account with the same username', async () => {
    const again = await createStaffUser(db.db, {
      username: 'wang',
      displayName: 'x',
      password: 'another password',
      roles: ['clerk'],
    });
    expect(again).toEqual({ ok: false, reason: 'username-taken' });
  });

  it('ends the sessions of a deactivated account', async () => {
    const result = await signIn(db.db, 'wang', 'a long password', new Date());
    if (!result.ok) throw new Error('sign-in failed');
    await db.db
      .update(schema.staffUsers)
      .set({ active: false })
      .where(eq(schema.staffUsers.username, 'wang'));
    expect(await findSession(db.db, result.token, new Date())).toBeNull();
  });
});
