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

  it('names the expected label in the style the text numbers with', () => {
    const gap = (text: string) => {
      const result = parseDraft(text);
      return result.ok ? result.warnings.find((w) => w.code === 'numbering-gap')?.params : null;
    };
    // 咸阳 (held-out): a decision's points 十五、 then 十七、 were reported as expected （十六）.
    expect(gap('# 决定\n\n一、甲。\n\n三、丙。\n')).toEqual({ expected: '二、', found: '三、' });
    expect(gap('# 条例\n\n第一条 下列事项：\n\n一、甲；\n\n三、丙。\n')).toEqual({
      expected: '二、',
      found: '三、',
    });
    expect(gap('# 条例\n\n第1条 甲。\n\n第3条 丙。\n')).toEqual({
      expected: '第2条',
      found: '第3条',
    });
    expect(gap('# 条例\n\n第一条 下列事项：\n\n（一）甲；\n\n（三）丙。\n')).toEqual({
      expected: '（二）',
      found: '（三）',
    });
  });
});
