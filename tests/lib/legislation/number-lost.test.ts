/**
 * Numbers the source lost, its sentence going on without them (南京 2009 农村公路条例 第二十四条:
 * "……外缘起，县道不少于，乡道不少于，村道不少于。", 第四十一条: "本条例自施行。"; the same in
 * 南京 1988 内秦淮河管理条例): the text stays as published, but staff are told to check the
 * original (#16, pd round). Before, nothing was said.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function warnings(body: string) {
  const result = parseDraft(`# 某市农村公路条例\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result.warnings
    .filter((w) => w.code === 'number-lost')
    .map((w): [number, string] => [w.line, String(w.params?.text ?? '')]);
}

describe('a number lost from the source', () => {
  it('is reported where a bound or a commencement stops before punctuation', () => {
    expect(
      warnings(
        '第一条 农村公路建筑控制区从公路两侧边沟外缘起，县道不少于，乡道不少于。\n\n第二条 本条例自施行。',
      ),
    ).toEqual([
      [3, '边沟外缘起，县道不少于'],
      [3, '县道不少于，乡道不少于'],
      [5, '第二条 本条例自'],
    ]);
  });

  it('is not reported when the number is there', () => {
    expect(
      warnings('第一条 县道不少于十米，乡道不少于五米。\n\n第二条 本条例自2010年1月1日起施行。'),
    ).toEqual([]);
  });

  it('is not reported for 自施行之日起, which counts from the commencement', () => {
    // 南平 2016 立法条例 第六十二条 (qb round): the warning had asked staff to check a date
    // that was never lost.
    expect(
      warnings(
        '第一条 法规自施行之日起满两年，有关部门应当书面报告实施情况。\n\n第二条 本条例自起施行。',
      ),
    ).toEqual([[5, '第二条 本条例自']]);
  });
});
