/**
 * Items run on after an introduction that names 下列 and ends with a full stop where its colon
 * belongs, with no separator left between them (吉林市城市规划管理条例 2003, 第四十八条: "……按下列
 * 规定确定采光系数。（一）当夹角在0时，……新区为2（二）当夹角在15时，……新区为1（三）……（五）……"):
 * the full stop announces the list as the colon does, so （二） to at least （四） standing bare in
 * sequence after （一） are items, as after "：（一）" (#16, ra round). Before, the five items
 * stayed in the article's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on bare after an introduction ending with a full stop', () => {
  it('become items when the sentence before names 下列', () => {
    const result = parse(
      '第一条 住宅楼按下列规定确定采光系数。（一）当夹角在0时，新区为2（二）当夹角在15时，新区为1（三）当夹角在30时，新区为1（四）当夹角大于60，新区为1',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '住宅楼按下列规定确定采光系数。'],
      ['art_1__para_1__point_1', '当夹角在0时，新区为2'],
      ['art_1__para_1__point_2', '当夹角在15时，新区为1'],
      ['art_1__para_1__point_3', '当夹角在30时，新区为1'],
      ['art_1__para_1__point_4', '当夹角大于60，新区为1'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'item-separator-missing')).toHaveLength(3);
  });

  it('stay text when only two labels stand bare', () => {
    const text = '有关部门按下列规定处理。（一）甲的情形另定（二）乙的情形另定';
    const result = parse(`第一条 ${text}`);
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([['art_1', text]]);
  });
});
