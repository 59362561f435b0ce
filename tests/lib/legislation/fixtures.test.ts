/**
 * Parser cases as fixture folders: `tests/fixtures/parse/<case>/input.md` and the whole
 * expected result in `expected.json`. A new case is a new folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/parse');
const cases = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'input.md')));

describe('parser fixtures', () => {
  it('has cases for every family (Chinese, English, errors)', () => {
    expect(cases.some((c) => c.startsWith('zh-'))).toBe(true);
    expect(cases.some((c) => c.startsWith('en-'))).toBe(true);
    expect(cases.some((c) => c.startsWith('err-'))).toBe(true);
  });

  for (const name of cases) {
    it(name, () => {
      const source = fs.readFileSync(path.join(root, name, 'input.md'), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(root, name, 'expected.json'), 'utf8'));
      const result = parseDraft(source, { file: 'input.md' });
      expect(JSON.parse(JSON.stringify(result))).toEqual(expected);
      expect(result.ok).toBe(!name.startsWith('err-'));
    });
  }
});
