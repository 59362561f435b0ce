/**
 * A decision with no numbers whose enacting sentence is its decision (大同 2024 关于废止《大同市
 * 促进个体私营经济发展条例》的决定: "大同市第十六届人民代表大会常务委员会第二十三次会议决定，废止……
 * 批准的《大同市促进个体私营经济发展条例》。" / "本决定自公布后生效。"): the sentence that decides is
 * the unnumbered clause and the closing sentence after it stands apart, as after the change of a
 * decision whose enacting sentence ends with 作如下修改： (#16, ra round). Before, the closing
 * sentence was read as the clause's second line.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const DECIDED =
  '大同市第十六届人民代表大会常务委员会第二十三次会议决定，废止2003年10月23日由大同市第十二届人民代表大会常务委员会第二次会议通过的《大同市促进个体私营经济发展条例》。';

function parse(body: string[]) {
  const result = parseDraft(
    [
      '# 大同市人民代表大会常务委员会关于废止《大同市促进个体私营经济发展条例》的决定',
      '2024年8月7日 大同市第十六届人民代表大会常务委员会第二十三次会议通过',
      '<!-- INFO END -->',
      ...body,
    ].join('\n\n'),
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.kind, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a decision whose one sentence decides, and a closing sentence', () => {
  it('keeps the closing sentence apart from the clause', () => {
    for (const closing of ['本决定自公布后生效。', '本决定自公布之日起施行。']) {
      const r = parse([DECIDED, closing]);
      expect(r.nodes).toEqual([
        ['point_1', 'point', DECIDED],
        ['para_1', 'paragraph', closing],
      ]);
      expect(r.warnings).toContain('body-unnumbered');
    }
  });

  it('keeps a decision of one closing sentence alone one clause', () => {
    const r = parse(['本决定自公布之日起施行。']);
    expect(r.nodes).toEqual([['point_1', 'point', '本决定自公布之日起施行。']]);
  });
});
