/**
 * A Word page field saved as text writes its code on a line (`PAGE`) and the page number it
 * showed on the next line (天津 2017 农作物秸秆综合利用和露天禁烧的决定: "……起施行。" / "PAGE  " /
 * "1"). The code was left out already; the number after it is the field's result, a page number.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

describe('a page field and its result', () => {
  it('leaves out the number a page field line shows after its code', () => {
    const source = [
      '# 决定',
      '',
      '为了推进综合利用，作如下决定：',
      '',
      '一、各级人民政府应当加强领导。',
      '',
      '二、本决定自2017年3月1日起施行。',
      '',
      'PAGE  ',
      '1',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    const points = flatten(result.document.nodes).filter((n) => n.kind === 'point');
    expect(points.map((p) => p.text)).toEqual([
      '各级人民政府应当加强领导。',
      '本决定自2017年3月1日起施行。',
    ]);
    expect(result.warnings.map((w) => [w.code, w.line, w.params?.['text']])).toEqual([
      ['field-code-line', 9, 'PAGE'],
      ['page-number', 10, '1'],
    ]);
  });

  it('leaves out the result also after blank lines, and a field framed in dashes', () => {
    const source = [
      '# 条例',
      '',
      '第一条　本条例自公布之日起施行。',
      '',
      '— PAGE —',
      '',
      '12',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((a) => a.text)).toEqual(['本条例自公布之日起施行。']);
    expect(result.warnings.filter((w) => w.code === 'page-number').map((w) => w.line)).toEqual([7]);
  });

  it('keeps a bare number that no page field comes before', () => {
    const source = [
      '# 条例',
      '',
      '第一条　本条例的附表：',
      '',
      '3',
      '',
      '第二条　本条例自公布之日起施行。',
      '',
    ].join('\n');
    const result = parseDraft(source);
    if (!result.ok) throw new Error('no tree');
    expect(result.warnings.filter((w) => w.code === 'page-number')).toEqual([]);
    const first = flatten(result.document.nodes).find((n) => n.kind === 'article');
    expect(JSON.stringify(first)).toContain('3');
  });
});
