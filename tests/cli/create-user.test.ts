/** `create-user` never takes a password on the command line, and applies the password policy. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { verifyPassword } from '../../src/lib/auth/index.ts';
import { readConfig } from '../../src/lib/config/index.ts';
import { openDatabase, schema } from '../../src/lib/db/index.ts';
import { capture } from '../helpers/cli.ts';
import { passwordFromPipe } from '../../src/cli/commands/create-user.ts';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('openclause create-user', () => {
  it.each([['--password', 'a long enough secret'], ['--password=a long enough secret']])(
    'refuses a password given in argv (%s) and says how to pass it instead',
    async (...flag) => {
      const { out, io } = capture();
      expect(
        await main(['create-user', '--username', 'wang', '--role', 'advisor', ...flag], io),
      ).toBe(2);
      expect(out.stderr).toContain('--password is no longer accepted');
      expect(out.stderr).toContain('OPENCLAUSE_PASSWORD');
      expect(out.stdout).toBe('');
    },
  );

  it('refuses a short or common password before touching the database, in both languages', async () => {
    process.env['OPENCLAUSE_DATA_DIR'] = '/nonexistent/never-created';
    delete process.env['DATABASE_URL'];
    for (const [password, message] of [
      ['short pass', 'at least 12 characters'],
      ['Password2024!!', 'common password'],
    ] as const) {
      process.env['OPENCLAUSE_PASSWORD'] = password;
      const { out, io } = capture();
      expect(await main(['create-user', '--username', 'wang', '--role', 'advisor'], io)).toBe(2);
      expect(out.stderr).toContain(message);
      expect(out.stderr).toMatch(/密码/);
    }
  });

  it('hashes with the pepper from OPENCLAUSE_PASSWORD_PEPPER, as the server checks it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oc-pepper-'));
    try {
      delete process.env['DATABASE_URL'];
      process.env['OPENCLAUSE_DATA_DIR'] = dir;
      process.env['OPENCLAUSE_PASSWORD'] = 'a long enough passphrase';
      process.env['OPENCLAUSE_PASSWORD_PEPPER'] = 'q8W2e4R6t8Y0u2I4o6P8a0S2d4F6g8H0j2K4';
      const { out, io } = capture();
      expect(
        await main(['create-user', '--username', 'wang', '--role', 'advisor'], io),
        out.stderr,
      ).toBe(0);
      const handle = await openDatabase(readConfig());
      try {
        const [row] = await handle.db
          .select({ hash: schema.staffUsers.passwordHash })
          .from(schema.staffUsers);
        expect(row!.hash.startsWith('scrypt-hmac$')).toBe(true);
        expect(
          await verifyPassword(
            'a long enough passphrase',
            row!.hash,
            process.env['OPENCLAUSE_PASSWORD_PEPPER'],
          ),
        ).toBe(true);
        expect(await verifyPassword('a long enough passphrase', row!.hash, null)).toBe(false);
      } finally {
        await handle.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a password piped in', () => {
  it('is the first line, confirmed by an equal second line, never with a line break in it', () => {
    expect(passwordFromPipe('a long passphrase\n')).toEqual({
      ok: true,
      password: 'a long passphrase',
    });
    expect(passwordFromPipe('a long passphrase')).toEqual({
      ok: true,
      password: 'a long passphrase',
    });
    expect(passwordFromPipe('a long passphrase\r\na long passphrase\r\n')).toEqual({
      ok: true,
      password: 'a long passphrase',
    });
    expect(passwordFromPipe('a long passphrase\nanother phrase\n')).toEqual({
      ok: false,
      reason: 'differ',
    });
    expect(passwordFromPipe('one\ntwo\nthree\n')).toEqual({ ok: false, reason: 'lines' });
  });
});
