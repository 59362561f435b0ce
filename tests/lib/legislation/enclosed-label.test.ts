/**
 * Items written with Unicode's enclosed numerals (#16, other compatibility characters): ㈠ ㈡
 * (PARENTHESIZED IDEOGRAPH ONE, TWO) for （一） （二）, ⑴ ⑵ for (1) (2) and ⒈ ⒉ (DIGIT FULL STOP)
 * for 1. 2., as Word's list numbering and some converters write them. Each was read as the start of
 * a plain paragraph, so a list became loose paragraphs with an items-unlabeled warning. Unicode
 * folds each to the label it stands for (NFKC), and a careful reader reads them so: the parser
 * reads them as those labels, with one note naming the lines.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(['# 某市公园管理条例', '', ...lines, ''].join('\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n) => [n.eId, n.text]),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('enclosed numerals as labels', () => {
  it('reads ㈠ ㈡ on lines of their own as the items （一） （二）, and ⒈ ⒉ as their sub-items', () => {
    const r = parse([
      '第一条 在公园内禁止下列行为：',
      '㈠在非吸烟区吸烟；',
      '㈡有下列情形之一的摆摊设点：',
      '⒈未经许可的；',
      '⒉超出许可范围的。',
      '',
      '第二条 本条例自公布之日起施行。',
    ]);
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '在公园内禁止下列行为：'],
      ['art_1__para_1__point_1', '在非吸烟区吸烟；'],
      ['art_1__para_1__point_2', '有下列情形之一的摆摊设点：'],
      ['art_1__para_1__point_2__subpoint_1', '未经许可的；'],
      ['art_1__para_1__point_2__subpoint_2', '超出许可范围的。'],
      ['art_2', '本条例自公布之日起施行。'],
    ]);
    expect(r.warnings).toContain('enclosed-label');
    expect(r.warnings).not.toContain('items-unlabeled');
  });

  it('splits items ㈠ ㈡ run on in one line as it splits （一） （二）', () => {
    const folded = parse(['第一条 在公园内禁止下列行为：㈠在非吸烟区吸烟；㈡摆摊设点。']);
    const written = parse(['第一条 在公园内禁止下列行为：（一）在非吸烟区吸烟；（二）摆摊设点。']);
    expect(folded.nodes).toEqual(written.nodes);
    expect(folded.nodes.map(([id]) => id)).toContain('art_1__para_1__point_2');
  });

  it('reads ⑴ ⑵ as (1) (2)', () => {
    const folded = parse([
      '第一条 有下列情形之一的，处一百元罚款：',
      '⑴乱扔垃圾的；',
      '⑵践踏草坪的。',
    ]);
    const written = parse([
      '第一条 有下列情形之一的，处一百元罚款：',
      '(1)乱扔垃圾的；',
      '(2)践踏草坪的。',
    ]);
    expect(folded.nodes).toEqual(written.nodes);
    expect(folded.nodes).toHaveLength(4);
  });

  it('leaves circled digits ① as written and a text without enclosed numerals unnoted', () => {
    const r = parse(['第一条 应当符合下列要求：①有场所；②有人员。']);
    expect(r.nodes).toEqual([['art_1', '应当符合下列要求：①有场所；②有人员。']]);
    expect(r.warnings).not.toContain('enclosed-label');
  });
});
