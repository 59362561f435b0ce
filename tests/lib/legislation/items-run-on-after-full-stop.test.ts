/**
 * Items （一）（二） run on after an introduction that names 下列 but ends with a full stop where its
 * colon belongs (拉萨 2014 城市绿化条例 第三十六条: "违反本条例规定，有下列行为之一的，……依法给予处分；
 * 涉嫌犯罪的，由司法机关处理。（一）……的；（二）……"): split off as items of the paragraph, as after
 * "：（一）" (#16, second pi sample).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items run on after an introduction ending with a full stop', () => {
  it('become items of the paragraph when the sentence before names 下列', () => {
    const result = parse(
      '第一条 有下列行为之一的，依法给予处分；涉嫌犯罪的，由司法机关处理。（一）滥用职权的；（二）挪用经费的；（三）其他行为。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '有下列行为之一的，依法给予处分；涉嫌犯罪的，由司法机关处理。'],
      ['art_1__para_1__point_1', '滥用职权的；'],
      ['art_1__para_1__point_2', '挪用经费的；'],
      ['art_1__para_1__point_3', '其他行为。'],
    ]);
  });

  it('stay text when the sentence before the full stop announces no list', () => {
    const result = parse(
      '第一条 有关部门依法给予处分。（一）项规定的，责令改正；（二）项另行规定。',
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.text])).toEqual([
      ['art_1', '有关部门依法给予处分。（一）项规定的，责令改正；（二）项另行规定。'],
    ]);
  });
});
