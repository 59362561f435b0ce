/**
 * The password pepper (ASVS 2.4.5): a secret outside the database mixed into every hash, so a
 * stolen copy of the database alone cannot be used to test password guesses.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changePassword,
  createStaffUser,
  hashPassword,
  signIn,
  verifyPassword,
} from '../../../src/lib/auth/index.ts';
import { tokenHash } from '../../../src/lib/auth/repository.ts';
import { readConfig } from '../../../src/lib/config/index.ts';
import { schema } from '../../../src/lib/db/index.ts';
import { freshDatabase, type TestDb } from '../../helpers/db.ts';

const PEPPER = 'k3J9w2mQx8vT5rZ1pL7nB4cY6hF0dS2aG8eU';
const OTHER = 'zZ9yY8xX7wW6vV5uU4tT3sS2rR1qQ0pP9oO8';
const PASSWORD = 'a long enough passphrase';

describe('hashing with a pepper', () => {
  it('verifies only with the same pepper', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);
    expect(stored.startsWith('scrypt-hmac$')).toBe(true);
    expect(await verifyPassword(PASSWORD, stored, PEPPER)).toBe(true);
    expect(await verifyPassword(PASSWORD, stored, OTHER)).toBe(false);
    expect(await verifyPassword(PASSWORD, stored, null)).toBe(false);
    expect(await verifyPassword('a wrong passphrase here', stored, PEPPER)).toBe(false);
  });

  it('stores nothing of the pepper: the hash differs from the unpeppered key', async () => {
    const stored = await hashPassword(PASSWORD, PEPPER);
    const [, n, r, p, salt] = stored.split('$');
    const plainScheme = ['scrypt', n, r, p, salt, stored.split('$')[5]].join('$');
    expect(await verifyPassword(PASSWORD, plainScheme, null)).toBe(false);
    expect(stored).not.toContain(PEPPER);
  });
});

describe('the configured pepper', () => {
  it('is read from OPENCLAUSE_PASSWORD_PEPPER, and a short one stops the start', () => {
    expect(readConfig({ OPENCLAUSE_PASSWORD_PEPPER: PEPPER }).passwordPepper).toBe(PEPPER);
    expect(readConfig({}).passwordPepper).toBeNull();
    expect(() => readConfig({ OPENCLAUSE_PASSWORD_PEPPER: 'short' })).toThrow(
      /OPENCLAUSE_PASSWORD_PEPPER/,
    );
  });
});

describe('accounts when a pepper is set after they were made', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db.cleanup();
  });
  const storedHash = async (username: string) =>
    (
      await db.db
        .select({ hash: schema.staffUsers.passwordHash })
        .from(schema.staffUsers)
        .where(eq(schema.staffUsers.username, username))
    )[0]!.hash;

  it('still sign in, and their hash is replaced by a peppered one', async () => {
    const created = await createStaffUser(db.db, {
      username: 'early',
      displayName: 'early',
      password: PASSWORD,
      roles: ['advisor'],
    });
    expect(created.ok).toBe(true);
    expect((await storedHash('early')).startsWith('scrypt$')).toBe(true);

    const result = await signIn(db.db, 'early', PASSWORD, new Date(), undefined, PEPPER);
    expect(result.ok).toBe(true);
    expect((await storedHash('early')).startsWith('scrypt-hmac$')).toBe(true);
    // From now on the pepper is needed: the database alone does not verify the password.
    expect((await signIn(db.db, 'early', PASSWORD, new Date(), undefined, null)).ok).toBe(false);
    expect((await signIn(db.db, 'early', PASSWORD, new Date(), undefined, PEPPER)).ok).toBe(true);
  });

  it('are made and changed with the pepper', async () => {
    await createStaffUser(db.db, {
      username: 'later',
      displayName: 'later',
      password: PASSWORD,
      roles: ['clerk'],
      pepper: PEPPER,
    });
    expect((await storedHash('later')).startsWith('scrypt-hmac$')).toBe(true);
    const signedIn = await signIn(db.db, 'later', PASSWORD, new Date(), undefined, PEPPER);
    if (!signedIn.ok) throw new Error('sign-in failed');
    const next = 'another long passphrase 2';
    const changed = await changePassword(
      db.db,
      signedIn.user,
      tokenHash(signedIn.token),
      { current: PASSWORD, next, confirm: next },
      new Date(),
      PEPPER,
    );
    expect(changed.ok).toBe(true);
    expect(await verifyPassword(next, await storedHash('later'), PEPPER)).toBe(true);
    expect(await verifyPassword(next, await storedHash('later'), null)).toBe(false);
  });
});
