import { describe, expect, it } from 'vitest';
import { ID_RANGE, intParam } from '../../../src/lib/web/query.ts';

describe('numeric query parameters', () => {
  const read = (query: string) =>
    intParam(new URLSearchParams(query), 'limit', { min: 1, max: 200 });
  it('takes whole numbers in range, and absence as null', () => {
    expect(read('limit=20')).toEqual({ ok: true, value: 20 });
    expect(read('')).toEqual({ ok: true, value: null });
    expect(read('limit=')).toEqual({ ok: true, value: null });
  });

  it('refuses fractions, exponents, signs, words and values out of range', () => {
    for (const q of [
      'limit=2.5',
      'limit=1e2',
      'limit=-1',
      'limit=0',
      'limit=201',
      'limit=abc',
      'limit=%200',
      'limit=0x10',
    ]) {
      expect(read(q), q).toEqual({ ok: false, name: 'limit', min: 1, max: 200 });
    }
    expect(intParam(new URLSearchParams('before=1e308'), 'before', ID_RANGE).ok).toBe(false);
    expect(
      intParam(new URLSearchParams('before=99999999999999999999'), 'before', ID_RANGE).ok,
    ).toBe(false);
  });
});
