/**
 * A paragraph run on after the full stop of a list's last item may run on its own list (拉萨 2014
 * 城市绿化条例 第二十三条: "……批准方可砍伐：（一）已经枯死的；……（三）影响公共安全又无法移植的。
 * 符合下列情形之一的城市公共树木，经市、县（区）林业绿化主管部门批准方可移植或者修剪：（一）……；
 * （二）……"): that paragraph's items are split off it as well (#16, second pi sample).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a second list in the paragraph after a list on one line', () => {
  it('is split into items of that paragraph', () => {
    const result = parse(
      '第一条 符合下列情形的树木，经批准方可砍伐：（一）已经枯死的；（二）无法移植的。符合下列情形的树木，经县（区）部门批准方可修剪：（一）城市建设需要的；（二）影响采光的。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '符合下列情形的树木，经批准方可砍伐：'],
      ['art_1__para_1__point_1', '已经枯死的；'],
      ['art_1__para_1__point_2', '无法移植的。'],
      ['art_1__para_2', '符合下列情形的树木，经县（区）部门批准方可修剪：'],
      ['art_1__para_2__point_1', '城市建设需要的；'],
      ['art_1__para_2__point_2', '影响采光的。'],
    ]);
  });

  it('leaves a paragraph after the list that holds no list of its own', () => {
    const result = parse(
      '第一条 符合下列情形的树木，经批准方可砍伐：（一）已经枯死的；（二）无法移植的。前款规定的树木，由县（区）部门登记。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '符合下列情形的树木，经批准方可砍伐：'],
      ['art_1__para_1__point_1', '已经枯死的；'],
      ['art_1__para_1__point_2', '无法移植的。'],
      ['art_1__para_2', '前款规定的树木，由县（区）部门登记。'],
    ]);
  });
});
