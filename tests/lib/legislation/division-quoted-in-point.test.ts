/**
 * A Markdown heading the converter made from a division quoted in a decision's point (内蒙古
 * 2022 修改决定: "……（十四）将" / "## 第四章 章名修改为“……”。（十五）增加一条……") is text of that
 * point, not a chapter that swallows the rest of the decision (#16, thirteenth round).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《某某条例》等2件地方性法规的决定\n\n<!-- LEGAL_HEADER_END -->\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return result;
}

describe('a division heading quoted in a point', () => {
  it('is text of the item it continues, and the items and points after it are read', () => {
    const r = parse(
      [
        '会议决定，对《某某条例》《某某办法》作如下修改：一、某某条例（一）将第三条修改为：“甲。”（二）删去第五条。二、某某办法（一）将第一条修改为：“乙。”（二）将',
        '## 第四章 章名修改为“土地流转”。（三）增加一条，作为第九条 ：“丙。”三、某某规定（一）删去第二条。（二）将第三条修改为：“丁。”',
      ].join('\n\n'),
    );
    const nodes = flatten(r.document.nodes);
    expect(
      nodes.filter((n) => n.kind !== 'point' || !n.label.startsWith('（')).map((n) => n.label),
    ).toEqual(['一、', '二、', '三、']);
    const second = r.document.nodes[1]!;
    expect(second.children.map((c) => [c.label, c.text])).toEqual([
      ['（一）', '将第一条修改为：“乙。”'],
      ['（二）', '将\n第四章 章名修改为“土地流转”。'],
      ['（三）', '增加一条，作为第九条 ：“丙。”'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'division-quoted').map((w) => w.line)).toEqual([7]);
    expect(r.warnings.some((w) => w.code === 'numbering-gap')).toBe(false);
  });

  it('is text when it goes on with 修改为 or a quotation, also outside a text of points', () => {
    const r = parse('第一条 甲。\n\n## 第二章 中的“乙”修改为“丙”。\n\n第二条 丁。');
    expect(flatten(r.document.nodes).filter((n) => n.kind === 'chapter')).toEqual([]);
  });

  it('leaves a real chapter heading alone', () => {
    const r = parse('## 第一章 总则\n\n第一条 甲。\n\n## 第二章 管理\n\n第二条 乙。');
    expect(flatten(r.document.nodes).map((n) => `${n.kind} ${n.label}`)).toEqual([
      'chapter 第一章',
      'article 第一条',
      'chapter 第二章',
      'article 第二条',
    ]);
  });
});
