import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  hotp,
  newTotpSecret,
  otpauthUri,
  totp,
  verifyTotp,
} from '../../../src/lib/auth/totp.ts';

// RFC 6238 appendix B: the seeds are ASCII "1234567890" repeated to the key length of each hash.
const SEED_SHA1 = Buffer.from('12345678901234567890');
const SEED_SHA256 = Buffer.from('12345678901234567890123456789012');
const SEED_SHA512 = Buffer.from('1234567890123456789012345678901234567890123456789012345678901234');
const VECTORS: [seconds: number, sha1: string, sha256: string, sha512: string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)(
    'gives the RFC 6238 codes at T=%i s for SHA-1, SHA-256 and SHA-512',
    (seconds, sha1, sha256, sha512) => {
      const ms = seconds * 1000;
      expect(totp(SEED_SHA1, ms, { digits: 8, algorithm: 'sha1' })).toBe(sha1);
      expect(totp(SEED_SHA256, ms, { digits: 8, algorithm: 'sha256' })).toBe(sha256);
      expect(totp(SEED_SHA512, ms, { digits: 8, algorithm: 'sha512' })).toBe(sha512);
    },
  );

  it('gives the RFC 4226 appendix D HOTP values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEED_SHA1, counter))).toEqual(expected);
  });

  it('round-trips base32 (RFC 4648 test vectors) and refuses characters outside the alphabet', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Encode(Buffer.from('f'))).toBe('MY');
    expect(base32Decode('mzxw 6ytb oi======')?.toString()).toBe('foobar');
    expect(base32Decode('MZXW1')).toBeNull();
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret)!)).toBe(secret);
  });

  it('accepts the current code and the steps either side, not two steps away', () => {
    const secret = base32Encode(SEED_SHA1);
    const now = 1111111111_000;
    const code = (offsetSteps: number) => totp(SEED_SHA1, now + offsetSteps * 30_000);
    expect(verifyTotp(secret, code(0), now, null)).toEqual({
      ok: true,
      step: Math.floor(now / 30_000),
    });
    expect(verifyTotp(secret, code(-1), now, null).ok).toBe(true);
    expect(verifyTotp(secret, code(1), now, null).ok).toBe(true);
    expect(verifyTotp(secret, code(-2), now, null).ok).toBe(false);
    expect(verifyTotp(secret, code(2), now, null).ok).toBe(false);
  });

  it('never accepts a code of a step already used (no replay)', () => {
    const secret = base32Encode(SEED_SHA1);
    const now = 1234567890_000;
    const first = verifyTotp(secret, totp(SEED_SHA1, now), now, null);
    if (!first.ok) throw new Error('first use refused');
    expect(verifyTotp(secret, totp(SEED_SHA1, now), now, first.step).ok).toBe(false);
    expect(verifyTotp(secret, totp(SEED_SHA1, now + 30_000), now, first.step).ok).toBe(true);
  });

  it('refuses malformed codes', () => {
    const secret = base32Encode(SEED_SHA1);
    expect(verifyTotp(secret, '12345', 0, null).ok).toBe(false);
    expect(verifyTotp(secret, 'abcdef', 0, null).ok).toBe(false);
    expect(verifyTotp('not base32!', '123456', 0, null).ok).toBe(false);
  });

  it('writes the otpauth URI that authenticator apps read', () => {
    expect(otpauthUri('OpenClause', 'wang li', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/OpenClause:wang%20li?secret=JBSWY3DPEHPK3PXP&issuer=OpenClause&algorithm=SHA1&digits=6&period=30',
    );
  });
});
