/** `create-user` never takes a password on the command line, and applies the password policy. */
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { capture } from '../helpers/cli.ts';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('openclause create-user', () => {
  it.each([['--password', 'a long enough secret'], ['--password=a long enough secret']])(
    'refuses a password given in argv (%s) and says how to pass it instead',
    async (...flag) => {
      const { out, io } = capture();
      expect(await main(['create-user', '--username', 'wang', '--role', 'advisor', ...flag], io)).toBe(2);
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
});
