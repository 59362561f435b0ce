/**
 * A paragraph after the last item that goes on as the earlier items' further paragraphs went on
 * (中央企业违规经营投资责任追究实施办法 2025 第三十八条, held out: items （一）（二）（三）, each followed by
 * a paragraph "对领导责任人给予……"). The paragraphs after （一） and （二） are read as those items'
 * (item-continued) because the next item follows them; the one after （三） begins with the same
 * words, so it is （三）'s too, with its own warning. Before, it became the article's second paragraph.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 某某办法\n\n<!-- INFO END -->\n\n${body}`, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.text]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

describe('a paragraph after the last item, like the earlier items’ further paragraphs', () => {
  it('is the last item’s, as theirs are', () => {
    const r = parse(
      [
        '第一条 按以下方式处理：',
        '（一）发生一般损失的，对直接责任人给予批评。',
        '对领导责任人给予提醒。',
        '（二）发生较大损失的，对直接责任人给予诫勉。',
        '对领导责任人给予批评。',
        '（三）发生重大损失的，对直接责任人给予免职。',
        '对领导责任人给予降职。',
        '第二条 本办法自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '按以下方式处理：'],
      ['art_1__para_1__point_1', '发生一般损失的，对直接责任人给予批评。\n对领导责任人给予提醒。'],
      ['art_1__para_1__point_2', '发生较大损失的，对直接责任人给予诫勉。\n对领导责任人给予批评。'],
      ['art_1__para_1__point_3', '发生重大损失的，对直接责任人给予免职。\n对领导责任人给予降职。'],
      ['art_2', '本办法自公布之日起施行。'],
    ]);
    expect(r.warnings).toContainEqual(['item-continued', 13]);
    expect(r.warnings).toContainEqual(['item-continued-last', 17]);
  });

  it('stays the article’s when it begins otherwise, or no earlier item went on', () => {
    const other = parse(
      [
        '第一条 按以下方式处理：',
        '（一）甲情形的，给予批评。',
        '对领导责任人给予提醒。',
        '（二）乙情形的，给予诫勉。',
        '有前款情形的，从重处理。',
      ].join('\n\n'),
    );
    expect(other.nodes.at(-1)).toEqual(['art_1__para_2', '有前款情形的，从重处理。']);
    const none = parse(
      ['第一条 按以下方式处理：', '（一）甲。', '（二）乙。', '对领导责任人给予降职。'].join(
        '\n\n',
      ),
    );
    expect(none.nodes.at(-1)).toEqual(['art_1__para_2', '对领导责任人给予降职。']);
  });
});
