/**
 * A decision's note that it renumbered the articles, written as done rather than as to be done
 * (中山 2024 修改制定地方性法规条例决定: "此外，根据立法技术规范，还作了一些文字表述的修改完善，并对条文
 * 序号作了调整。"), on its line after the last point: a closing sentence, so it stands with the
 * commencement apart from the last point (#16, pm sample). Before, only 作相应调整 was one, and the
 * note stayed in the last point's own text.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某市人民代表大会常务委员会关于修改《某市条例》的决定\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]);
}

describe('a closing note that the articles were renumbered', () => {
  it.each(['并对条文序号作了调整。', '并对条文顺序作了相应调整。', '对条文序号作相应调整。'])(
    'stands apart from the last point: %s',
    (tail) => {
      const note = `此外，根据立法技术规范，还作了一些文字表述的修改完善，${tail}`;
      const nodes = parse(
        [
          '会议决定作如下修改：',
          '一、删去第三条。',
          '二、删去第四条。',
          note,
          '本决定自公布之日起施行。',
        ].join('\n\n'),
      );
      expect(nodes.slice(-3)).toEqual([
        ['point_2', '删去第四条。'],
        ['para_1', note],
        ['para_2', '本决定自公布之日起施行。'],
      ]);
    },
  );
});
