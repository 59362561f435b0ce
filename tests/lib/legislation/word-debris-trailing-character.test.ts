/**
 * Word debris whose run ends with a common character alone before a space (乌海 2019 大气污染防治
 * 条例, a random sample of provincial regulations: "……鼓励实施烧结机头烟气循环。鎦楽卽絩楓楽卽絩楓椿
 * 冶金、石化……", where the label 第二十五条 was): the character is the run's last, left out with
 * it. Before, the run was left out and 椿 stayed in the article's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { dropWordDebris } from '../../../src/lib/legislation/blocks.ts';

describe('Word debris ending with a common character before a space', () => {
  it('takes the character with the run', () => {
    expect(dropWordDebris('鼓励实施烟气循环。鎦楽卽絩楓楽卽絩楓椿 冶金行业应当开展评价。')).toEqual(
      {
        text: '鼓励实施烟气循环。 冶金行业应当开展评价。',
        debris: ['鎦楽卽絩楓楽卽絩楓椿'],
        tails: [' 冶金行业应当开展评价。'],
      },
    );
  });

  it('leaves a character that goes on in the sentence', () => {
    expect(dropWordDebris('保存到就餐结束48麰窌穦穦啦豦小时后再处理。').text).toBe(
      '保存到就餐结束48小时后再处理。',
    );
  });

  it('keeps the character out of the article, with the warning', () => {
    const result = parseDraft(
      '# 临江市条例\n\n第一条 鼓励实施烟气循环。鎦楽卽絩楓楽卽絩楓椿 冶金行业应当开展评价。\n',
      { file: 'x.md' },
    );
    if (!result.ok) throw new Error('not parsed');
    const text = flatten(result.document.nodes)[0]!.text;
    expect(text).not.toContain('椿');
    expect(text.startsWith('鼓励实施烟气循环。')).toBe(true);
    expect(text.endsWith('冶金行业应当开展评价。')).toBe(true);
    expect(result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params)).toEqual([
      { text: '鎦楽卽絩楓楽卽絩楓椿' },
    ]);
  });
});
