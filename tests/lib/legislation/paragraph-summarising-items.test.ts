/**
 * A paragraph after the items of a decision's point that speaks of them as a whole (上海 2023 修改
 * 《上海市养老服务条例》等12件地方性法规和废止……等6件地方性法规的决定: "二、废止……等6件地方性法规" /
 * "（一）废止……。" … "（六）废止……《上海市经纪人条例》。" / "以上六件法规废止后，相关工作按照……执行。"
 * / "本决定自2023年12月28日起施行。"): the point's, after its items, not the last item's text; the
 * commencement after it stands apart as before (#16, qa round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

const SOURCE = [
  '# 某市人民代表大会常务委员会关于废止《某市滩涂管理条例》等2件地方性法规的决定',
  '某市人民代表大会常务委员会决定：',
  '一、废止《某市滩涂管理条例》等2件地方性法规',
  '（一）废止1996年10月31日某市人民代表大会常务委员会通过的《某市滩涂管理条例》。',
  '（二）废止2000年12月15日某市人民代表大会常务委员会通过的《某市经纪人条例》。',
  '以上两件法规废止后，相关工作按照国家和本市现行法律、法规执行。',
  '本决定自公布之日起施行。',
].join('\n\n');

function outline(nodes: ClauseNode[]): string[] {
  return nodes.flatMap((n) => [`${n.eId} ${n.text}`, ...outline(n.children)]);
}

describe('a paragraph after a decision point’s items that speaks of them all', () => {
  it('is the point’s, not the last item’s text', () => {
    const result = parseDraft(SOURCE, { file: 'x.md' });
    if (!result.ok) throw new Error('parse failed');
    expect(outline(result.document.nodes)).toEqual([
      'point_1 废止《某市滩涂管理条例》等2件地方性法规',
      'point_1__point_1 废止1996年10月31日某市人民代表大会常务委员会通过的《某市滩涂管理条例》。',
      'point_1__point_2 废止2000年12月15日某市人民代表大会常务委员会通过的《某市经纪人条例》。',
      'point_1__para_1 以上两件法规废止后，相关工作按照国家和本市现行法律、法规执行。',
      'para_1 本决定自公布之日起施行。',
    ]);
  });
});
