/**
 * Recovery codes for a lost authenticator: ten single-use codes of 20 base32 characters
 * (100 bits), each stored only as `salt$sha256(salt, code)` with a 64-bit random salt (ASVS
 * 2.6.2: below 112 bits a lookup secret must be salted and hashed). A code is shown once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Encode } from './totp.ts';

export const RECOVERY_CODE_COUNT = 10;

/** @example 'ABCDE-FGHIJ-KLMNO-PQRST' */
export function newRecoveryCode(): string {
  return base32Encode(randomBytes(13)).slice(0, 20).match(/.{5}/g)!.join('-');
}

export function normaliseRecoveryCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[A-Z2-7]{20}$/.test(normaliseRecoveryCode(input));
}

function digest(salt: string, code: string): Buffer {
  return createHash('sha256')
    .update(`${salt}:${normaliseRecoveryCode(code)}`)
    .digest();
}

export function hashRecoveryCode(code: string): string {
  const salt = randomBytes(8).toString('base64url');
  return `${salt}$${digest(salt, code).toString('base64url')}`;
}

/** The index of the stored hash that `code` matches, or -1. */
export function matchRecoveryCode(code: string, stored: readonly string[]): number {
  return stored.findIndex((entry) => {
    const [salt, hash] = entry.split('$');
    if (!salt || !hash) return false;
    const expected = Buffer.from(hash, 'base64url');
    const actual = digest(salt, code);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  });
}
