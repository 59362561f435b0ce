/**
 * A point of a text of points whose short caption runs on into its items on one line (邮寄纳税申报
 * 办法 2018: "三、办理程序 （一）……。 （二）……"): the items are the point's (#16, seventh round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const points = (body: string) => {
  const result = parseDraft(`# 临江市某某办法\n\n为了规范申报，制定本办法。\n\n${body}\n`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('items after a point’s caption on one line', () => {
  it('splits the items off the caption as items of the point', () => {
    const result = points(
      '一、办理程序 （一）纳税人填写申报表。 （二）邮政部门按时投递。\n\n二、本办法自发布之日起生效。',
    );
    const [first] = result.document.nodes;
    expect(first!.text).toBe('办理程序');
    expect(first!.children.map((c) => [c.eId, c.text])).toEqual([
      ['point_1__point_1', '纳税人填写申报表。'],
      ['point_1__point_2', '邮政部门按时投递。'],
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual([
      'point-caption-items',
      'items-on-one-line',
    ]);
  });

  it('leaves a （一） inside a sentence, without a （二） after it, as text', () => {
    const result = points(
      '一、依照本办法第三条（一）项的规定申报。\n\n二、本办法自发布之日起生效。',
    );
    expect(result.document.nodes[0]!.children).toEqual([]);
    expect(result.document.nodes[0]!.text).toBe('依照本办法第三条（一）项的规定申报。');
  });

  it('leaves a point whose text before （一） is a sentence, not a caption', () => {
    const result = points(
      '一、纳税人应当按时申报，（一）填写申报表；（二）交寄。\n\n二、本办法自发布之日起生效。',
    );
    expect(result.document.nodes[0]!.children).toEqual([]);
  });
});
