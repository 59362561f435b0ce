/** Parser warnings are codes with params that the interface catalogue translates (#16). */
import { describe, expect, it } from 'vitest';
import { translator, type MessageKey } from '../../../src/lib/i18n/index.ts';
import { PROBLEMS, parseDraft } from '../../../src/lib/legislation/index.ts';

describe('parser problems in the catalogue', () => {
  it('has every problem code as parse.<code> in Chinese and English', () => {
    const zh = translator('zh');
    const en = translator('en');
    for (const code of Object.keys(PROBLEMS)) {
      expect(zh(`parse.${code}` as MessageKey)).toMatch(/[\u4e00-\u9fff]/);
      expect(en(`parse.${code}` as MessageKey)).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
    }
  });

  it('renders a warning in the reader’s language from its code and params', () => {
    const result = parseDraft('# 条例\n\n第一条 甲。\n\n第三条 丙。\n');
    const [warning] = result.ok ? result.warnings : [];
    expect(warning).toMatchObject({
      code: 'numbering-gap',
      line: 5,
      params: { expected: '第二条', found: '第三条' },
    });
    const key = `parse.${warning!.code}` as MessageKey;
    expect(translator('en')(key, warning!.params)).toBe(
      'Numbering gap: expected 第二条, found 第三条.',
    );
    expect(translator('zh')(key, warning!.params)).toBe('编号不连续：应为第二条，实际为第三条。');
  });
});
