/**
 * A decision without numbered points whose closing sentences run on after its one sentence, on
 * the same line (大同 2022 关于废止《大同市政务信息公开条例》的决定, a random sample (ua) of
 * Theonefkguy/Chinese-Laws, #16: "大同市……会议决定，废止……批准的《大同市政务信息公开条例》。本决定自公布后
 * 生效。"). Written on a line of its own, the commencement stands apart from the body's one clause
 * (大同 2024 关于废止……的决定, held out); run on, it stayed in that clause. It is split off and
 * read apart, warned closing-run-in, as after the last point of a line of points. A body whose
 * last sentence is no closing one, or a closing sentence alone, is left as it is.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const decision = (body: string) =>
  [
    '# 某市人民代表大会常务委员会关于废止《某市政务信息公开条例》的决定',
    '',
    '2022年8月25日 某市第十六届人民代表大会常务委员会第六次会议通过',
    '',
    '<!-- INFO END -->',
    '',
    body,
  ].join('\n');

const read = (source: string) => {
  const r = parseDraft(source);
  if (!r.ok) throw new Error('not parsed');
  return {
    nodes: r.document.nodes.map((n) => [n.kind, n.text]),
    codes: r.warnings.map((w) => w.code),
  };
};

describe('closing sentences run on after a body without numbered points', () => {
  it('stand apart from the body, as on a line of their own', () => {
    const runOn = read(
      decision(
        '某市第十六届人民代表大会常务委员会第六次会议决定，废止《某市政务信息公开条例》。本决定自公布后生效。',
      ),
    );
    const ownLine = read(
      decision(
        '某市第十六届人民代表大会常务委员会第六次会议决定，废止《某市政务信息公开条例》。\n\n本决定自公布后生效。',
      ),
    );
    expect(runOn.nodes).toEqual([
      ['point', '某市第十六届人民代表大会常务委员会第六次会议决定，废止《某市政务信息公开条例》。'],
      ['paragraph', '本决定自公布后生效。'],
    ]);
    expect(runOn.nodes).toEqual(ownLine.nodes);
    expect(runOn.codes).toContain('closing-run-in');
  });

  it('splits the republication after the commencement too', () => {
    expect(
      read(
        decision(
          '决定删去《某市条例》第十九条。本决定自公布之日起施行。《某市条例》根据本决定作相应修改，重新公布。',
        ),
      ).nodes,
    ).toEqual([
      ['point', '决定删去《某市条例》第十九条。'],
      ['paragraph', '本决定自公布之日起施行。'],
      ['paragraph', '《某市条例》根据本决定作相应修改，重新公布。'],
    ]);
  });

  it('leaves a body without a closing sentence, or a lone commencement', () => {
    expect(
      read(decision('会议决定，废止《某市政务信息公开条例》。该条例不再执行。')).nodes,
    ).toEqual([['point', '会议决定，废止《某市政务信息公开条例》。该条例不再执行。']]);
    expect(read(decision('本决定自公布后生效。')).nodes).toEqual([
      ['point', '本决定自公布后生效。'],
    ]);
  });
});
