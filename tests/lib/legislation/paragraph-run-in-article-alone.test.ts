/**
 * Paragraphs of one article joined by a full stop and a space on the article's own line, in a
 * text whose other lines show that its line breaks were lost (宜春 2020 文明行为促进条例: articles
 * run on after "。 " on some lines, and on the line of 第五条 alone: "……总体布局。各类开发区……工作。
 * 乡（镇）人民政府……职责。 居（村）民委员会……"): the space after the full stop is a lost break there
 * too, so each such sentence opens a paragraph, warned paragraph-break-lost, as a line where
 * articles run on is split (paragraph-run-in). In a text whose articles all stand on their own lines, a space after 。 is
 * only a space: the sentences stay one paragraph (#16, round rf).
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  const nodes = flatten(result.document.nodes);
  const paras = (num: number) => {
    const art = nodes.find((n) => n.kind === 'article' && n.num === num)!;
    return art.children.length ? art.children.map((c) => c.text) : [art.text];
  };
  return { paras, warnings: result.warnings };
}

describe('paragraphs run in on an article line of a text that lost its line breaks', () => {
  it('are split after a full stop and a space when other lines run articles on', () => {
    const r = parse(
      [
        '第一条 甲。 第二条 乙。',
        '第三条 丙应当做好工作。丁应当配合。 戊应当履行职责。　己应当协助。',
        '第四条 庚。',
      ].join('\n\n'),
    );
    expect(r.paras(3)).toEqual([
      '丙应当做好工作。丁应当配合。',
      '戊应当履行职责。',
      '己应当协助。',
    ]);
    expect(r.paras(4)).toEqual(['庚。']);
    const w = r.warnings.filter((x) => x.code === 'paragraph-break-lost');
    expect(w.map((x) => x.line)).toEqual([5, 5]);
  });

  it('are split on lines before the first line that runs articles on too', () => {
    const r = parse(['第一条 甲。 乙。', '第二条 丙。 第三条 丁。'].join('\n\n'));
    expect(r.paras(1)).toEqual(['甲。', '乙。']);
  });

  it('stay one paragraph in a text whose articles stand on their own lines', () => {
    const r = parse(
      ['第一条 甲。', '第二条 丙应当做好工作。 丁应当配合。', '第三条 戊。'].join('\n\n'),
    );
    expect(r.paras(2)).toEqual(['丙应当做好工作。 丁应当配合。']);
    expect(r.warnings.some((x) => x.code === 'paragraph-break-lost')).toBe(false);
  });

  it('leave items and the text after them to the items rules', () => {
    const r = parse(
      ['第一条 甲。 第二条 乙。', '第三条 禁止下列行为：（一）丙；（二）丁。 戊。'].join('\n\n'),
    );
    expect(r.warnings.filter((x) => x.code === 'paragraph-break-lost')).toEqual([]);
  });
});
