/**
 * Password hashing with scrypt (memory-hard, built into Node): N=2^15, r=8, p=1 uses 32 MiB
 * per hash. Stored as `scrypt$N$r$p$salt$hash` so parameters can be raised later.
 *
 * With a pepper (OPENCLAUSE_PASSWORD_PEPPER, a secret kept outside the database; ASVS 2.4.5)
 * the scrypt key goes through one more step, HMAC-SHA-256 keyed with the pepper, and is stored
 * as `scrypt-hmac$N$r$p$salt$hash`: a copy of the database alone no longer lets anyone test
 * guesses offline. Hashes stored before a pepper was set still verify and are replaced at the
 * next successful sign-in (`needsRehash`).
 */
import { createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

/** The pepper, or null where none is configured. */
export type Pepper = string | null;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N: n, r, p, maxmem: MAX_MEM },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

const peppered = (key: Buffer, pepper: string) => createHmac('sha256', pepper).update(key).digest();

export async function hashPassword(password: string, pepper: Pepper = null): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, R, P);
  const scheme = pepper ? 'scrypt-hmac' : 'scrypt';
  return [
    scheme,
    N,
    R,
    P,
    salt.toString('base64url'),
    (pepper ? peppered(key, pepper) : key).toString('base64url'),
  ].join('$');
}

/** True when `password` is the one `stored` was made from (a peppered hash needs the same pepper). */
export async function verifyPassword(
  password: string,
  stored: string,
  pepper: Pepper = null,
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if ((scheme !== 'scrypt' && scheme !== 'scrypt-hmac') || !salt || !hash) return false;
  if (scheme === 'scrypt-hmac' && !pepper) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
  );
  const actual = scheme === 'scrypt-hmac' ? peppered(key, pepper!) : key;
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A stored hash made without the pepper now configured (or with older parameters): replace it after a successful sign-in. */
export function needsRehash(stored: string, pepper: Pepper): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return (
    scheme !== (pepper ? 'scrypt-hmac' : 'scrypt') ||
    Number(n) !== N ||
    Number(r) !== R ||
    Number(p) !== P
  );
}
