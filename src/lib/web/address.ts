import { createHash } from 'node:crypto';

/** A salted hash of the client address: enough to rate-limit, never the address itself. */
export function addressHash(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}\u0000${address}`).digest('base64url').slice(0, 32);
}
