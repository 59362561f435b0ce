/**
 * Staff accounts to ASVS level 2 on a real migrated database: failed sign-ins audited and
 * throttled per account, the TOTP second step, recovery codes, password change, sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import {
  changePassword,
  completeSecondFactor,
  createStaffUser,
  enrolTotp,
  findSession,
  listAudit,
  listSessions,
  recoveryCodesLeft,
  resetTotp,
  revokeOtherSessions,
  revokeSession,
  signIn,
  type StaffUser,
} from '../../../src/lib/auth/index.ts';
import { base32Decode, newTotpSecret, totp } from '../../../src/lib/auth/totp.ts';
import { schema } from '../../../src/lib/db/index.ts';
import {
  claimSignInFromAddress,
  refundSignInFromAddress,
} from '../../../src/lib/web/sign-in-limit.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';

const PASSWORD = 'river stone lantern 42';
// Each sign-in that checks a password costs one scrypt (32 MiB, about 0.1 s alone, seconds on a
// busy shared machine): generous timeouts, no timing assertions.
const SLOW = 240_000;
const client = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chromium/140',
  address: '203.0.113.7',
};
let db: TestDb;
const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

async function account(username: string): Promise<StaffUser> {
  const created = await createStaffUser(db.db, {
    username,
    displayName: username,
    password: PASSWORD,
    roles: ['advisor'],
  });
  if (!created.ok) throw new Error('not created');
  return { id: created.id, username, displayName: username, roles: ['advisor'] };
}

async function signedIn(username: string, now: Date, from = client) {
  const result = await signIn(db.db, username, PASSWORD, now, from);
  if (!result.ok || result.secondFactor !== 'none')
    throw new Error(`sign-in of ${username} failed`);
  return (await findSession(db.db, result.token, now))!;
}

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('failed sign-ins', { timeout: SLOW }, () => {
  it('are written to the audit trail with the reason and the address, never the password', async () => {
    const user = await account('audit-me');
    await signIn(db.db, 'audit-me', 'wrong password here', new Date(), client);
    await signIn(db.db, 'no-such-person', 'my secret typed in the wrong box', new Date(), client);
    const failures = (await listAudit(db.db)).filter((e) => e.action === 'auth.sign-in-failed');
    expect(failures.find((e) => e.targetId === String(user.id))?.detail).toMatchObject({
      reason: 'bad-password',
      address: '203.0.113.7',
      username: 'audit-me',
    });
    const unknown = failures.find((e) => e.detail['reason'] === 'unknown-user');
    expect(unknown?.targetId).toBe('(no such account)');
    expect(JSON.stringify(failures)).not.toContain('wrong password here');
    expect(JSON.stringify(failures)).not.toContain('no-such-person');
  });

  it('lock the account after the fifth consecutive failure, for a minute, then longer', async () => {
    await account('target');
    const t0 = new Date('2026-12-01T09:00:00Z');
    for (let i = 0; i < 4; i++)
      expect((await signIn(db.db, 'target', `guess number ${i}`, t0)).ok).toBe(false);
    expect(await signIn(db.db, 'target', 'guess number 5', t0)).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 60,
    });
    // Even the right password is refused while locked, and the refusal is not counted.
    expect(await signIn(db.db, 'target', PASSWORD, minutes(t0, 0.5))).toMatchObject({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 30,
    });
    // After the minute, one more wrong guess locks it for two.
    expect(await signIn(db.db, 'target', 'guess number 6', minutes(t0, 1))).toEqual({
      ok: false,
      reason: 'locked',
      retryAfterSeconds: 120,
    });
    // The real owner gets in once the lock has passed, and the count starts again.
    const back = await signIn(db.db, 'target', PASSWORD, minutes(t0, 3));
    expect(back.ok).toBe(true);
    expect(await signIn(db.db, 'target', 'one slip', minutes(t0, 4))).toEqual({
      ok: false,
      reason: 'bad-credentials',
    });
  });

  it('cannot lock the owner out for more than 15 minutes past the attacker’s last try', async () => {
    await account('persistent');
    let now = new Date('2026-12-01T12:00:00Z');
    for (let i = 0; i < 20; i++) {
      const result = await signIn(db.db, 'persistent', `attacker ${i}`, now);
      if (!result.ok && result.reason === 'locked')
        expect(result.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      now = minutes(now, 1);
    }
    expect((await signIn(db.db, 'persistent', PASSWORD, minutes(now, 15))).ok).toBe(true);
  });

  it('counts parallel guesses one by one, so none gets past the lock', async () => {
    await account('parallel');
    const now = new Date('2026-12-01T15:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signIn(db.db, 'parallel', `parallel guess ${i}`, now)),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'bad-credentials')).toHaveLength(4);
    const [row] = await db.db
      .select()
      .from(schema.signInFailures)
      .where(eq(schema.signInFailures.username, 'parallel'));
    expect(row?.failures).toBe(5);
  });

  it('treat an unknown username the same way, so a lock tells nothing about an account', async () => {
    const now = new Date('2026-12-01T16:00:00Z');
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await signIn(db.db, 'ghost', `guess ${i}`, now));
    expect(results.at(-1)).toEqual({ ok: false, reason: 'locked', retryAfterSeconds: 60 });
  });
});

describe('the per-address limit', { timeout: SLOW }, () => {
  it('counts failures only: a success gives its hit back', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    for (let i = 0; i < 50; i++) {
      expect(await claimSignInFromAddress(db.db, 'office', 3, now)).toBe(true);
      await refundSignInFromAddress(db.db, 'office', now);
    }
    expect(await claimSignInFromAddress(db.db, 'office', 3, now)).toBe(true);
    expect(await claimSignInFromAddress(db.db, 'office', 3, now)).toBe(true);
    expect(await claimSignInFromAddress(db.db, 'office', 3, now)).toBe(true);
    expect(await claimSignInFromAddress(db.db, 'office', 3, now)).toBe(false);
  });
});

describe('second factor', { timeout: SLOW }, () => {
  it('asks for a code after the password, and opens a session with a new token only after it', async () => {
    const user = await account('two-step');
    const secret = newTotpSecret();
    const key = base32Decode(secret)!;
    const t0 = new Date('2026-12-02T08:00:00Z');
    expect((await enrolTotp(db.db, user, secret, '000000', t0)).ok).toBe(
      totp(key, t0.getTime()) === '000000',
    );
    const enrolled = await enrolTotp(db.db, user, secret, totp(key, t0.getTime()), t0);
    if (!enrolled.ok) throw new Error('enrolment refused');
    expect(enrolled.recoveryCodes).toHaveLength(10);

    const t1 = minutes(t0, 5);
    const first = await signIn(db.db, 'two-step', PASSWORD, t1, client);
    if (!first.ok) throw new Error('password refused');
    expect(first.secondFactor).toBe('required');
    // The pending session opens no staff page.
    expect(await findSession(db.db, first.token, t1)).toBeNull();
    expect(await completeSecondFactor(db.db, first.token, '12345x', t1)).toEqual({
      ok: false,
      reason: 'bad-code',
    });
    const done = await completeSecondFactor(
      db.db,
      first.token,
      totp(key, t1.getTime()),
      t1,
      client,
    );
    if (!done.ok) throw new Error('code refused');
    expect(done.token).not.toBe(first.token);
    expect((await findSession(db.db, done.token, t1))?.user.totpEnabled).toBe(true);
    // The pending token is spent.
    expect(await completeSecondFactor(db.db, first.token, totp(key, t1.getTime()), t1)).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('never accepts the same code twice', async () => {
    const user = await account('replay');
    const secret = newTotpSecret();
    const key = base32Decode(secret)!;
    const t0 = new Date('2026-12-02T09:00:00Z');
    await enrolTotp(db.db, user, secret, totp(key, t0.getTime()), t0);
    const t1 = minutes(t0, 2);
    const code = totp(key, t1.getTime());
    const a = await signIn(db.db, 'replay', PASSWORD, t1);
    const b = await signIn(db.db, 'replay', PASSWORD, t1);
    if (!a.ok || !b.ok) throw new Error('password refused');
    expect((await completeSecondFactor(db.db, a.token, code, t1)).ok).toBe(true);
    expect(await completeSecondFactor(db.db, b.token, code, t1)).toEqual({
      ok: false,
      reason: 'bad-code',
    });
  });

  it('takes each recovery code once, in place of a code, and stores them only hashed', async () => {
    const user = await account('lost-phone');
    const secret = newTotpSecret();
    const t0 = new Date('2026-12-02T10:00:00Z');
    const enrolled = await enrolTotp(
      db.db,
      user,
      secret,
      totp(base32Decode(secret)!, t0.getTime()),
      t0,
    );
    if (!enrolled.ok) throw new Error('enrolment refused');
    const [stored] = await db.db
      .select()
      .from(schema.staffUsers)
      .where(eq(schema.staffUsers.id, user.id));
    expect(stored!.recoveryCodeHashes.join()).not.toContain(
      enrolled.recoveryCodes[0]!.replace(/-/g, ''),
    );
    const code = enrolled.recoveryCodes[0]!.toLowerCase();
    const first = await signIn(db.db, 'lost-phone', PASSWORD, t0);
    if (!first.ok) throw new Error('password refused');
    expect(await completeSecondFactor(db.db, first.token, code, t0)).toMatchObject({
      ok: true,
      usedRecoveryCode: true,
    });
    expect(await recoveryCodesLeft(db.db, user.id)).toBe(9);
    const again = await signIn(db.db, 'lost-phone', PASSWORD, t0);
    if (!again.ok) throw new Error('password refused');
    expect(await completeSecondFactor(db.db, again.token, code, t0)).toEqual({
      ok: false,
      reason: 'bad-code',
    });
  });

  it('is throttled like the password: wrong codes lock the account', async () => {
    const user = await account('code-guess');
    const secret = newTotpSecret();
    const t0 = new Date('2026-12-02T11:00:00Z');
    await enrolTotp(db.db, user, secret, totp(base32Decode(secret)!, t0.getTime()), t0);
    const pending = await signIn(db.db, 'code-guess', PASSWORD, t0);
    if (!pending.ok) throw new Error('password refused');
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await completeSecondFactor(db.db, pending.token, '000000', t0));
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
    // Signing in with the password again does not reset the count.
    expect(await signIn(db.db, 'code-guess', PASSWORD, t0)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
  });

  it('can be removed by an administrator, after which the password alone signs in', async () => {
    const user = await account('reset-me');
    const secret = newTotpSecret();
    const t0 = new Date('2026-12-02T12:00:00Z');
    await enrolTotp(db.db, user, secret, totp(base32Decode(secret)!, t0.getTime()), t0);
    expect(await resetTotp(db.db, 'reset-me')).toBe(true);
    expect(await signIn(db.db, 'reset-me', PASSWORD, t0)).toMatchObject({
      ok: true,
      secondFactor: 'none',
    });
  });
});

describe('password change and sessions', { timeout: SLOW }, () => {
  it('needs the current password, applies the policy, and ends the other sessions', async () => {
    const user = await account('changer');
    const now = new Date('2026-12-03T08:00:00Z');
    const here = await signedIn('changer', now);
    const elsewhere = await signedIn('changer', now, {
      userAgent: 'Phone',
      address: '198.51.100.9',
    });
    const change = (current: string, next: string, confirm = next) =>
      changePassword(db.db, user, here.sessionId, { current, next, confirm }, now);
    expect(await change('not my password', 'a brand new pass phrase')).toEqual({
      ok: false,
      reason: 'wrong-current',
    });
    expect(await change(PASSWORD, 'short one')).toEqual({ ok: false, reason: 'too-short' });
    expect(await change(PASSWORD, 'qwerty123456')).toEqual({ ok: false, reason: 'common' });
    expect(await change(PASSWORD, 'a brand new pass phrase', 'a brand new pass phrasf')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(await change(PASSWORD, 'a brand new pass phrase')).toEqual({
      ok: true,
      otherSessionsEnded: 1,
    });
    expect(await findSession(db.db, 'x', now)).toBeNull();
    const sessions = await listSessions(db.db, user.id, now);
    expect(sessions.map((s) => s.sessionId)).toEqual([here.sessionId]);
    expect(elsewhere.sessionId).not.toBe(here.sessionId);
    expect((await signIn(db.db, 'changer', 'a brand new pass phrase', now)).ok).toBe(true);
    expect((await signIn(db.db, 'changer', PASSWORD, now)).ok).toBe(false);
    expect((await listAudit(db.db)).map((e) => e.action)).toContain('auth.password-change');
  });

  it('lists the owner’s sessions with browser and address, and revokes one or all others', async () => {
    const user = await account('many-devices');
    const other = await account('someone-else');
    const now = new Date('2026-12-03T09:00:00Z');
    const laptop = await signedIn('many-devices', now);
    const phone = await signedIn('many-devices', minutes(now, 1), {
      userAgent: 'Phone',
      address: '198.51.100.9',
    });
    const tablet = await signedIn('many-devices', minutes(now, 2), {
      userAgent: 'Tablet',
      address: '198.51.100.10',
    });
    const foreign = await signedIn('someone-else', now);
    const listed = await listSessions(db.db, user.id, minutes(now, 3));
    expect(listed).toHaveLength(3);
    expect(listed.find((s) => s.sessionId === phone.sessionId)).toMatchObject({
      userAgent: 'Phone',
      address: '198.51.100.9',
    });
    // Someone else's session cannot be revoked from this account.
    expect(await revokeSession(db.db, user, foreign.sessionId)).toBe(false);
    expect(await listSessions(db.db, other.id, now)).toHaveLength(1);
    expect(await revokeSession(db.db, user, phone.sessionId)).toBe(true);
    expect(
      (await listSessions(db.db, user.id, minutes(now, 3))).map((s) => s.sessionId).sort(),
    ).toEqual([laptop.sessionId, tablet.sessionId].sort());
    expect(await revokeOtherSessions(db.db, user, laptop.sessionId)).toBe(1);
    expect((await listSessions(db.db, user.id, minutes(now, 3))).map((s) => s.sessionId)).toEqual([
      laptop.sessionId,
    ]);
  });

  it('notes when a session was last seen, at most once a minute', async () => {
    const user = await account('seen');
    const now = new Date('2026-12-03T10:00:00Z');
    const result = await signIn(db.db, 'seen', PASSWORD, now);
    if (!result.ok) throw new Error('refused');
    await findSession(db.db, result.token, minutes(now, 0.5));
    expect((await listSessions(db.db, user.id, now))[0]!.lastSeenAt).toEqual(now);
    await findSession(db.db, result.token, minutes(now, 5));
    expect((await listSessions(db.db, user.id, now))[0]!.lastSeenAt).toEqual(minutes(now, 5));
  });
});
