/**
 * The password rule for staff accounts (ASVS 4.0.3 V2.1): at least 12 characters, at most
 * 128, any characters (no composition rules), and not a common password. "Common" means any
 * of the 49,000 passwords of the zxcvbn-ts common list (@zxcvbn-ts/language-common, collected
 * from breach corpora), compared case-insensitively, also after dropping trailing digits and
 * punctuation (`Password2024!!`) and when the password only repeats one of them or a short
 * run (`passwordpassword`, `abcabcabcabc`). Spaces count; nothing is trimmed.
 */
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-username';

let common: ReadonlySet<string> | null = null;
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** The shortest unit the text repeats, e.g. `abcabcabc` → `abc`; the text itself when none. */
function repeatedUnit(text: string): string {
  const match = /^(.+?)\1+$/u.exec(text);
  return match ? match[1]! : text;
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const stripped = lower.replace(/[\d\p{P}\p{S}\s]+$/u, '');
  const unit = repeatedUnit(lower);
  const set = commonPasswords();
  return (
    set.has(lower) ||
    (stripped.length > 0 && set.has(stripped)) ||
    set.has(unit) ||
    [...unit].length <= 3
  );
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username = ''): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'too-short';
  if (length > MAX_PASSWORD_LENGTH) return 'too-long';
  if (isCommonPassword(password)) return 'common';
  if (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return 'contains-username';
  return null;
}
