/**
 * A Word hyperlink field written with its switches (#16, round ub): 常德 2016 饮用水水源环境保护
 * 条例 第一条 "……等法律" / "HYPERLINK "http://www.chinalawedu.com/falvfagui/" \t "_blank" \o "法规"法规的
 * 规定，结合本市实际，制定本条例。". A field is HYPERLINK, its address and any of its switches, \l
 * (bookmark), \m, \n, \o (ScreenTip), \t (target frame), each with its quoted argument; the words
 * the link covered ("法规") follow the field. Before, only HYPERLINK and the address were left
 * out and `\t "_blank" \o "法规"` stayed in the article's text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    texts: flatten(result.document.nodes).map((n) => [n.eId, n.text]),
    debris: result.warnings.filter((w) => w.code === 'word-debris').map((w) => w.params?.['text']),
  };
}

describe('a Word hyperlink field with its switches', () => {
  it('is left out whole inside a sentence, switches and their arguments too', () => {
    const r = parse(
      [
        '第一条 根据有关法律HYPERLINK "http://www.example.cn/fg/" \\t "_blank" \\o "法规"法规的规定，制定本条例。',
        '第二条 依照《HYPERLINK \\l "_Toc12" \\o "宪法"中华人民共和国宪法》执行。',
      ].join('\n\n'),
    );
    expect(r.texts).toEqual([
      ['art_1', '根据有关法律法规的规定，制定本条例。'],
      ['art_2', '依照《中华人民共和国宪法》执行。'],
    ]);
    expect(r.debris).toEqual([
      'HYPERLINK "http://www.example.cn/fg/" \\t "_blank" \\o "法规"',
      'HYPERLINK \\l "_Toc12" \\o "宪法"',
    ]);
  });

  it('joins the words after a field alone on its line to the sentence broken before it', () => {
    const r = parse(
      [
        '第一条 为了保护饮用水水源，根据《中华人民共和国水法》等法律',
        'HYPERLINK "http://www.example.cn/falvfagui/" \\t "_blank" \\o "法规"法规的规定，结合本市实际，制定本条例。',
        '第二条 本条例自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.texts).toEqual([
      [
        'art_1',
        '为了保护饮用水水源，根据《中华人民共和国水法》等法律法规的规定，结合本市实际，制定本条例。',
      ],
      ['art_2', '本条例自公布之日起施行。'],
    ]);
  });

  it('keeps a backslash and quotes that follow no hyperlink field', () => {
    const r = parse('第一条 文件的路径写作"C:\\temp"，标题写作\\t "目录"。');
    expect(r.texts).toEqual([['art_1', '文件的路径写作"C:\\temp"，标题写作\\t "目录"。']]);
    expect(r.debris).toEqual([]);
  });
});
