/**
 * Who may download a file (src/lib/attachments/access.ts): staff any; the receipt holder their
 * own file unless a moderator kept it private; the public an approved file of a published
 * comment; and never someone else's pending file by another code.
 */
import { describe, expect, it } from 'vitest';
import { mayDownload, sameReceipt, type FileFacts } from '../../../src/lib/attachments/index.ts';

const code = 'ABCD-EFGH-JKMN-PQR0';
const other = 'ABCD-EFGH-JKMN-PQR1';
const file = (status: FileFacts['status'], commentStatus = 'received'): FileFacts => ({
  status,
  commentStatus,
  receiptCode: code,
});

describe('mayDownload', () => {
  it('lets the receipt holder have a pending file of a comment still awaiting moderation', () => {
    expect(mayDownload(file('pending'), { kind: 'receipt', code })).toBe(true);
    expect(mayDownload(file('approved', 'held'), { kind: 'receipt', code })).toBe(true);
  });

  it('refuses a pending file to the public and to the holder of another receipt', () => {
    for (const commentStatus of ['received', 'published', 'held']) {
      expect(mayDownload(file('pending', commentStatus), { kind: 'public' })).toBe(false);
      expect(mayDownload(file('pending', commentStatus), { kind: 'receipt', code: other })).toBe(
        false,
      );
      expect(mayDownload(file('pending', commentStatus), { kind: 'receipt', code: '' })).toBe(
        false,
      );
    }
  });

  it('never serves a file a moderator kept private again, except to staff', () => {
    expect(mayDownload(file('rejected', 'published'), { kind: 'receipt', code })).toBe(false);
    expect(mayDownload(file('rejected', 'published'), { kind: 'public' })).toBe(false);
    expect(mayDownload(file('rejected', 'published'), { kind: 'staff' })).toBe(true);
  });

  it('gives the public an approved file of a published comment only', () => {
    expect(mayDownload(file('approved', 'published'), { kind: 'public' })).toBe(true);
    expect(mayDownload(file('approved', 'received'), { kind: 'public' })).toBe(false);
    expect(mayDownload(file('approved', 'held'), { kind: 'public' })).toBe(false);
  });
});

describe('sameReceipt', () => {
  it('is true for the same code only, whatever the lengths', () => {
    expect(sameReceipt(code, code)).toBe(true);
    expect(sameReceipt(other, code)).toBe(false);
    expect(sameReceipt(code.slice(0, -1), code)).toBe(false);
    expect(sameReceipt(`${code}0`, code)).toBe(false);
    expect(sameReceipt('', code)).toBe(false);
  });
});
