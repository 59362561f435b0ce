/**
 * A draft published for comment often has the drafters' explanation (起草说明) printed after its
 * last article: it is kept apart as an annex, never glued to the last article (#16).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const draft = (after: string) =>
  `# 临江市物业管理条例（草案）\n\n第一条　为了规范物业管理活动，制定本条例。\n\n第二条　本条例自2027年1月1日起施行。\n\n${after}\n`;

function read(source: string) {
  const result = parseDraft(source);
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe("the drafters' explanation after the last article", () => {
  for (const title of [
    '关于《临江市物业管理条例（草案）》的说明',
    '关于《临江市物业管理条例（修订草案）》修改情况的说明',
    '关于《临江市物业管理条例（草案）》审议结果的报告',
    '《临江市物业管理条例（草案）》起草说明',
    '起草说明',
    '## 修改说明',
  ]) {
    it(`reads "${title}" and what follows as an annex`, () => {
      const result = read(draft(`${title}\n\n一、必要性\n\n近年来矛盾突出。\n\n二、主要内容`));
      const last = result.document.nodes.at(-1)!;
      expect(last.kind).toBe('annex');
      expect(last.heading).toBe(title.replace(/^## /, ''));
      expect(last.text).toContain('近年来矛盾突出。');
      const article = result.document.nodes.find((n) => n.label === '第二条')!;
      expect(article.text).toBe('本条例自2027年1月1日起施行。');
      expect(article.children).toEqual([]);
      expect(result.warnings.map((w) => w.code)).toContain('explanation');
    });
  }

  it('leaves a sentence that mentions an explanation in its article', () => {
    const result = read(draft('关于《临江市物业管理条例》的说明，由市人民政府另行公布。'));
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
    expect(result.warnings.map((w) => w.code)).not.toContain('explanation');
  });

  it('does not take such a title for an explanation when articles follow it', () => {
    const result = read(draft('起草说明\n\n第三条　本条例由市人民政府负责解释。'));
    expect(result.document.nodes.filter((n) => n.kind === 'article')).toHaveLength(3);
    expect(result.warnings.map((w) => w.code)).not.toContain('explanation');
  });
});
