/**
 * A decision of points 一、二、 that ends with a line announcing an attachment (附, 附：, 附件)
 * and the attached text (the amended text republished, an interpretation): the line ends the
 * points, and the attached text is an annex, not the last point's text (#16, seventh round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft, type ClauseNode } from '../../../src/lib/legislation/index.ts';

const decision = (mark: string, attached: string) =>
  [
    '# 临江市人民政府关于修改《临江市停车管理办法》的决定',
    '',
    '<!-- INFO END -->',
    '',
    '市人民政府决定对《临江市停车管理办法》作如下修改：',
    '',
    '一、删除第九条第二款。',
    '',
    '二、将第十条中的“十日”修改为“十五日”。',
    '',
    '本决定自公布之日起施行。',
    '',
    mark,
    '',
    attached,
    '',
  ].join('\n');

function parsed(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
}

describe('an attachment after a decision’s last point', () => {
  for (const mark of ['附', '附：', '附件', '附件：']) {
    it(`ends the points at "${mark}" and keeps an attached text as an annex`, () => {
      const result = parsed(
        decision(
          mark,
          '临江市停车管理办法\n\n一、本办法适用于城市道路。\n\n二、本办法自公布之日起施行。',
        ),
      );
      const nodes = result.document.nodes;
      expect(nodes.map((n) => n.kind)).toEqual(['point', 'point', 'paragraph', 'annex']);
      expect(nodes[1]!.text).toBe('将第十条中的“十日”修改为“十五日”。');
      expect(nodes[1]!.children).toEqual([]);
      expect(nodes[2]!.text).toBe('本决定自公布之日起施行。');
      const annex = nodes[3]!;
      expect(annex.heading).toBe(mark);
      expect(annex.text).toContain('一、本办法适用于城市道路。');
      expect(result.warnings.map((w) => w.code)).toEqual(['annex-after-points']);
    });
  }

  it('reads a republished text of articles as the annex’s articles', () => {
    const result = parsed(
      decision(
        '附',
        '临江市停车管理办法\n\n第一条　为了规范停车，制定本办法。\n\n第二条　本办法自公布之日起施行。',
      ),
    );
    const annex = result.document.nodes.at(-1) as ClauseNode;
    expect(annex.kind).toBe('annex');
    expect(annex.text).toBe('临江市停车管理办法');
    expect(annex.children.map((n) => n.eId)).toEqual(['annex_1__art_1', 'annex_1__art_2']);
    expect(result.warnings.map((w) => w.code)).toEqual(['annex-after-points', 'annex-articles']);
  });

  it('ends the points before an attached list numbered from 一、 again', () => {
    const result = parsed(
      decision(
        '附',
        '临江市停车管理办法\n\n一、总则。\n\n二、泊位。\n\n三、收费。\n\n四、本办法自公布之日起施行。',
      ),
    );
    expect(result.document.nodes.map((n) => n.kind)).toEqual([
      'point',
      'point',
      'paragraph',
      'annex',
    ]);
  });

  it('does not end the points at 附 when the next point follows', () => {
    const source = [
      '# 临江市人民政府关于调整收费标准的决定',
      '',
      '一、调整下列收费标准：',
      '',
      '附',
      '',
      '二、本决定自公布之日起施行。',
      '',
    ].join('\n');
    const nodes = parsed(source).document.nodes;
    expect(nodes.map((n) => n.kind)).toEqual(['point', 'point']);
  });
});
