/**
 * A decision with one change and no numbers (厦门 2024 修改《厦门市农村集体财务审计条例》的决定:
 * "厦门市第十六届人民代表大会常务委员会第二十次会议决定对《厦门市农村集体财务审计条例》作如下修改：" /
 * "删去第十九条、第二十七条。" / "本决定自公布之日起施行。" / "《……》根据本决定作相应修改，重新公布。"):
 * the enacting sentence ending with 作如下修改： is front matter, the change alone is the unnumbered
 * clause, and the closing sentences stand apart after it, as after the points of a decision
 * (#16, qi round, shapes left by earlier rounds). Before, all four lines were one clause.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const ENACTING =
  '厦门市第十六届人民代表大会常务委员会第二十次会议决定对《厦门市农村集体财务审计条例》作如下修改：';
const CHANGE = '删去第十九条、第二十七条。';
const CLOSING = [
  '本决定自公布之日起施行。',
  '《厦门市农村集体财务审计条例》根据本决定作相应修改，重新公布。',
];

function parse(body: string[]) {
  const result = parseDraft(
    [
      '# 厦门市人民代表大会常务委员会关于修改《厦门市农村集体财务审计条例》的决定',
      '（2024年8月29日厦门市第十六届人民代表大会常务委员会第二十次会议通过）',
      '<!-- INFO END -->',
      ...body,
    ].join('\n\n'),
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return {
    preamble: result.document.preamble,
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.kind, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a decision with one change and no numbers', () => {
  it('keeps the enacting sentence in the preamble and the closing sentences apart', () => {
    const r = parse([ENACTING, CHANGE, ...CLOSING]);
    expect(r.preamble.at(-1)).toBe(ENACTING);
    expect(r.nodes).toEqual([
      ['point_1', 'point', CHANGE],
      ['para_1', 'paragraph', CLOSING[0]],
      ['para_2', 'paragraph', CLOSING[1]],
    ]);
    expect(r.warnings).toContain('body-unnumbered');
  });

  it('keeps a body without an enacting sentence one clause', () => {
    const r = parse([CHANGE, '其他条文不变。']);
    expect(r.nodes).toEqual([['point_1', 'point', `${CHANGE}\n其他条文不变。`]]);
  });
});
