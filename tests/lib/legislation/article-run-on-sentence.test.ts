/**
 * An article glued on in the middle of a sentence of the article before, its full stop lost
 * (伊犁河谷生态环境保护条例 2022: "……防止疫情发生和蔓延第二十三条 公民、法人……"): it is the next
 * article when it is the next in sequence, a space and a sentence follow it, and nothing cites
 * it (#16, twelfth round). Before, 第二十三条 stayed inside 第二十二条 with only a numbering gap.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function articles(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const nodes = flatten(result.document.nodes).filter((n) => n.kind === 'article');
  return { nodes: nodes.map((n) => [n.num, n.text]), warnings: result.warnings };
}

describe('an article glued on mid-sentence', () => {
  it('is split off as the next article, with a warning on its line', () => {
    const r = articles(
      [
        '第一条 甲。',
        '第二条 应当加强监测，防止疫情发生和蔓延第三条 公民应当遵守规定。',
        '第四条 丁。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      [1, '甲。'],
      [2, '应当加强监测，防止疫情发生和蔓延'],
      [3, '公民应当遵守规定。'],
      [4, '丁。'],
    ]);
    const w = r.warnings.filter((x) => x.code === 'article-run-on');
    expect(w.map((x) => [x.line, x.params?.['label']])).toEqual([[5, '第三条']]);
    expect(r.warnings.some((x) => x.code === 'numbering-gap')).toBe(false);
  });

  it('stays text when it is cited', () => {
    for (const cited of [
      '依照本条例第三条 规定处理。',
      '违反第三条 规定的，责令改正。',
      '适用第二条第三条 第二款的规定。',
      '有第三条 所列情形的，予以处罚。',
      '将第三条 修改为：“乙。”',
    ]) {
      const r = articles(['第一条 甲。', `第二条 ${cited}`].join('\n\n'));
      expect(r.nodes.map((n) => n[0])).toEqual([1, 2]);
    }
  });

  it('stays text when it is not the next article or no space follows it', () => {
    for (const line of ['第二条 依据有关规定第五条 执行。', '第二条 乙丙第三条的规定适用于丁。']) {
      const r = articles(['第一条 甲。', line].join('\n\n'));
      expect(r.nodes.map((n) => n[0])).toEqual([1, 2]);
    }
  });
});
