/**
 * Paragraphs run on after a full stop and a space in a line that lost its line breaks, its points
 * run on too (天津 2015 关于鼓励促进改革创新的决定, the whole body on one line: "…… 二、改革创新应当
 * ……做到重大改革于法有据。 改革创新应当坚持人民主体地位，……。 改革创新应当遵循法定决策程序，……。
 * 三、……"): each is a paragraph of its point, as when the points stand on lines of their own and
 * as the paragraphs of run-on articles are (paragraph-run-in) (#16, ra round). Before, a point's
 * paragraphs stayed one text joined by spaces. A space after 。 in a line of one point stays.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 临江市人大常委会关于某事的决定\n\n<!-- INFO END -->\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('paragraphs run on in a line of run-on points', () => {
  it('are split after a full stop and a space, with a warning', () => {
    const r = parse(
      '某会议通过 为了某事，特作如下决定： 一、甲应当如此。 二、乙应当如此。 乙的第二段。 乙的第三段。 三、丙应当如此。 本决定自公布之日起施行。',
    );
    expect(r.nodes).toEqual([
      ['point_1', '甲应当如此。'],
      ['point_2', '乙应当如此。\n乙的第二段。\n乙的第三段。'],
      ['point_3', '丙应当如此。'],
      ['para_1', '本决定自公布之日起施行。'],
    ]);
    expect(r.warnings.filter((w) => w === 'paragraph-run-in')).toHaveLength(2);
  });

  it('leaves a space after a full stop in a line of one point', () => {
    const r = parse('会议决定：\n\n一、甲应当如此。 甲的第二句。\n\n二、乙应当如此。');
    expect(r.nodes).toEqual([
      ['point_1', '甲应当如此。 甲的第二句。'],
      ['point_2', '乙应当如此。'],
    ]);
  });
});
