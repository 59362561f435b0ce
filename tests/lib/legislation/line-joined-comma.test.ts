/**
 * A line joined to the next because it ends no sentence, though it ends with a comma (中华人民共和国
 * 宪法 2018 第六十五条: "……由下列人员组成:" / "委员长，" / "副委员长若干人，" / "秘书长，" / "委员若干
 * 人。"): the warning said the line did not end with punctuation, which was untrue; it says the
 * line ends no sentence (#16, pg round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

describe('the warning for a line joined to the next', () => {
  it('says the line ends no sentence, not that it has no punctuation', () => {
    const result = parseDraft(
      '# 中华人民共和国宪法\n\n第一条　全国人民代表大会常务委员会由下列人员组成:\n\n委员长，\n\n副委员长若干人，\n\n委员若干人。',
      { file: 'x.md' },
    );
    if (!result.ok) throw new Error('parse failed');
    const joined = result.warnings.filter((w) => w.code === 'line-joined');
    expect(joined).toHaveLength(2);
    for (const w of joined) {
      const text = w.message;
      expect(text).toContain('句末标点');
      expect(text).toContain('does not end with a mark that ends a sentence');
      expect(text).not.toContain('没有以标点结束');
    }
  });
});
