/**
 * A list whose item labels were all lost (南昌 2017 历史文化名城保护条例 第二十条: "历史风貌区保护规划
 * 应当包括以下内容：" / "评估风貌区特色和历史价值，……保护要求；" / "风貌区的保护范围，……；" / "建筑分类
 * 保护和控制措施；" / "街巷、历史环境要素的保护控制。"): after a paragraph whose last sentence
 * introduces a list (下列, 以下, 如下 before its closing colon), two or more one-line paragraphs
 * without a label or a colon, each ending with ；, the last with 。, are that paragraph's items,
 * read without labels (numbered in order), warned items-unlabeled (#16, qi round, shapes left by
 * earlier rounds). Before, they stayed paragraphs of the article, with the same warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(article: string) {
  const result = parseDraft(`# 某市历史文化名城保护条例\n\n${article}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text]),
    warnings: result.warnings.filter((w) => w.code.startsWith('item')).map((w) => [w.code, w.line]),
  };
}

const LIST = [
  '第二十条 历史风貌区保护规划应当包括以下内容：',
  '评估风貌区特色和历史价值，提出风貌区控制内容和保护要求；',
  '风貌区的保护范围，包括核心保护范围和建设控制地带；',
  '建筑分类保护和控制措施；',
  '街巷、历史环境要素的保护控制。',
];

describe('a list whose item labels were all lost', () => {
  it('reads the lines as the items of the introducing paragraph, without labels, warned', () => {
    const r = parse(LIST.join('\n\n'));
    expect(r.nodes).toEqual([
      ['art_20', '第二十条', ''],
      ['art_20__para_1', '', '历史风貌区保护规划应当包括以下内容：'],
      ['art_20__para_1__point_1', '', '评估风貌区特色和历史价值，提出风貌区控制内容和保护要求；'],
      ['art_20__para_1__point_2', '', '风貌区的保护范围，包括核心保护范围和建设控制地带；'],
      ['art_20__para_1__point_3', '', '建筑分类保护和控制措施；'],
      ['art_20__para_1__point_4', '', '街巷、历史环境要素的保护控制。'],
    ]);
    expect(r.warnings).toEqual([['items-unlabeled', 5]]);
  });

  it('keeps a paragraph after the list a paragraph of the article', () => {
    const r = parse([...LIST, '前款规定的内容应当向社会公布。'].join('\n\n'));
    expect(r.nodes.at(-2)?.[0]).toBe('art_20__para_1__point_4');
    expect(r.nodes.at(-1)).toEqual(['art_20__para_2', '', '前款规定的内容应当向社会公布。']);
  });

  it('leaves the lines paragraphs when the last does not end with 。', () => {
    const r = parse(LIST.slice(0, 4).join('\n\n'));
    expect(r.nodes.filter(([id]) => String(id).includes('point'))).toEqual([]);
  });
});
