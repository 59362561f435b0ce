import { parseArgs } from 'node:util';
import { resetTotp } from '../../lib/auth/index.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE = `Usage: openclause reset-two-factor --username NAME
  Removes the account's second factor, recovery codes and security keys (a lost phone with no
  recovery code left); the owner signs in with the password and enrols again. Audited.
`;

/** `openclause reset-two-factor --username NAME`: the administrator's way back in for a lost authenticator. */
export async function run(args: string[], io: CliIo): Promise<number> {
  let username: string;
  try {
    username =
      parseArgs({ args, options: { username: { type: 'string' } } }).values.username?.trim() ?? '';
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!username) {
    io.stderr(USAGE);
    return 2;
  }
  return withDatabase(io, async (handle) => {
    await handle.migrate();
    if (!(await resetTotp(handle.db, username))) {
      io.stderr(`没有用户 ${username}。No account is named ${username}.\n`);
      return 1;
    }
    io.stdout(`已关闭 ${username} 的两步验证。Two-step verification of ${username} is off.\n`);
    return 0;
  });
}
