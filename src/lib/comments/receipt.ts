/**
 * Receipt codes: 15 random symbols (about 74 bits) plus one check symbol, shown as
 * `XXXX-XXXX-XXXX-XXXX`. Symbols are Crockford base-32 without Z, a prime-sized alphabet of
 * 31, so the position-weighted check sum mod 31 catches every single-symbol substitution and
 * every adjacent transposition in the payload before any database lookup.
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY'; // Crockford without I, L, O, U, Z
const PAYLOAD = 15;

function checkSymbol(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += (i + 1) * ALPHABET.indexOf(payload[i]!);
  return ALPHABET[sum % 31]!;
}

export function generateReceiptCode(random: (n: number) => Uint8Array = randomBytes): string {
  let payload = '';
  while (payload.length < PAYLOAD) {
    // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
    for (const byte of random(PAYLOAD)) if (byte < 248 && payload.length < PAYLOAD) payload += ALPHABET[byte % 31];
  }
  return group(payload + checkSymbol(payload));
}

function group(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/**
 * Accepts what people type: lower case, spaces, missing dashes, O for 0, I and L for 1.
 * @example normaliseReceipt('abcd efgh-jkmn pqr0') // 'ABCD-EFGH-JKMN-PQR0'
 */
export function normaliseReceipt(input: string): string {
  const cleaned = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return cleaned.length === 16 ? group(cleaned) : cleaned;
}

export function isWellFormedReceipt(code: string): boolean {
  if (!/^[0-9A-HJKMNP-TV-Y]{4}(-[0-9A-HJKMNP-TV-Y]{4}){3}$/.test(code)) return false;
  const plain = code.replace(/-/g, '');
  return checkSymbol(plain.slice(0, PAYLOAD)) === plain[PAYLOAD];
}
