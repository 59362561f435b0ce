/**
 * Receipt codes: 15 random symbols (about 74 bits) plus one check symbol, shown as
 * `XXXX-XXXX-XXXX-XXXX`. Symbols are Crockford base-32 without Z, a prime-sized alphabet of
 * 31, so the position-weighted check sum mod 31 catches every single-symbol substitution and
 * every adjacent transposition (the check symbol included) before any database lookup.
 */
import { randomBytes } from 'node:crypto';

/** Crockford base-32 without I, L, O, U (as Crockford) and Z (to make the size prime). */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';
const PAYLOAD = 15;
const SYMBOL = '[0-9A-HJKMNP-TV-Y]';
const WELL_FORMED = new RegExp(`^${SYMBOL}{4}(-${SYMBOL}{4}){3}$`);
/** Spaces, dashes of every width, underscores and dots that people type between groups. */
const SEPARATORS = /[\s\-_.\u2010-\u2015\u2212\u30FC]/g;

/** Returns `n` random bytes; node:crypto `randomBytes` unless a test injects its own. */
export type RandomSource = (n: number) => Uint8Array;

function checkSymbol(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) sum += (i + 1) * ALPHABET.indexOf(payload[i]!);
  return ALPHABET[sum % ALPHABET.length]!;
}

function group(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

export function generateReceiptCode(random: RandomSource = randomBytes): string {
  let payload = '';
  while (payload.length < PAYLOAD) {
    // Rejection sampling keeps every symbol equally likely (248 = 8 × 31).
    for (const byte of random(PAYLOAD - payload.length)) {
      if (byte < 248 && payload.length < PAYLOAD) payload += ALPHABET[byte % ALPHABET.length];
    }
  }
  return group(payload + checkSymbol(payload));
}

/**
 * Accepts what people type: lower case, full-width characters, spaces or missing dashes,
 * O for 0, I and L for 1, U for V and Z for 2 (none of O, I, L, U, Z is ever in a code). Returns the grouped code when 16 symbols remain, otherwise the
 * cleaned input (which `isWellFormedReceipt` then rejects).
 * @example normaliseReceipt('abcd efgh jkmn pqro') // 'ABCD-EFGH-JKMN-PQR0'
 * @example normaliseReceipt('ABCDEFGHJKMNPQRL') // 'ABCD-EFGH-JKMN-PQR1'
 */
export function normaliseReceipt(input: string): string {
  const cleaned = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(SEPARATORS, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V')
    .replace(/Z/g, '2');
  return cleaned.length === PAYLOAD + 1 ? group(cleaned) : cleaned;
}

/** True when `code` is a grouped code whose check symbol matches; no database needed. */
export function isWellFormedReceipt(code: string): boolean {
  if (!WELL_FORMED.test(code)) return false;
  const plain = code.replace(/-/g, '');
  return checkSymbol(plain.slice(0, PAYLOAD)) === plain[PAYLOAD];
}

/** A well-formed code for messages that show what a code looks like. */
export const EXAMPLE_RECEIPT = (() => {
  const payload = '7K3MR9QXW2HC4NP';
  return group(payload + checkSymbol(payload));
})();

export type ReceiptDiagnosis =
  | { ok: true; code: string }
  | { ok: false; problem: 'length'; count: number }
  | { ok: false; problem: 'characters'; characters: string[] }
  | { ok: false; problem: 'check' };

/**
 * What is wrong with a typed code, after `normaliseReceipt`'s lenience: too few or too many
 * symbols, symbols that are never in a code (listed once each, as typed after normalising),
 * or a check symbol that does not match (a mistyped or swapped symbol).
 *
 * @example diagnoseReceipt('7K3M-R9QX-W2HC') // { ok: false, problem: 'length', count: 12 }
 */
export function diagnoseReceipt(input: string): ReceiptDiagnosis {
  const code = normaliseReceipt(input);
  if (isWellFormedReceipt(code)) return { ok: true, code };
  const plain = code.replace(/-/g, '');
  // Invisible characters are named by code point, so the message shows something.
  const foreign = [...new Set([...plain].filter((c) => !ALPHABET.includes(c)))].map((c) =>
    /\p{C}/u.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : c,
  );
  if (foreign.length) return { ok: false, problem: 'characters', characters: foreign };
  if (plain.length !== PAYLOAD + 1) return { ok: false, problem: 'length', count: plain.length };
  return { ok: false, problem: 'check' };
}
