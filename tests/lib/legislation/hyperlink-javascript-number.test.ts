/**
 * A Word hyperlink field whose javascript target is followed by a number (东莞 2021 电动自行车管理条例
 * 第一条: "根据《中华人民共和国道路交通安全法》《HYPERLINKjavascript167101中华人民共和国产品质量法》
 * 《中华人民共和国消防法》等法律、法规的规定"): the field, its target and the number are Word debris, so
 * the title reads 《中华人民共和国产品质量法》 (#16, pa sample, row 20 of 广东). Before, the number
 * 167101 stayed at the start of the title.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 东莞市电动自行车管理条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a hyperlink field with javascript and a number', () => {
  it('is left out whole, the number with it', () => {
    const result = parse(
      '第一条 为规范电动自行车管理，根据《中华人民共和国道路交通安全法》《HYPERLINKjavascript167101中华人民共和国产品质量法》《中华人民共和国消防法》等法律、法规的规定，结合本市实际，制定本条例。',
    );
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual([
      '为规范电动自行车管理，根据《中华人民共和国道路交通安全法》《中华人民共和国产品质量法》《中华人民共和国消防法》等法律、法规的规定，结合本市实际，制定本条例。',
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
    ).toEqual(['HYPERLINKjavascript167101']);
  });

  it('still leaves a javascript target without a number as it was', () => {
    const result = parse('第一条 根据《HYPERLINKjavascript中华人民共和国预算法》，制定本条例。');
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual([
      '根据《中华人民共和国预算法》，制定本条例。',
    ]);
  });
});
