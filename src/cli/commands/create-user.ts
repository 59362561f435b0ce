import { parseArgs } from 'node:util';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  ROLES,
  createStaffUser,
  isRole,
  passwordProblem,
  recordAudit,
  type Role,
} from '../../lib/auth/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { CliIo } from '../io.ts';
import { askNewPassword, PromptCancelled } from '../secret-prompt.ts';
import { withDatabase } from '../with-database.ts';

export const USAGE = `Usage: openclause create-user --username NAME --role ROLE[,ROLE] [--display-name TEXT]
  The password is read from the OPENCLAUSE_PASSWORD environment variable or standard input, and
  at a terminal it is asked for twice without being shown (never from the command line, where
  every user of the machine sees it in the process list):
    printf '%s' 'a long pass phrase' | openclause create-user --username NAME --role advisor
  Roles: ${ROLES.join(', ')}. \`openclause create-admin\` is the same with --role admin.
`;

/** `openclause create-user` / `create-admin`: a staff account with a scrypt-hashed password. */
export async function run(args: string[], io: CliIo, forcedRole?: Role): Promise<number> {
  if (args.some((a) => a === '--password' || a.startsWith('--password='))) {
    io.stderr(
      '不再接受 --password：命令行参数会出现在进程列表中，本机所有用户都能看到。请用环境变量 OPENCLAUSE_PASSWORD 或标准输入传入密码。\n' +
        '--password is no longer accepted: the command line shows in the process list to every user of the machine. Pass the password in OPENCLAUSE_PASSWORD or on standard input.\n' +
        USAGE,
    );
    return 2;
  }
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        'display-name': { type: 'string' },
      },
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const username = values.username?.trim() ?? '';
  const roles = forcedRole
    ? [forcedRole]
    : (values.role ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
  if (!/^[a-z0-9._-]{3,40}$/i.test(username)) {
    io.stderr(
      `用户名须为3-40位字母、数字或 ._- 。The username must be 3-40 letters, digits or ._-\n${USAGE}`,
    );
    return 2;
  }
  const bad = roles.filter((r) => !isRole(r));
  if (roles.length === 0 || bad.length) {
    io.stderr(`未知角色 Unknown role: ${bad.join(', ') || '(none)'}\n${USAGE}`);
    return 2;
  }
  const password = await readPassword(io);
  if (password === null) return 2;
  const problem = passwordProblem(password, username);
  if (problem) {
    const vars = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };
    io.stderr(
      `${translator('zh')(`password.${problem}`, vars)} ${translator('en')(`password.${problem}`, vars)}\n`,
    );
    return 2;
  }
  return withDatabase(io, async (handle, config) => {
    await handle.migrate();
    const created = await createStaffUser(handle.db, {
      username,
      displayName: values['display-name']?.trim() || username,
      password,
      roles: roles as Role[],
      pepper: config.passwordPepper,
    });
    if (!created.ok) {
      io.stderr(`用户名 ${username} 已存在。The username ${username} is taken.\n`);
      return 1;
    }
    await recordAudit(handle.db, null, 'user.create', 'staff_user', String(created.id), {
      username,
      roles,
    });
    io.stdout(`已创建 Created ${username} (${roles.join(', ')}).\n`);
    return 0;
  });
}

/**
 * OPENCLAUSE_PASSWORD; else, at a terminal, asked for twice without echo; else standard input
 * (a pipe). Null when the terminal's two entries differ or the prompt was given up (said on
 * stderr).
 */
async function readPassword(io: CliIo): Promise<string | null> {
  const fromEnvironment = process.env['OPENCLAUSE_PASSWORD'];
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!process.stdin.isTTY) {
    const piped = passwordFromPipe(await readStdin());
    if (piped.ok) return piped.password;
    io.stderr(
      piped.reason === 'differ'
        ? '输入的两行密码不一致，未创建账号。The two lines (password and confirmation) differ; no account was created.\n'
        : '标准输入应为一行密码，可再加一行相同的确认，未创建账号。Standard input must hold the password on one line, optionally the same again on a second; no account was created.\n',
    );
    return null;
  }
  try {
    const asked = await askNewPassword(process.stdin, io.stderr);
    if (asked === null)
      io.stderr(
        '两次输入的密码不一致，未创建账号。The two passwords differ; no account was created.\n',
      );
    return asked;
  } catch (error) {
    if (!(error instanceof PromptCancelled)) throw error;
    io.stderr('已取消，未创建账号。Cancelled; no account was created.\n');
    return null;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The password in what was piped in: one line, or the same line twice, as a script answering
 * the two prompts writes it. Anything else is refused: a password with a line break in it could
 * never be typed into the sign-in form (`printf 'pw\npw\n'` once made such an account).
 * @example passwordFromPipe('a long passphrase\na long passphrase\n') // { ok: true, password: 'a long passphrase' }
 */
export function passwordFromPipe(
  text: string,
): { ok: true; password: string } | { ok: false; reason: 'differ' | 'lines' } {
  const lines = text.replace(/(\r?\n)+$/, '').split(/\r?\n/);
  if (lines.length === 1) return { ok: true, password: lines[0]! };
  if (lines.length > 2) return { ok: false, reason: 'lines' };
  return lines[0] === lines[1]
    ? { ok: true, password: lines[0]! }
    : { ok: false, reason: 'differ' };
}
