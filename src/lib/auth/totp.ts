/**
 * Time-based one-time passwords (RFC 6238, built on HOTP of RFC 4226) with node:crypto, as the
 * authenticator apps expect them: a base32 secret, HMAC-SHA1, 6 digits, 30-second steps.
 * A code is accepted one step early or late (clock drift) and never twice: the caller keeps
 * the last accepted step and passes it back.
 */
import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface TotpOptions {
  digits?: number;
  stepSeconds?: number;
  algorithm?: TotpAlgorithm;
}

/** RFC 4648 base32 without padding. @example base32Encode(Buffer.from('foo')) === 'MZXW6' */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** Decodes base32 (case, spaces and padding ignored); null when a character is not base32. */
export function base32Decode(text: string): Buffer | null {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return null;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret of 160 bits (the size RFC 4226 recommends for HMAC-SHA1), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** HOTP (RFC 4226 section 5.3): dynamic truncation of HMAC(secret, counter). */
export function hotp(
  secret: Uint8Array,
  counter: number,
  digits = 6,
  algorithm: TotpAlgorithm = 'sha1',
): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function timeStep(timeMs: number, stepSeconds = 30): number {
  return Math.floor(timeMs / 1000 / stepSeconds);
}

/** The code for a moment. @example totp(secret, 59_000, { digits: 8 }) === '94287082' (RFC 6238 B) */
export function totp(secret: Uint8Array, timeMs: number, options: TotpOptions = {}): string {
  return hotp(secret, timeStep(timeMs, options.stepSeconds), options.digits, options.algorithm);
}

/**
 * Checks a 6-digit code against the steps just before, at and after `timeMs`, accepting only
 * a step later than `lastStep`. Returns the step matched, for the caller to store.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  timeMs: number,
  lastStep: number | null,
): { ok: true; step: number } | { ok: false } {
  const secret = base32Decode(secretBase32);
  const digits = code.replace(/\s/g, '');
  if (!secret || !/^\d{6}$/.test(digits)) return { ok: false };
  const now = timeStep(timeMs);
  for (const step of [now - 1, now, now + 1]) {
    if (lastStep !== null && step <= lastStep) continue;
    if (hotp(secret, step) === digits) return { ok: true, step };
  }
  return { ok: false };
}

/** The URI an authenticator app reads from the QR code (Key Uri Format of Google Authenticator). */
export function otpauthUri(issuer: string, account: string, secretBase32: string): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: '6',
    period: '30',
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
