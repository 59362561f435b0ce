/**
 * A Word hyperlink field whose anchor is a pair of numbers joined by a dash, standing for the
 * words the link covered (南京 2017 房屋使用安全管理条例, a random sample of provincial regulations,
 * 第七十二条 item （二）: "抗震措施，是指除HYPERLINK6586636-6800408计算和抗力计算以外的
 * HYPERLINK6172001-6385241内容，……"): the whole anchor, both numbers and the dash, is Word debris
 * and is left out (#16). Before, only HYPERLINK and the first number were left out and
 * "-6800408" and "-6385241" stayed in the item's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a hyperlink field anchored on a range of numbers', () => {
  it('is left out whole, both numbers and the dash between them', () => {
    const result = parse(
      '第一条 本条例中下列用语的含义：（一）抗震措施，是指除HYPERLINK6586636-6800408计算和抗力计算以外的HYPERLINK6172001-6385241内容；（二）改建，是指改变建筑物立面的建设行为。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '本条例中下列用语的含义：'],
      ['art_1__para_1__point_1', '抗震措施，是指除计算和抗力计算以外的内容；'],
      ['art_1__para_1__point_2', '改建，是指改变建筑物立面的建设行为。'],
    ]);
    expect(
      result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
    ).toEqual(['HYPERLINK6586636-6800408', 'HYPERLINK6172001-6385241']);
  });

  it('keeps a range of numbers written without the field', () => {
    const result = parse('第一条 罚款数额为6586636-6800408元。');
    expect(flatten(result.document.nodes).map((n) => n.text)).toEqual([
      '罚款数额为6586636-6800408元。',
    ]);
  });
});
