import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../../../src/lib/web/sign-in-limit.ts';

describe('the page after signing in', () => {
  it('sends only to same-site staff paths', () => {
    expect(safeNextPath('/staff/audit?x=1')).toBe('/staff/audit?x=1');
    for (const bad of [
      '//evil.example/staff',
      '/\\evil.example',
      'https://evil.example/staff',
      '/regulations',
      '/staff\\..\\x',
      ' /staff',
      null,
    ]) {
      expect(safeNextPath(bad)).toBe('/staff');
    }
  });
});
