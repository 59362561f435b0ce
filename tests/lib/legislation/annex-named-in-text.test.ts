/**
 * The title of an attachment the text names, alone on its line after the text's last clause,
 * with no 附件 over it (天津 2020 资源税决定, a random sample of local regulations, rc round: 七、
 * "地热的适用税率依照本决定所附《天津市地热资源税税率表》执行" … 十、"本决定自2020年9月1日起施行。",
 * then "天津市地热资源税税率表", "（自2020年9月1日至2022年3月31日施行）" and the table's cells,
 * one a line): that attachment, an annex under its title, with a warning (#16). Before, the
 * title, its dates and every cell were text of point 十.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 某市人大常委会关于资源税的决定\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const TABLE = ['（自2020年9月1日起施行）', '一般用途\n特殊用途', '税率\n每立方米1元\n每立方米3元'];

describe('the title of an attachment the text names, after its last clause', () => {
  it('opens that attachment after a decision’s last point', () => {
    const result = parse(
      [
        '为了促进资源节约集约利用，作如下决定：',
        '一、地热的适用税率依照本决定所附《某市地热资源税税率表》执行。',
        '二、本决定自2020年9月1日起施行。',
        '某市地热资源税税率表',
        ...TABLE,
      ].join('\n\n'),
    );
    const nodes = result.document.nodes;
    expect(nodes.map((n) => [n.eId, n.heading, n.text.split('\n')[0]])).toEqual([
      ['point_1', '', '地热的适用税率依照本决定所附《某市地热资源税税率表》执行。'],
      ['point_2', '', '本决定自2020年9月1日起施行。'],
      ['annex_1', '某市地热资源税税率表', '（自2020年9月1日起施行）'],
    ]);
    expect(result.warnings.filter((w) => w.code === 'annex-named').map((w) => w.line)).toEqual([9]);
  });

  it('opens it after a text’s last article', () => {
    const result = parse(
      [
        '第一条 收费按照本条例所附《收费标准表》执行。',
        '第二条 本条例自2020年9月1日起施行。',
        '收费标准表',
        '大型犬\n500元',
      ].join('\n\n'),
    );
    expect(result.document.nodes.map((n) => [n.eId, n.heading])).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['annex_1', '收费标准表'],
    ]);
  });

  it('leaves a line that names no attachment of the text, or comes before a clause, as it was', () => {
    const other = parse(
      [
        '一、地热的适用税率依照本决定所附《某市地热资源税税率表》执行。',
        '二、本决定自2020年9月1日起施行。',
        '某市矿泉水资源税税率表',
      ].join('\n\n'),
    );
    expect(other.document.nodes.map((n) => n.eId)).toEqual(['point_1', 'point_2']);
    const before = parse(
      [
        '一、地热的适用税率依照本决定所附《某市地热资源税税率表》执行。',
        '某市地热资源税税率表',
        '二、本决定自2020年9月1日起施行。',
      ].join('\n\n'),
    );
    expect(before.document.nodes.map((n) => n.eId)).toEqual(['point_1', 'point_2']);
    expect(before.warnings.some((w) => w.code === 'annex-named')).toBe(false);
  });
});
