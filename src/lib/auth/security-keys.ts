/**
 * Security keys and passkeys (WebAuthn) as a second factor beside TOTP (ASVS 2.3.2), checked
 * by @simplewebauthn/server. An account registers keys once TOTP is on, so the recovery codes
 * and the administrator's reset keep covering every second factor.
 *
 * Challenges live in the database (security_key_challenges), not in a process, so that any app
 * process can check an answer. Each is bound to the session that asked for it and to its
 * purpose, expires after CHALLENGE_TTL_MS, and is deleted by the first answer that names it,
 * before that answer is checked: a challenge is never accepted twice, even after a failure.
 * The signature counter is stored and advanced by compare-and-set, so a cloned key or two
 * parallel uses of one assertion cannot both pass.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { securityKeyChallenges, securityKeys, sessions, staffUsers } from '../db/schema.ts';
import { recordAudit, tokenHash, type StaffUser } from './repository.ts';

/** How long a challenge waits for its answer (the browser's own timeout is a little shorter). */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const BROWSER_TIMEOUT_MS = 4 * 60 * 1000;
export const MAX_KEYS_PER_ACCOUNT = 10;
export const MAX_KEY_NAME_LENGTH = 60;
/** A posted answer longer than this is refused unread (real ones are 1-3 KB). */
export const MAX_RESPONSE_LENGTH = 16_000;

/** Who the keys are registered with: the site's host name and origin, from OPENCLAUSE_PUBLIC_URL. */
export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

/** @example relyingPartyOf('https://yijian.example.gov.cn/app') → { id: 'yijian.example.gov.cn', origin: 'https://yijian.example.gov.cn', … } */
export function relyingPartyOf(publicUrl: string, name = 'OpenClause'): RelyingParty {
  const url = new URL(publicUrl);
  return { id: url.hostname, name, origin: url.origin };
}

export type Purpose = 'register' | 'sign-in';

export interface SecurityKeySummary {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function listSecurityKeys(db: Db, userId: number): Promise<SecurityKeySummary[]> {
  return db
    .select({
      id: securityKeys.id,
      name: securityKeys.name,
      createdAt: securityKeys.createdAt,
      lastUsedAt: securityKeys.lastUsedAt,
    })
    .from(securityKeys)
    .where(eq(securityKeys.userId, userId))
    .orderBy(asc(securityKeys.id));
}

/** The user handle the keys store: a number, no name or e-mail address. */
const userHandle = (userId: number) => new TextEncoder().encode(`staff-${userId}`);

/** Options for navigator.credentials.create(), with a new challenge stored for `sessionId`. */
export async function beginKeyRegistration(
  db: Db,
  user: StaffUser,
  sessionId: string,
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db
    .select({ credentialId: securityKeys.credentialId, transports: securityKeys.transports })
    .from(securityKeys)
    .where(eq(securityKeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.username,
    userDisplayName: user.displayName,
    userID: userHandle(user.id),
    timeout: BROWSER_TIMEOUT_MS,
    attestationType: 'none',
    excludeCredentials: existing.map((k) => ({
      id: k.credentialId,
      transports: k.transports as AuthenticatorTransport[],
    })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  await storeChallenge(db, options.challenge, sessionId, 'register', now);
  return options;
}

export type KeyRegistrationResult =
  | { ok: true; id: number }
  | {
      ok: false;
      reason:
        | 'totp-required'
        | 'name-required'
        | 'no-response'
        | 'not-verified'
        | 'too-many'
        | 'already-registered';
    };

/** Checks the browser's answer to a registration challenge and stores the key under `name`. */
export async function finishKeyRegistration(
  db: Db,
  user: StaffUser,
  sessionId: string,
  rp: RelyingParty,
  input: { name: string; response: string },
  now: Date,
): Promise<KeyRegistrationResult> {
  const [owner] = await db
    .select({ totpSecret: staffUsers.totpSecret })
    .from(staffUsers)
    .where(eq(staffUsers.id, user.id));
  if (!owner?.totpSecret) return { ok: false, reason: 'totp-required' };
  const name = input.name.trim().slice(0, MAX_KEY_NAME_LENGTH);
  if (!name) return { ok: false, reason: 'name-required' };
  const response = parseResponse<RegistrationResponseJSON>(input.response);
  if (!response) return { ok: false, reason: 'no-response' };
  const challenge = await takeChallenge(db, response, sessionId, 'register', now);
  if (!challenge) return { ok: false, reason: 'not-verified' };
  const [{ keys } = { keys: 0 }] = await db
    .select({ keys: count() })
    .from(securityKeys)
    .where(eq(securityKeys.userId, user.id));
  if (keys >= MAX_KEYS_PER_ACCOUNT) return { ok: false, reason: 'too-many' };
  const verified = await settle(() =>
    verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: false,
    }),
  );
  if (!verified?.verified) return { ok: false, reason: 'not-verified' };
  const { credential } = verified.registrationInfo;
  const [stored] = await db
    .insert(securityKeys)
    .values({
      userId: user.id,
      credentialId: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    })
    .onConflictDoNothing({ target: securityKeys.credentialId })
    .returning({ id: securityKeys.id });
  if (!stored) return { ok: false, reason: 'already-registered' };
  await recordAudit(db, user, 'auth.security-key-add', 'staff_user', String(user.id), {
    key: stored.id,
    name,
  });
  return { ok: true, id: stored.id };
}

/** Removes one of the user's own keys; false when it is not theirs or already gone. */
export async function removeSecurityKey(db: Db, user: StaffUser, keyId: number): Promise<boolean> {
  const [gone] = await db
    .delete(securityKeys)
    .where(and(eq(securityKeys.id, keyId), eq(securityKeys.userId, user.id)))
    .returning({ name: securityKeys.name });
  if (!gone) return false;
  await recordAudit(db, user, 'auth.security-key-remove', 'staff_user', String(user.id), {
    key: keyId,
    name: gone.name,
  });
  return true;
}

/**
 * Options for navigator.credentials.get() at the second sign-in step, for the account whose
 * right password opened `pendingToken`; null when it has no key (or the session is gone).
 */
export async function beginKeySignIn(
  db: Db,
  pendingToken: string,
  rp: RelyingParty,
  now: Date,
): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const sessionId = tokenHash(pendingToken);
  const keys = await db
    .select({ credentialId: securityKeys.credentialId, transports: securityKeys.transports })
    .from(sessions)
    .innerJoin(securityKeys, eq(securityKeys.userId, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sessionId),
        eq(sessions.pendingSecondFactor, true),
        gt(sessions.expiresAt, now),
      ),
    );
  if (keys.length === 0) return null;
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    timeout: BROWSER_TIMEOUT_MS,
    userVerification: 'preferred',
    allowCredentials: keys.map((k) => ({
      id: k.credentialId,
      transports: k.transports as AuthenticatorTransport[],
    })),
  });
  await storeChallenge(db, options.challenge, sessionId, 'sign-in', now);
  return options;
}

/**
 * Checks an assertion (the browser's JSON answer) for `userId` against a challenge of the
 * pending session, and advances the key's counter. True when the key proved itself.
 */
export async function acceptKeyAssertion(
  db: Db,
  userId: number,
  sessionId: string,
  rp: RelyingParty,
  posted: string,
  now: Date,
): Promise<boolean> {
  const response = parseResponse<AuthenticationResponseJSON>(posted);
  if (!response) return false;
  const challenge = await takeChallenge(db, response, sessionId, 'sign-in', now);
  if (!challenge) return false;
  const [key] = await db
    .select()
    .from(securityKeys)
    .where(and(eq(securityKeys.credentialId, response.id), eq(securityKeys.userId, userId)));
  if (!key) return false;
  const verified = await settle(() =>
    verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: {
        id: key.credentialId,
        publicKey: new Uint8Array(key.publicKey),
        counter: key.counter,
        transports: key.transports,
      },
      requireUserVerification: false,
    }),
  );
  if (!verified?.verified) return false;
  // Only from the counter just checked: a parallel use of the same key loses here.
  const advanced = await db
    .update(securityKeys)
    .set({ counter: verified.authenticationInfo.newCounter, lastUsedAt: now })
    .where(and(eq(securityKeys.id, key.id), eq(securityKeys.counter, key.counter)))
    .returning({ id: securityKeys.id });
  return advanced.length > 0;
}

async function storeChallenge(
  db: Db,
  challenge: string,
  sessionId: string,
  purpose: Purpose,
  now: Date,
): Promise<void> {
  await db.insert(securityKeyChallenges).values({
    challenge,
    sessionId,
    purpose,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
  await db.delete(securityKeyChallenges).where(lt(securityKeyChallenges.expiresAt, now));
}

/**
 * Deletes the challenge the answer names, if it is this session's, of this purpose and still
 * valid, and returns it; null otherwise. Deleted first, so a second answer to it finds nothing.
 */
async function takeChallenge(
  db: Db,
  response: { response: { clientDataJSON: string } },
  sessionId: string,
  purpose: Purpose,
  now: Date,
): Promise<string | null> {
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge) return null;
  const [taken] = await db
    .delete(securityKeyChallenges)
    .where(
      and(
        eq(securityKeyChallenges.challenge, challenge),
        eq(securityKeyChallenges.sessionId, sessionId),
        eq(securityKeyChallenges.purpose, purpose),
        gt(securityKeyChallenges.expiresAt, now),
      ),
    )
    .returning({ challenge: securityKeyChallenges.challenge });
  return taken?.challenge ?? null;
}

/** The challenge inside clientDataJSON (base64url of a JSON object); null when unreadable. */
export function challengeOf(clientDataJSON: string): string | null {
  const parsed = parseJson(Buffer.from(clientDataJSON, 'base64url').toString('utf8'));
  const challenge = (parsed as { challenge?: unknown } | null)?.challenge;
  return typeof challenge === 'string' && challenge.length > 0 ? challenge : null;
}

/** The posted JSON answer when it has the shape every WebAuthn answer has; else null. */
function parseResponse<T extends { id: string; response: { clientDataJSON: string } }>(
  posted: string,
): T | null {
  if (!posted || posted.length > MAX_RESPONSE_LENGTH) return null;
  const parsed = parseJson(posted) as {
    id?: unknown;
    type?: unknown;
    response?: { clientDataJSON?: unknown };
  } | null;
  if (
    typeof parsed?.id !== 'string' ||
    parsed.type !== 'public-key' ||
    typeof parsed.response?.clientDataJSON !== 'string'
  )
    return null;
  return parsed as unknown as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Posted by the browser, so anything may come: unreadable is simply no answer.
    return null;
  }
}

/**
 * The library throws (rather than returns `verified: false`) for most bad answers: a wrong
 * origin, challenge or signature, a counter that went back. Every one of those is a refusal.
 */
async function settle<T>(verify: () => Promise<T>): Promise<T | null> {
  try {
    return await verify();
  } catch {
    return null;
  }
}
