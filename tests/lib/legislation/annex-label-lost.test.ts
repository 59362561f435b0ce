/**
 * An attachment whose label 附件 was lost, run on after the commencement in the line of the last
 * article of a text that refers to it (北海 2018 合浦汉墓群保护条例, a random sample of provincial
 * regulations: 第十三条 "……具体范围见附件。" … "第三十五条 本条例自2018年9月1日起施行。合浦汉墓群的
 * 保护范围和建设控制地带的边界范围 一、……：…… （一）四方岭……"): split off the article and read as an
 * annex titled so, its points on lines of their own, with a warning (#16). Before, the whole
 * attachment was text of 第三十五条.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('an attachment run on after the commencement, its label lost', () => {
  it('is an annex with its title, apart from the last article', () => {
    const result = parse(
      '第一条 保护范围划分为重点保护区和一般保护区，具体范围见附件。\n\n' +
        '第二条 本条例自2018年9月1日起施行。保护范围的边界 一、重点保护区范围包括：四方岭。 （一）四方岭重点保护区东至罗屋村。 二、一般保护区范围包括：铜鼓岭。',
    );
    const nodes = result.document.nodes;
    expect(nodes.map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['art_1', '', '保护范围划分为重点保护区和一般保护区，具体范围见附件。'],
      ['art_2', '', '本条例自2018年9月1日起施行。'],
      [
        'annex_1',
        '保护范围的边界',
        '一、重点保护区范围包括：四方岭。\n（一）四方岭重点保护区东至罗屋村。\n二、一般保护区范围包括：铜鼓岭。',
      ],
    ]);
    expect(result.warnings.map((w) => w.code)).toContain('annex-label-lost');
  });

  it('stays text of the article when the text refers to no attachment or no commencement comes before', () => {
    const result = parse(
      '第一条 保护范围划分为重点保护区和一般保护区。\n\n' +
        '第二条 本条例自2018年9月1日起施行。保护范围的边界 一、重点保护区范围包括：四方岭。\n\n' +
        '第三条 具体范围见附件。保护范围的边界 一、重点保护区范围包括：四方岭。',
    );
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['article', 'article', 'article']);
  });
});
