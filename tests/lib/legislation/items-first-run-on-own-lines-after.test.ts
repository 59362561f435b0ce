/**
 * A list whose first item runs on after its introduction's colon while the items after it stand
 * on lines of their own (中国民用航空气象工作规则 2016 第二十四条: "民用航空气象服务机构的运行手册至少
 * 包括以下内容:（一）组织机构及其职责、岗位职责；" / "（二）值班工作制度、天气会商制度；" / …): the
 * text from （一） on is the list's first item (#16, pn random sample). Before, （一） stayed in
 * the introduction, with a numbering gap at （二） and an items-labels-lost warning.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某规则\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string, string] => [
      n.eId,
      n.label,
      n.text,
    ]),
    codes: result.warnings.map((w) => w.code),
  };
}

const list = (intro: string) =>
  [
    `第一条 ${intro}（一）组织机构及其职责、岗位职责；`,
    '（二）值班工作制度、天气会商制度；',
    '（三）专机保障制度、应急管理制度及预案。',
    '第二条 本规则自2016年4月28日起施行。',
  ].join('\n\n');

describe('a first item run on after the colon, the next items on their own lines', () => {
  it('is the first item of the list', () => {
    const r = parse(list('运行手册至少包括以下内容:'));
    expect(r.nodes).toEqual([
      ['art_1', '第一条', ''],
      ['art_1__para_1', '', '运行手册至少包括以下内容:'],
      ['art_1__para_1__point_1', '（一）', '组织机构及其职责、岗位职责；'],
      ['art_1__para_1__point_2', '（二）', '值班工作制度、天气会商制度；'],
      ['art_1__para_1__point_3', '（三）', '专机保障制度、应急管理制度及预案。'],
      ['art_2', '第二条', '本规则自2016年4月28日起施行。'],
    ]);
    expect(r.codes).not.toContain('numbering-gap');
    expect(r.codes).not.toContain('items-labels-lost');
  });

  it('is read so after a full-width colon too', () => {
    const r = parse(list('运行手册至少包括以下内容：'));
    expect(r.nodes[2]).toEqual([
      'art_1__para_1__point_1',
      '（一）',
      '组织机构及其职责、岗位职责；',
    ]);
  });

  it('stays in the introduction when the list after it does not go on at （二）', () => {
    const r = parse(
      [
        '第一条 运行手册至少包括以下内容：（一）组织机构及其职责、岗位职责；值班工作制度。',
        '第二条 本规则自2016年4月28日起施行。',
      ].join('\n\n'),
    );
    expect(r.nodes[0]).toEqual([
      'art_1',
      '第一条',
      '运行手册至少包括以下内容：（一）组织机构及其职责、岗位职责；值班工作制度。',
    ]);
    expect(r.codes).toContain('items-labels-lost');
  });
});
