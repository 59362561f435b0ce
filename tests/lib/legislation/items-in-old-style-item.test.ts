/**
 * Items （一）（二） run on after the colon of an old-style item 二、 of an article (贷款通则 1996
 * 第二十四条: "二、借款人有下列情形之一者，不得对其发放贷款： (一)不具备……的； (二)……"): the item
 * keeps its text up to the colon and the items become its items, as when written on lines of
 * their own under it (#16, third sample).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某办法\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on inside an old-style item 二、', () => {
  it('become items of that item', () => {
    const result = parse(
      '第一条 对贷款人的限制：\n\n一、贷款应当审查。\n\n二、借款人有下列情形之一者，不得对其发放贷款： (一)不具备条件的； (二)违反规定的； (三)有其他违法行为的。\n\n三、不得垫付资金。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text])).toEqual([
      ['art_1', '第一条', ''],
      ['art_1__para_1', '', '对贷款人的限制：'],
      ['art_1__para_1__point_1', '一、', '贷款应当审查。'],
      ['art_1__para_1__point_2', '二、', '借款人有下列情形之一者，不得对其发放贷款：'],
      ['art_1__para_1__point_2__point_1', '（一）', '不具备条件的；'],
      ['art_1__para_1__point_2__point_2', '（二）', '违反规定的；'],
      ['art_1__para_1__point_2__point_3', '（三）', '有其他违法行为的。'],
      ['art_1__para_1__point_3', '三、', '不得垫付资金。'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.line, w.params])).toEqual([
      ['subpoints-inline', 7, { text: '不具备条件的；' }],
    ]);
  });

  it('leave an item citing （一） in a sentence as text', () => {
    const result = parse('第一条 下列规定：\n\n一、依照本条第（一）项办理：（一）项所列的除外。');
    const item = flatten(result.document.nodes).find((n) => n.label === '一、');
    expect(item?.children).toEqual([]);
    expect(item?.text).toBe('依照本条第（一）项办理：（一）项所列的除外。');
  });
});
