import { describe, expect, it } from 'vitest';
import { isCommonPassword, passwordProblem } from '../../../src/lib/auth/password-policy.ts';

describe('staff password policy (ASVS V2.1)', () => {
  it('needs 12 characters, counted as characters, not bytes', () => {
    expect(passwordProblem('eleven chrs')).toBe('too-short');
    expect(passwordProblem('twelve chars')).toBeNull();
    // Eleven Chinese characters are 33 UTF-8 bytes and still too short.
    expect(passwordProblem('临江市人大常委会法工委')).toBe('too-short');
    expect(passwordProblem('临江市人大常委会法制工作委员')).toBeNull();
  });

  it('allows 128 characters and refuses more', () => {
    expect(passwordProblem('a quiet river '.repeat(9).slice(0, 128))).toBeNull();
    expect(passwordProblem('x'.repeat(60) + 'a quiet river '.repeat(6))).toBe('too-long');
  });

  it('refuses common passwords of 12 characters or more, in any case', () => {
    expect(passwordProblem('1qaz2wsx3edc')).toBe('common');
    expect(passwordProblem('QWERTY123456')).toBe('common');
    expect(passwordProblem('leavemealone')).toBe('common');
  });

  it('refuses a common password padded with digits or punctuation, or repeated', () => {
    expect(passwordProblem('Password2024!!')).toBe('common');
    expect(passwordProblem('sunshine12345')).toBe('common');
    expect(passwordProblem('passwordpassword')).toBe('common');
    expect(passwordProblem('abcabcabcabc')).toBe('common');
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toBe('common');
  });

  it('accepts pass phrases, spaces included, and the test suites’ passwords', () => {
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
    for (const p of ['browser-test-password', 'fault-test-password', 'bench-password-not-secret-1'])
      expect(passwordProblem(p, 'admin1')).toBeNull();
  });

  it('refuses a password that contains the username', () => {
    expect(passwordProblem('wangfagong-2026-spring', 'WangFaGong')).toBe('contains-username');
  });
});
