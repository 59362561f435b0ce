import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateReceiptCode, isWellFormedReceipt, normaliseReceipt } from '../../../src/lib/comments/receipt.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';

describe('receipt codes', () => {
  it('are grouped 4×4 and carry a valid check symbol', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateReceiptCode();
      expect(code).toMatch(/^[0-9A-Y]{4}(-[0-9A-Y]{4}){3}$/);
      expect(isWellFormedReceipt(code)).toBe(true);
    }
  });

  it('differ between calls (random source)', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateReceiptCode()));
    expect(codes.size).toBe(1000);
  });

  it('catch every single-symbol substitution and adjacent payload transposition', () => {
    for (let n = 0; n < 5; n++) {
      const code = generateReceiptCode();
      const plain = code.replace(/-/g, '');
      const regroup = (s: string) => s.match(/.{4}/g)!.join('-');
      for (let i = 0; i < 16; i++) {
        for (const c of ALPHABET) {
          if (c === plain[i]) continue;
          expect(isWellFormedReceipt(regroup(plain.slice(0, i) + c + plain.slice(i + 1)))).toBe(false);
        }
      }
      for (let i = 0; i < 14; i++) {
        if (plain[i] === plain[i + 1]) continue;
        const swapped = plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2);
        expect(isWellFormedReceipt(regroup(swapped))).toBe(false);
      }
    }
  });

  it('accept what people type: lower case, spaces, no dashes, O/0 and I/L/1 confusions', () => {
    const code = generateReceiptCode();
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normaliseReceipt(typed)).toBe(code);
  });

  it('uses a deterministic injected random source', () => {
    const zeros = () => new Uint8Array(15);
    expect(generateReceiptCode(zeros)).toBe('0000-0000-0000-0000');
    // 248..255 are rejected, so bias-free sampling skips them.
    let calls = 0;
    const rejecting = (n: number) => (calls++ === 0 ? new Uint8Array(n).fill(250) : new Uint8Array(n).fill(1));
    expect(generateReceiptCode(rejecting).startsWith('1111')).toBe(true);
  });

  it('never throws on arbitrary input to the normaliser', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof isWellFormedReceipt(normaliseReceipt(s)) === 'boolean'));
  });
});
