/**
 * The proclamation that closes a text of points (全国人民代表大会常务委员会关于《中华人民共和国香港特别
 * 行政区维护国家安全法》第十四条和第四十七条的解释, 2022: "三、……作出相关判断和决定。" / "现予公告。"):
 * 现予公告。 is said of the whole interpretation, as 本决定自……施行。 is of a decision, so it stands
 * apart after the points, an unnumbered paragraph of the body, not the last point's text. Before,
 * it was read as the end of point 三、 (#16, rd round).
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

const HEAD =
  '# 全国人民代表大会常务委员会关于某法第十四条的解释\n\n全国人民代表大会常务委员会对某法第十四条规定的含义作如下解释：';

describe('the proclamation after the last point', () => {
  it('stands apart after the points, no point’s text', () => {
    expect(
      outline(
        [
          HEAD,
          '一、委员会作出的决定具有可执行的法律效力。',
          '二、法院应当取得证明书。',
          '现予公告。',
        ].join('\n\n'),
      ),
    ).toEqual([
      'point_1 委员会作出的决定具有可执行的法律效力。',
      'point_2 法院应当取得证明书。',
      'para_1 现予公告。',
    ]);
  });

  it('is read the same written 特此公告。 or 现予公布。', () => {
    for (const formula of ['特此公告。', '现予公布。'])
      expect(
        outline(
          [HEAD, '一、委员会的决定有效。', '二、法院应当取得证明书。', formula].join('\n\n'),
        ).at(-1),
      ).toBe(`para_1 ${formula}`);
  });

  it('leaves a sentence that goes on after the formula to the point', () => {
    expect(
      outline(
        [HEAD, '一、委员会的决定有效。', '二、法院应当取得证明书。', '现予公告，请遵照执行。'].join(
          '\n\n',
        ),
      ),
    ).toEqual([
      'point_1 委员会的决定有效。',
      'point_2 法院应当取得证明书。\n现予公告，请遵照执行。',
    ]);
  });
});
