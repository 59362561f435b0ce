/**
 * Items run on in a line of their own whose first label is lost, after an introduction on the line
 * before and with the next item on a line of its own (吉安 2020 文明行为促进条例 第十六条, a random
 * sample of provincial regulations, #16: "……遵守下列规定：" / "家庭成员间平等相待……和睦相处； （二）孝敬
 * 父母，尊敬长辈； （三）关爱未成年人成长……；" / "（四）邻里间团结互助……。"): the line is items 1 to 3,
 * item 1 without its label, warned. Before, the line stayed a paragraph with （二）（三） inside
 * it, （四） hung under it, and a numbering gap was warned.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市文明行为促进条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('run-on items on a line of their own with the first label lost', () => {
  it('are read as the items before the one that follows', () => {
    const r = parse(
      [
        '第十六条 弘扬家庭美德，遵守下列规定：',
        '家庭成员间平等相待，和睦相处； （二）孝敬父母，尊敬长辈； （三）关爱未成年人成长；',
        '（四）邻里间团结互助。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['art_16', '第十六条', ''],
      ['art_16__para_1', '', '弘扬家庭美德，遵守下列规定：'],
      ['art_16__para_1__point_1', '', '家庭成员间平等相待，和睦相处；'],
      ['art_16__para_1__point_2', '（二）', '孝敬父母，尊敬长辈；'],
      ['art_16__para_1__point_3', '（三）', '关爱未成年人成长；'],
      ['art_16__para_1__point_4', '（四）', '邻里间团结互助。'],
    ]);
    expect(r.warnings).toContain('item-label-missing');
    expect(r.warnings).not.toContain('numbering-gap');
  });

  it('stay a paragraph when the labels on the line do not lead up to the one that follows', () => {
    const r = parse(
      [
        '第十六条 弘扬家庭美德，遵守下列规定：',
        '家庭成员间平等相待，和睦相处； （二）孝敬父母，尊敬长辈；',
        '（四）邻里间团结互助。',
      ].join('\n\n'),
    );
    expect(
      r.nodes.filter(([id]) => String(id).includes('point')).map(([, label]) => label),
    ).toEqual(['（四）']);
    expect(r.warnings).toContain('numbering-gap');
  });
});
