import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diagnoseReceipt,
  EXAMPLE_RECEIPT,
  generateReceiptCode,
  isWellFormedReceipt,
  normaliseReceipt,
  type RandomSource,
} from '../../../src/lib/comments/receipt.ts';

/** Crockford base-32 without I, L, O, U and Z, written out here so the test does not trust the code. */
const ALPHABET = [...'0123456789ABCDEFGHJKMNPQRSTVWXY'];
const plain = (code: string) => code.replace(/-/g, '');
const regroup = (s: string) => s.match(/.{4}/g)!.join('-');

/** A deterministic byte stream: 0, 1, 2, … 255, 0, 1, … from `from`. */
function counting(from = 0): RandomSource {
  let next = from;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
}

/** A few fixed codes: all zeros, the largest symbol everywhere, and two from fixed streams. */
const FIXED = [
  generateReceiptCode(() => new Uint8Array(15)),
  generateReceiptCode((n) => new Uint8Array(n).fill(30)),
  generateReceiptCode(counting(0)),
  generateReceiptCode(counting(97)),
];

describe('generateReceiptCode', () => {
  it('writes 16 symbols of the alphabet in four groups, with a valid check symbol', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateReceiptCode();
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
      expect([...plain(code)].every((c) => ALPHABET.includes(c))).toBe(true);
      expect(isWellFormedReceipt(code)).toBe(true);
    }
  });

  it('differs from call to call with the real random source', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateReceiptCode()));
    expect(codes.size).toBe(2000);
  });

  it('maps an injected random source to symbols deterministically', () => {
    expect(FIXED[0]).toBe('0000-0000-0000-0000');
    expect(plain(FIXED[1]!).slice(0, 15)).toBe('Y'.repeat(15));
    expect(generateReceiptCode(counting(5))).toBe(generateReceiptCode(counting(5)));
  });

  it('draws every symbol equally often: bytes 248-255 are rejected, not folded onto 0-7', () => {
    // 248 codes × 15 symbols = 3,720 accepted bytes = 15 full cycles of the 248 usable values.
    const source = counting(0);
    const counts = new Map<string, number>();
    for (let i = 0; i < 248; i++) {
      for (const c of plain(generateReceiptCode(source)).slice(0, 15))
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    expect(new Set(counts.values())).toEqual(new Set([15 * 8]));
  });

  it('asks the source again when it returned only rejected bytes', () => {
    let calls = 0;
    const rejectingFirst: RandomSource = (n) => new Uint8Array(n).fill(calls++ === 0 ? 250 : 1);
    expect(plain(generateReceiptCode(rejectingFirst)).slice(0, 15)).toBe('1'.repeat(15));
    expect(calls).toBe(2);
  });
});

describe('isWellFormedReceipt', () => {
  it('catches every single-symbol substitution, in every position including the check symbol', () => {
    for (const code of FIXED) {
      const p = plain(code);
      for (let i = 0; i < 16; i++) {
        for (const c of ALPHABET) {
          if (c === p[i]) continue;
          const typo = regroup(p.slice(0, i) + c + p.slice(i + 1));
          expect(isWellFormedReceipt(typo), `${code} → ${typo}`).toBe(false);
        }
      }
    }
  });

  it('catches every transposition of two different adjacent symbols, the check symbol included', () => {
    const codes = [...FIXED, ...Array.from({ length: 20 }, () => generateReceiptCode())];
    let tried = 0;
    for (const code of codes) {
      const p = plain(code);
      for (let i = 0; i < 15; i++) {
        if (p[i] === p[i + 1]) continue;
        const swapped = regroup(p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2));
        expect(isWellFormedReceipt(swapped), `${code} → ${swapped}`).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(200);
  });

  it('rejects wrong shapes before checking the sum', () => {
    const code = generateReceiptCode();
    for (const bad of [
      plain(code),
      code.toLowerCase(),
      `${code}-0`,
      code.slice(0, -1),
      code.replace(/^./, 'Z'),
      code.replace(/^./, 'U'),
      '',
      ' '.repeat(19),
    ]) {
      expect(isWellFormedReceipt(bad), bad).toBe(false);
    }
  });
});

describe('normaliseReceipt', () => {
  // A payload holding both 0 and 1, completed with the one check symbol that fits.
  const payload = '7KQ2M0RT1XW9HJ3';
  const fitting = ALPHABET.filter((c) => isWellFormedReceipt(regroup(payload + c)));
  const valid = regroup(payload + fitting[0]!);

  it('accepts lower case, spaces or no dashes, and O/0 I/1 L/1 confusions', () => {
    expect(fitting).toHaveLength(1);
    const p = plain(valid);
    for (const typed of [
      valid.toLowerCase(),
      p,
      p.toLowerCase().match(/.{4}/g)!.join(' '),
      `  ${valid}  `,
      valid.replace(/0/g, 'O').replace(/1/g, 'I'),
      valid.replace(/0/g, 'o').replace(/1/g, 'l'),
    ]) {
      expect(normaliseReceipt(typed), typed).toBe(valid);
    }
  });

  it('accepts full-width characters and the dashes that input methods produce', () => {
    const fullWidth = [...valid]
      .map((c) => (c === '-' ? '－' : String.fromCodePoint(c.codePointAt(0)! + 0xfee0)))
      .join('');
    expect(normaliseReceipt(fullWidth)).toBe(valid);
    expect(normaliseReceipt(valid.replace(/-/g, '–'))).toBe(valid);
    expect(normaliseReceipt(valid.replace(/-/g, '—'))).toBe(valid);
  });

  it('leaves input of the wrong length ungrouped, so it is not well formed', () => {
    expect(isWellFormedReceipt(normaliseReceipt(plain(valid).slice(0, 15)))).toBe(false);
    expect(isWellFormedReceipt(normaliseReceipt(`${plain(valid)}0`))).toBe(false);
  });

  it('lets a typed typo be caught after normalising, before any lookup', () => {
    const typo = valid.toLowerCase().replace(/^(.)/, (c) => (c === '7' ? '8' : '7'));
    expect(isWellFormedReceipt(normaliseReceipt(typo))).toBe(false);
  });

  it('round-trips every generated code through the ways people type it', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 15, maxLength: 15 }),
        fc.boolean(),
        fc.constantFrom('', ' ', '-', '  '),
        (bytes, lower, sep) => {
          const generated = generateReceiptCode((n) => bytes.map((b) => b % 248).slice(0, n));
          const p = plain(generated);
          const typed = p.match(/.{4}/g)!.join(sep);
          expect(normaliseReceipt(lower ? typed.toLowerCase() : typed)).toBe(generated);
        },
      ),
    );
  });

  it('never throws on arbitrary input, lone surrogates included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => typeof isWellFormedReceipt(normaliseReceipt(s)) === 'boolean',
      ),
    );
  });
});

describe('diagnoseReceipt', () => {
  it('gives an example that is itself a valid code', () => {
    expect(isWellFormedReceipt(EXAMPLE_RECEIPT)).toBe(true);
  });

  it('accepts lower case, spaces, missing dashes and the letters never used (O, I, L, U, Z) for their look-alikes', () => {
    const code = FIXED[3]!;
    const typed = plain(code)
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .replace(/v/g, 'u')
      .replace(/2/g, 'z');
    expect(diagnoseReceipt(` ${typed.slice(0, 8)} ${typed.slice(8)} `)).toEqual({ ok: true, code });
  });

  it('says how many symbols were typed when there are too few or too many', () => {
    expect(diagnoseReceipt(FIXED[2]!.slice(0, -1))).toEqual({
      ok: false,
      problem: 'length',
      count: 15,
    });
    expect(diagnoseReceipt(`${FIXED[2]}7`)).toEqual({ ok: false, problem: 'length', count: 17 });
  });

  it('names characters that never occur in a code, invisible ones by code point', () => {
    expect(diagnoseReceipt(`${FIXED[2]!.slice(0, -1)}#`)).toEqual({
      ok: false,
      problem: 'characters',
      characters: ['#'],
    });
    expect(diagnoseReceipt(`${FIXED[2]!.slice(0, -1)}\u0000`)).toEqual({
      ok: false,
      problem: 'characters',
      characters: ['U+0000'],
    });
  });

  it('reports a one-symbol typo as a check failure, not a format error', () => {
    const p = plain(FIXED[2]!);
    const typo = p.slice(0, 5) + (p[5] === 'A' ? 'B' : 'A') + p.slice(6);
    expect(diagnoseReceipt(typo)).toEqual({ ok: false, problem: 'check' });
  });
});
