/**
 * A list run on in one text whose labels after （一） were lost in the source (乌兰察布 2021 城市
 * 园林绿化条例 第二十条, a random sample, #16: "……按照下列规定确定：（一）公园绿地、道路附属绿地由
 * 城市园林绿化主管部门负责；单位附属绿地……由该单位负责；多单位共用庭院的，由各单位共同负责；……"):
 * where each item ends cannot be told (the second item holds two clauses), so the text stays as
 * written, now with a warning. Before, nothing told the reader that the list had lost its labels.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市条例\n\n${article}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    texts: flatten(result.document.nodes).map((n) => [n.label, n.text]),
    lost: result.warnings.filter((w) => w.code === 'items-labels-lost').map((w) => w.line),
  };
}

describe('a run-on list whose labels after （一） were lost', () => {
  it('keeps the text as written and warns', () => {
    const text =
      '责任按照下列规定确定：（一）公园绿地由主管部门负责；单位附属绿地，由该单位负责；多单位共用庭院的，由各单位共同负责；生产绿地由其经营单位负责。';
    const r = parse(`第二十条 ${text}`);
    expect(r.texts).toEqual([['第二十条', text]]);
    expect(r.lost).toEqual([3]);
  });

  it('says nothing of a list whose labels go on', () => {
    const r = parse(
      '第二十条 责任按照下列规定确定：（一）公园绿地由主管部门负责；（二）单位附属绿地由该单位负责。',
    );
    expect(r.texts.map(([label]) => label)).toEqual(['第二十条', '', '（一）', '（二）']);
    expect(r.lost).toEqual([]);
  });

  it('says nothing of one item quoted by an amendment', () => {
    const r = parse('第二条 将第五条修改为：“有下列情形之一的，不予登记：（一）未成年的。”');
    expect(r.lost).toEqual([]);
  });
});
