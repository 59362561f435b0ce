/**
 * The halfwidth ideographic full stop ｡ (U+FF61) in place of 。 (吉安 2021 殡葬管理条例, a random
 * sample, #16: 第二十五条's second paragraph ends "……诱导丧事承办人消费｡"): a line ending so was
 * read as a line broken without punctuation, and the next paragraph was joined onto it; an article
 * run on after ｡ was not split off. A careful reader reads ｡ as the full stop it is (Unicode folds
 * it to 。), so the parser reads it as 。, with a note naming the lines; likewise a point's label 一､ as 一、:
 * a decision whose points were written 一､ 二､ had no clause the parser could find and was refused.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(['# 某市殡葬管理条例', '', ...lines, ''].join('\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('the halfwidth full stop ｡', () => {
  it('ends a paragraph: the next line is the next paragraph, not its continuation', () => {
    const r = parse([
      '第一条 殡葬服务的收费项目，由价格主管部门核定。',
      '',
      '殡葬服务机构不得欺骗、诱导丧事承办人消费｡',
      '',
      '经营性公墓经营者应当订立书面服务合同。',
      '',
      '第二条 本条例自2022年1月1日起施行。',
    ]);
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '殡葬服务的收费项目，由价格主管部门核定。'],
      ['art_1__para_2', '殡葬服务机构不得欺骗、诱导丧事承办人消费。'],
      ['art_1__para_3', '经营性公墓经营者应当订立书面服务合同。'],
      ['art_2', '本条例自2022年1月1日起施行。'],
    ]);
    expect(r.warnings).toContain('halfwidth-punctuation');
    expect(r.warnings).not.toContain('line-joined');
  });

  it('ends a sentence after which an article is run on', () => {
    const r = parse(['第一条 甲应当遵守本条例｡第二条 乙应当遵守本条例｡', '', '第三条 丙。']);
    expect(r.nodes.map(([id]) => id)).toEqual(['art_1', 'art_2', 'art_3']);
  });

  it('leaves a text without ｡ unnoted', () => {
    expect(parse(['第一条 甲。']).warnings).not.toContain('halfwidth-punctuation');
  });

  it('reads points written 一､ 二､ as the points 一、 二、', () => {
    const r = parse([
      '某市人民代表大会常务委员会决定：',
      '',
      '一､将第一条修改为：“甲。”',
      '',
      '二､将第二条修改为：“乙。”',
    ]);
    expect(r.nodes).toEqual([
      ['point_1', '将第一条修改为：“甲。”'],
      ['point_2', '将第二条修改为：“乙。”'],
    ]);
  });
});
