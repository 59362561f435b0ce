import type { CliIo } from '../io.ts';
import { run as createUser } from './create-user.ts';

export const USAGE = `Usage: openclause create-admin --username NAME [--display-name TEXT]
  The password is read from the OPENCLAUSE_PASSWORD environment variable or standard input, and
  at a terminal it is asked for twice without being shown:
    printf '%s' 'a long pass phrase' | openclause create-admin --username NAME
`;

/** `openclause create-admin --username NAME`: the first administrator. */
export function run(args: string[], io: CliIo): Promise<number> {
  return createUser(args, io, 'admin');
}
