import { describe, expect, it } from 'vitest';
import { countPeople, normaliseContact, personKey } from '../../../src/lib/report/index.ts';

describe('the people counting rule of the feedback report', () => {
  it('counts one person per contact, however the number or address is written', () => {
    const comments = [
      { contact: '138-0013-8000', receiptCode: 'A' },
      { contact: '+86 138 0013 8000', receiptCode: 'B' },
      { contact: '(138)00138000', receiptCode: 'C' },
      { contact: 'Zhang@Example.org', receiptCode: 'D' },
      { contact: 'zhang@example.org ', receiptCode: 'E' },
    ];
    expect(countPeople(comments)).toBe(2);
  });

  it('counts each comment without contact details as a person of its own (its receipt)', () => {
    expect(
      countPeople([
        { contact: null, receiptCode: 'A' },
        { contact: '', receiptCode: 'B' },
        { contact: '  ', receiptCode: 'C' },
      ]),
    ).toBe(3);
    expect(personKey(null, 'R1')).toBe('r:R1');
  });

  it('keeps different people apart, and a contact apart from a receipt that looks the same', () => {
    expect(
      countPeople([
        { contact: '13800138000', receiptCode: 'X' },
        { contact: '13900139000', receiptCode: 'Y' },
        { contact: null, receiptCode: '13800138000' },
      ]),
    ).toBe(3);
  });

  it('normalises contact details for comparison only', () => {
    expect(normaliseContact(' 0086 138．0013．8000 ')).toBe('13800138000');
    expect(normaliseContact(null)).toBeNull();
  });
});

describe('publishing a report before the window closes', () => {
  it('needs an explicit confirmation while the consultation is open, and none after', async () => {
    const { mayPublish } = await import('../../../src/lib/report/index.ts');
    const closes = new Date('2026-12-10T00:00:00Z');
    expect(mayPublish(closes, new Date('2026-12-09T00:00:00Z'), false)).toEqual({
      ok: false,
      reason: 'window-open',
    });
    expect(mayPublish(closes, new Date('2026-12-09T00:00:00Z'), true)).toEqual({ ok: true });
    expect(mayPublish(closes, new Date('2026-12-10T00:00:00Z'), false)).toEqual({ ok: true });
  });
});
