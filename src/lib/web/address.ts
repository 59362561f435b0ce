import { createHash } from 'node:crypto';
import net from 'node:net';

/** A salted hash of the client address: enough to rate-limit, never the address itself. */
export function addressHash(address: string, salt: string): string {
  return createHash('sha256').update(`${salt}\u0000${address}`).digest('base64url').slice(0, 32);
}

/** `::ffff:192.0.2.1` (how a dual-stack socket names an IPv4 peer) as `192.0.2.1`; other addresses trimmed. */
function plain(address: string): string {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * Whether `entry` of OPENCLAUSE_TRUSTED_PROXIES is an address (`127.0.0.1`, `::1`) or a
 * network (`10.0.0.0/8`, `fd00::/8`).
 */
export function isProxyEntry(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = net.isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

const lists = new WeakMap<readonly string[], net.BlockList>();

function trustList(trusted: readonly string[]): net.BlockList {
  let list = lists.get(trusted);
  if (!list) {
    list = new net.BlockList();
    for (const entry of trusted) {
      const [address, bits] = entry.split('/') as [string, string | undefined];
      const type = net.isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    lists.set(trusted, list);
  }
  return list;
}

function isTrusted(address: string, trusted: readonly string[]): boolean {
  const family = net.isIP(address);
  return family !== 0 && trustList(trusted).check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client's address for rate limits: the TCP peer, unless the peer is a trusted proxy
 * (OPENCLAUSE_TRUSTED_PROXIES: the load balancer's own addresses). Then it is the nearest
 * address in X-Forwarded-For that is not a trusted proxy, read from the right: each proxy
 * appends the address it was connected from, so whatever a client wrote into the header itself
 * stands further left and is never taken while a proxy's entry follows it. Without
 * X-Forwarded-For, X-Real-IP; without either, the peer.
 *
 * Both ways a comment-form post is answered (src/lib/web/intake-route.ts, and Astro's pages
 * through `locals.clientAddress`) call this with the same peer, so they count one address.
 */
export function clientAddress(
  peer: string,
  headers: { forwardedFor?: string | null; realIp?: string | null },
  trusted: readonly string[],
): string {
  const from = plain(peer);
  if (trusted.length === 0 || !isTrusted(from, trusted)) return from;
  const hops = (headers.forwardedFor ?? '')
    .split(',')
    .map(plain)
    .filter((hop) => hop !== '');
  let nearest = from;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Not an address ("unknown", garbage): nothing further left can be believed.
    if (net.isIP(hop) === 0) return nearest;
    if (!isTrusted(hop, trusted)) return hop;
    nearest = hop;
  }
  if (hops.length > 0) return nearest;
  const real = plain(headers.realIp ?? '');
  return net.isIP(real) !== 0 ? real : from;
}
