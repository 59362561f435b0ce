import type { CliIo } from '../io.ts';
import { run as createUser } from './create-user.ts';

/** `openclause create-admin --username NAME`: the first administrator. */
export function run(args: string[], io: CliIo): Promise<number> {
  return createUser(args, io, 'admin');
}
