/**
 * A text without articles whose body opens with unnumbered paragraphs before its list
 * (全国人大常委会 2002 关于刑法第三百一十三条的解释: "……的含义问题，解释如下：" / "刑法第三百一十三条规定的
 * “人民法院的判决、裁定”，是指……裁定。" / "下列情形属于……的情形：" / "（一）……" … "（五）……"): the
 * enacting sentence ending with 如下： closes the front matter, so the paragraphs after it are
 * the body's, unnumbered paragraphs before the items, warned body-paragraphs (#16, qi round,
 * shapes left by earlier rounds). Before, they stayed in the preamble with the title and history.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';
import { readHeldout } from '../../helpers/heldout.ts';

function parse(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    preamble: result.document.preamble,
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.label, n.text.slice(0, 12)]),
    warnings: result.warnings.map((w) => w.code),
  };
}

const ENACTING = '常务委员会讨论了刑法第一百条规定的含义问题，解释如下：';
const MEANING = '刑法第一百条规定的“判决”，是指已发生法律效力的判决。';
const INTRO = '下列情形属于刑法第一百条规定的“情节严重”的情形：';

describe('unnumbered paragraphs before the items of a text without articles', () => {
  it('are the body’s paragraphs, not the preamble', () => {
    const r = parse(
      [
        '# 关于《刑法》第一百条的解释',
        '（2002年8月29日通过）',
        ENACTING,
        MEANING,
        INTRO,
        '（一）隐藏财产，致使判决无法执行的；',
        '（二）其他情节严重的情形。',
      ].join('\n\n'),
    );
    expect(r.preamble).toEqual(['（2002年8月29日通过）', ENACTING]);
    expect(r.nodes).toEqual([
      ['para_1', '', MEANING.slice(0, 12)],
      ['para_2', '', INTRO.slice(0, 12)],
      ['point_1', '（一）', '隐藏财产，致使判决无法执'],
      ['point_2', '（二）', '其他情节严重的情形。'],
    ]);
    expect(r.warnings).toContain('body-paragraphs');
  });

  it('reads the 2002 解释 of 刑法第三百一十三条 so', () => {
    const r = parse(readHeldout('quanguo-renda-jieshi-xingfa-313--2002.md'));
    expect(r.preamble.at(-1)).toMatch(/解释如下：$/);
    expect(r.nodes.slice(0, 3).map(([id]) => id)).toEqual(['para_1', 'para_2', 'point_1']);
  });

  it('leaves the preamble alone when no sentence ending with 如下： comes before the list', () => {
    const r = parse(
      ['# 某规定', '（2002年8月29日通过）', INTRO, '（一）甲；', '（二）乙。'].join('\n\n'),
    );
    expect(r.nodes.map(([id]) => id)).toEqual(['point_1', 'point_2']);
    expect(r.warnings).not.toContain('body-paragraphs');
  });
});
