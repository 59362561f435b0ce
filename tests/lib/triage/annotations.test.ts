import { describe, expect, it } from 'vitest';
import { normaliseTag, readNote } from '../../../src/lib/triage/annotations.ts';

describe('tags and notes', () => {
  it('normalise tags so spelling variants are one tag', () => {
    expect(normaliseTag('  Property  Fees ')).toBe('property fees');
    expect(normaliseTag('ＦＥＥＳ')).toBe('fees');
    expect(normaliseTag('物业费')).toBe('物业费');
  });
  it('refuse empty and over-long tags', () => {
    expect(normaliseTag('   ')).toBeNull();
    expect(normaliseTag('x'.repeat(31))).toBeNull();
  });
  it('refuse an empty note and keep line breaks in one', () => {
    expect(readNote('  ').ok).toBe(false);
    expect(readNote('第一行\r\n第二行')).toEqual({ ok: true, body: '第一行\n第二行' });
  });
});
