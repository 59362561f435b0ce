/**
 * A paragraph after a list of items that stand outside any article, in a body of paragraphs
 * without articles (全国人民代表大会常务委员会关于《中华人民共和国民法通则》第九十九条第一款、《中华人民
 * 共和国婚姻法》第二十二条的解释, 2014: "……可以在父姓和母姓之外选取姓氏：" / "（一）……；" / "（二）……；" /
 * "（三）有不违反公序良俗的其他正当理由。" / "少数民族公民的姓氏可以从本民族的文化传统和风俗习惯。" /
 * "现予公告。"): the list ended, so the paragraph is the body's next paragraph, standing at the
 * level of the items after them, and 现予公告。 closes the text. Before, both were a paragraph of
 * item （三） (#16, rd round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';
import type { ClauseNode } from '../../../src/lib/legislation/types.ts';

function outline(source: string): string[] {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const walk = (nodes: ClauseNode[]): string[] =>
    nodes.flatMap((n) => [`${n.eId} ${n.text}`, ...walk(n.children)]);
  return walk(result.document.nodes);
}

const HEAD = [
  '# 全国人民代表大会常务委员会关于某法第九十九条的解释',
  '　　全国人民代表大会常务委员会讨论了上述规定的含义，解释如下：',
  '　　公民依法享有姓名权。',
  '　　公民原则上应当随父姓或者母姓。有下列情形之一的，可以选取其他姓氏：',
  '　　（一）选取其他直系长辈血亲的姓氏；',
  '　　（二）有不违反公序良俗的其他正当理由。',
];

describe('a paragraph after a loose list in a body of paragraphs', () => {
  it('is the body’s next paragraph, and the proclamation closes the text', () => {
    expect(
      outline(
        [
          ...HEAD,
          '　　少数民族公民的姓氏可以从本民族的文化传统和风俗习惯。',
          '　　现予公告。',
        ].join('\n\n'),
      ),
    ).toEqual([
      'para_1 公民依法享有姓名权。',
      'para_2 公民原则上应当随父姓或者母姓。有下列情形之一的，可以选取其他姓氏：',
      'point_1 选取其他直系长辈血亲的姓氏；',
      'point_2 有不违反公序良俗的其他正当理由。',
      'para_3 少数民族公民的姓氏可以从本民族的文化传统和风俗习惯。',
      'para_4 现予公告。',
    ]);
  });

  it('keeps the items’ own ids', () => {
    const ids = outline([...HEAD, '　　少数民族公民的姓氏从其习惯。'].join('\n\n')).map(
      (l) => l.split(' ')[0],
    );
    expect(ids).toEqual(['para_1', 'para_2', 'point_1', 'point_2', 'para_3']);
  });
});
