import { describe, expect, it } from 'vitest';
import { validateCommentInput } from '../../../src/lib/comments/validate.ts';

const good = { stance: 'amend', body: '建议将“应当”改为“可以”。', idempotencyKey: 'abcdefghijklmnop1234', clause: 'chp_1__art_3' };
const limits = { maxBodyLength: 5000 };

describe('comment form validation', () => {
  it('accepts a minimal valid comment as anonymous, individual, without publication consent', () => {
    const r = validateCommentInput(good, limits);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value).toMatchObject({ stance: 'amend', displayName: null, category: 'individual', consentPublish: false, clauseEId: 'chp_1__art_3' });
  });
  it('reports every bad field at once, in Chinese and English', () => {
    const r = validateCommentInput({ stance: 'maybe', body: ' \u0000 ', idempotencyKey: 'x', clause: '../etc', contact: 'not a contact' }, limits);
    expect(r.ok).toBe(false);
    if (r.ok || 'spam' in r) throw new Error('expected field errors');
    expect(r.errors.map((e) => e.field).sort()).toEqual(['body', 'clause', 'contact', 'idempotencyKey', 'stance']);
    expect(r.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message.zh) && /[a-z]/.test(e.message.en))).toBe(true);
  });
  it('counts characters, not UTF-16 units, against the size limit', () => {
    expect(validateCommentInput({ ...good, body: '𠀀'.repeat(5000) }, limits).ok).toBe(true);
    const over = validateCommentInput({ ...good, body: '字'.repeat(5001) }, limits);
    expect(over.ok).toBe(false);
  });
  it('treats a filled honeypot as spam', () => {
    expect(validateCommentInput({ ...good, website: 'http://spam' }, limits)).toEqual({ ok: false, spam: true });
  });
  it('accepts phone numbers and e-mail addresses as contact details', () => {
    expect(validateCommentInput({ ...good, contact: '138 1234 5678' }, limits).ok).toBe(true);
    expect(validateCommentInput({ ...good, contact: 'li@example.cn' }, limits).ok).toBe(true);
  });
  it('requires a quote to come with its clause and offsets', () => {
    expect(validateCommentInput({ ...good, quote: '应当', quoteStart: '3', quoteEnd: '5' }, limits).ok).toBe(true);
    expect(validateCommentInput({ ...good, quote: '应当', quoteStart: '5', quoteEnd: '3' }, limits).ok).toBe(false);
  });
});
