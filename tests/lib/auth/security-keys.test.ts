/**
 * Security keys (WebAuthn) as a second factor on a real migrated database, with a software
 * authenticator (tests/helpers/software-authenticator.ts): registration, sign-in, single-use
 * expiring challenges bound to a session, the signature counter, the throttle, removal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  beginKeyRegistration,
  beginKeySignIn,
  completeSecondFactorWithKey,
  createStaffUser,
  enrolTotp,
  finishKeyRegistration,
  listAudit,
  listSecurityKeys,
  relyingPartyOf,
  removeSecurityKey,
  resetTotp,
  signIn,
  type StaffUser,
} from '../../../src/lib/auth/index.ts';
import { openSession, tokenHash } from '../../../src/lib/auth/repository.ts';
import { CHALLENGE_TTL_MS, challengeOf } from '../../../src/lib/auth/security-keys.ts';
import { base32Decode, newTotpSecret, totp } from '../../../src/lib/auth/totp.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';
import { SoftwareKey } from '../../helpers/software-authenticator.ts';

const PASSWORD = 'river stone lantern 42';
const SLOW = 240_000;
const rp = relyingPartyOf('https://yijian.example.gov.cn/app');
const where = { origin: rp.origin, rpId: rp.id };
const client = { userAgent: 'test', address: '203.0.113.9' };
let db: TestDb;

async function account(username: string, withTotp = true): Promise<StaffUser> {
  const created = await createStaffUser(db.db, {
    username,
    displayName: username,
    password: PASSWORD,
    roles: ['advisor'],
  });
  if (!created.ok) throw new Error('not created');
  const user = { id: created.id, username, displayName: username, roles: ['advisor'] };
  if (withTotp) {
    const secret = newTotpSecret();
    const now = new Date();
    await enrolTotp(db.db, user, secret, totp(base32Decode(secret)!, now.getTime()), now);
  }
  return user;
}

/** A signed-in session's id (the sha256 of its token), as the account page has it. */
async function session(user: StaffUser, now = new Date()): Promise<string> {
  return tokenHash(await openSession(db.db, user.id, now, client, false));
}

async function registered(user: StaffUser, name = 'YubiKey'): Promise<SoftwareKey> {
  const key = new SoftwareKey(where);
  const sessionId = await session(user);
  const options = await beginKeyRegistration(db.db, user, sessionId, rp, new Date());
  const response = JSON.stringify(key.register(options.challenge));
  const done = await finishKeyRegistration(
    db.db,
    user,
    sessionId,
    rp,
    { name, response },
    new Date(),
  );
  expect(done).toMatchObject({ ok: true });
  return key;
}

async function pendingSignIn(username: string, now = new Date()): Promise<string> {
  const result = await signIn(db.db, username, PASSWORD, now, client);
  if (!result.ok || result.secondFactor !== 'required') throw new Error('no second step');
  return result.token;
}

beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(async () => {
  await db?.cleanup();
});

describe('the relying party', () => {
  it('is the public URL’s host name and origin', () => {
    expect(rp).toEqual({
      id: 'yijian.example.gov.cn',
      name: 'OpenClause',
      origin: 'https://yijian.example.gov.cn',
    });
  });
});

describe('registering a security key', { timeout: SLOW }, () => {
  it('stores a key whose attestation checks out, under its name, and audits it', async () => {
    const user = await account('key-owner');
    await registered(user, '钥匙串上的密钥');
    expect((await listSecurityKeys(db.db, user.id)).map((k) => k.name)).toEqual(['钥匙串上的密钥']);
    const added = (await listAudit(db.db)).find(
      (e) => e.action === 'auth.security-key-add' && e.targetId === String(user.id),
    );
    expect(added?.detail).toMatchObject({ name: '钥匙串上的密钥' });
  });

  it('is refused before TOTP is on, so recovery codes cover every second factor', async () => {
    const user = await account('no-totp', false);
    const sessionId = await session(user);
    const options = await beginKeyRegistration(db.db, user, sessionId, rp, new Date());
    const response = JSON.stringify(new SoftwareKey(where).register(options.challenge));
    expect(
      await finishKeyRegistration(db.db, user, sessionId, rp, { name: 'k', response }, new Date()),
    ).toEqual({ ok: false, reason: 'totp-required' });
  });

  it('takes each challenge once: the same answer sent again is refused', async () => {
    const user = await account('replayer');
    const sessionId = await session(user);
    const options = await beginKeyRegistration(db.db, user, sessionId, rp, new Date());
    const response = JSON.stringify(new SoftwareKey(where).register(options.challenge));
    const input = { name: 'k', response };
    expect(
      await finishKeyRegistration(db.db, user, sessionId, rp, input, new Date()),
    ).toMatchObject({ ok: true });
    expect(await finishKeyRegistration(db.db, user, sessionId, rp, input, new Date())).toEqual({
      ok: false,
      reason: 'not-verified',
    });
  });

  it('refuses an answer for another origin, another session, or after the challenge expired', async () => {
    const user = await account('strict');
    const sessionId = await session(user);
    const key = new SoftwareKey(where);
    const attempt = async (
      override: { origin?: string; rpId?: string },
      answerFrom = sessionId,
      at = new Date(),
    ) => {
      const options = await beginKeyRegistration(db.db, user, sessionId, rp, new Date());
      const response = JSON.stringify(key.register(options.challenge, override));
      return finishKeyRegistration(db.db, user, answerFrom, rp, { name: 'k', response }, at);
    };
    const refused = { ok: false, reason: 'not-verified' };
    expect(await attempt({ origin: 'https://evil.example' })).toEqual(refused);
    expect(await attempt({ rpId: 'evil.example' })).toEqual(refused);
    expect(await attempt({}, await session(user))).toEqual(refused);
    expect(await attempt({}, sessionId, new Date(Date.now() + CHALLENGE_TTL_MS + 1000))).toEqual(
      refused,
    );
    expect(await listSecurityKeys(db.db, user.id)).toEqual([]);
    // The same key with none of those faults is taken.
    expect(await attempt({})).toMatchObject({ ok: true });
  });

  it('refuses an empty answer (no WebAuthn in the browser) and a missing name', async () => {
    const user = await account('nameless');
    const sessionId = await session(user);
    const options = await beginKeyRegistration(db.db, user, sessionId, rp, new Date());
    const response = JSON.stringify(new SoftwareKey(where).register(options.challenge));
    const finish = (input: { name: string; response: string }) =>
      finishKeyRegistration(db.db, user, sessionId, rp, input, new Date());
    expect(await finish({ name: 'k', response: '' })).toEqual({ ok: false, reason: 'no-response' });
    expect(await finish({ name: 'k', response: '{"id":' })).toEqual({
      ok: false,
      reason: 'no-response',
    });
    expect(await finish({ name: '  ', response })).toEqual({ ok: false, reason: 'name-required' });
  });

  it('reads the challenge out of clientDataJSON', () => {
    const data = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: 'abc' }));
    expect(challengeOf(data.toString('base64url'))).toBe('abc');
    expect(challengeOf('not json')).toBeNull();
  });
});

describe('signing in with a security key', { timeout: SLOW }, () => {
  it('offers the account’s keys and completes the second step, audited as a security key', async () => {
    const user = await account('key-sign-in');
    const key = await registered(user);
    const pending = await pendingSignIn('key-sign-in');
    const options = await beginKeySignIn(db.db, pending, rp, new Date());
    expect(options?.allowCredentials?.map((c) => c.id)).toEqual([key.id]);
    const assertion = JSON.stringify(key.assert(options!.challenge));
    const result = await completeSecondFactorWithKey(
      db.db,
      pending,
      assertion,
      rp,
      new Date(),
      client,
    );
    expect(result).toMatchObject({ ok: true, usedRecoveryCode: false });
    const signedIn = (await listAudit(db.db)).find(
      (e) => e.action === 'auth.sign-in' && e.targetId === String(user.id),
    );
    expect(signedIn?.detail).toEqual({ secondFactor: 'security-key' });
    expect((await listSecurityKeys(db.db, user.id))[0]?.lastUsedAt).not.toBeNull();
  });

  it('offers nothing to an account without a key', async () => {
    await account('code-only');
    expect(
      await beginKeySignIn(db.db, await pendingSignIn('code-only'), rp, new Date()),
    ).toBeNull();
  });

  it('refuses a replayed assertion and a counter that did not move on', async () => {
    const user = await account('cloned');
    const key = await registered(user);
    const first = await pendingSignIn('cloned');
    const options = await beginKeySignIn(db.db, first, rp, new Date());
    const assertion = JSON.stringify(key.assert(options!.challenge, { step: 5 }));
    expect(
      await completeSecondFactorWithKey(db.db, first, assertion, rp, new Date(), client),
    ).toMatchObject({ ok: true });
    // The same answer in a new sign-in: its challenge was taken.
    const second = await pendingSignIn('cloned');
    await beginKeySignIn(db.db, second, rp, new Date());
    expect(
      await completeSecondFactorWithKey(db.db, second, assertion, rp, new Date(), client),
    ).toEqual({ ok: false, reason: 'bad-code' });
    // A fresh challenge answered by a copy of the key whose counter is behind (a clone).
    const again = await beginKeySignIn(db.db, second, rp, new Date());
    key.counter = 2;
    const behind = JSON.stringify(key.assert(again!.challenge, { step: 1 }));
    expect(
      await completeSecondFactorWithKey(db.db, second, behind, rp, new Date(), client),
    ).toEqual({ ok: false, reason: 'bad-code' });
  });

  it('refuses another account’s key', async () => {
    await account('victim');
    const stranger = await account('stranger');
    const strangersKey = await registered(stranger);
    const victimKey = new SoftwareKey(where);
    const pending = await pendingSignIn('victim');
    // The victim has no key, so no challenge is offered; make one by the stranger's own path.
    expect(await beginKeySignIn(db.db, pending, rp, new Date())).toBeNull();
    const theirs = await pendingSignIn('stranger');
    const options = await beginKeySignIn(db.db, theirs, rp, new Date());
    const assertion = JSON.stringify(strangersKey.assert(options!.challenge));
    expect(
      await completeSecondFactorWithKey(db.db, pending, assertion, rp, new Date(), client),
    ).toEqual({ ok: false, reason: 'bad-code' });
    expect(victimKey.id).not.toBe(strangersKey.id);
  });

  it('counts failed assertions in the sign-in throttle until the account is locked', async () => {
    const user = await account('hammered');
    const key = await registered(user);
    const pending = await pendingSignIn('hammered');
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(
        await completeSecondFactorWithKey(db.db, pending, '{"bad":1}', rp, new Date(), client),
      );
    expect(results.at(-1)).toMatchObject({ ok: false, reason: 'locked' });
    // While locked, even the right key is refused.
    const options = await beginKeySignIn(db.db, pending, rp, new Date());
    const good = JSON.stringify(key.assert(options!.challenge));
    expect(
      await completeSecondFactorWithKey(db.db, pending, good, rp, new Date(), client),
    ).toMatchObject({ ok: false, reason: 'locked' });
    const failures = (await listAudit(db.db)).filter(
      (e) => e.action === 'auth.sign-in-failed' && e.targetId === String(user.id),
    );
    expect(failures.length).toBeGreaterThanOrEqual(6);
  });
});

describe('removing a security key', { timeout: SLOW }, () => {
  it('removes only the owner’s own key, audited; the administrator’s reset removes them all', async () => {
    const owner = await account('remover');
    const other = await account('bystander');
    await registered(owner, 'first');
    await registered(owner, 'second');
    const [first] = await listSecurityKeys(db.db, owner.id);
    expect(await removeSecurityKey(db.db, other, first!.id)).toBe(false);
    expect(await removeSecurityKey(db.db, owner, first!.id)).toBe(true);
    expect((await listSecurityKeys(db.db, owner.id)).map((k) => k.name)).toEqual(['second']);
    expect(
      (await listAudit(db.db)).some(
        (e) => e.action === 'auth.security-key-remove' && e.detail['name'] === 'first',
      ),
    ).toBe(true);
    expect(await resetTotp(db.db, 'remover')).toBe(true);
    expect(await listSecurityKeys(db.db, owner.id)).toEqual([]);
  });
});
