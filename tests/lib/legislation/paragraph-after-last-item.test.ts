/**
 * The article's next paragraph run on after the full stop of its last item, the item on a line
 * of its own (承装（修、试）电力设施许可证管理办法 2025 第二十五条, held out: "（三）……向事故发生地派出
 * 机构报告。前款第（二）项、第（三）项规定事项，……"; 第八条 likewise). A sentence that refers to the
 * paragraph before (前款, 前两款) is no item's: it becomes the article's next paragraph, with a
 * warning. Before, it stayed in the last item. A sentence after an item's full stop that does not
 * refer back stays in the item.
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

describe('a paragraph referring back, run on after the last item', () => {
  it('becomes the article’s next paragraph with a warning', () => {
    const r = parse(
      [
        '第一条 有下列情形之一的，应当报告：',
        '（一）发生安全事故的，向事故发生地报告；',
        '（二）发生质量事故的，向事故发生地报告。前款第（一）项、第（二）项规定事项，应当及时通报。',
        '第二条 本办法自公布之日起施行。',
      ].join('\n\n'),
    );
    expect(r.nodes).toEqual([
      ['art_1', ''],
      ['art_1__para_1', '有下列情形之一的，应当报告：'],
      ['art_1__para_1__point_1', '发生安全事故的，向事故发生地报告；'],
      ['art_1__para_1__point_2', '发生质量事故的，向事故发生地报告。'],
      ['art_1__para_2', '前款第（一）项、第（二）项规定事项，应当及时通报。'],
      ['art_2', '本办法自公布之日起施行。'],
    ]);
    expect(r.warnings).toContainEqual(['paragraph-after-items', 9]);
  });

  it('stays in the item when it does not refer back, or another item follows', () => {
    const caption = parse(
      ['第一条 处理方式包括：', '（一）批评。包括批评教育；', '（二）处分。包括警告、记过。'].join(
        '\n\n',
      ),
    );
    expect(caption.nodes.at(-1)).toEqual(['art_1__para_1__point_2', '处分。包括警告、记过。']);
    const notLast = parse(
      ['第一条 包括：', '（一）甲；', '（二）乙。前款规定的除外。', '（三）丙。'].join('\n\n'),
    );
    expect(notLast.nodes.map(([id]) => id)).toEqual([
      'art_1',
      'art_1__para_1',
      'art_1__para_1__point_1',
      'art_1__para_1__point_2',
      'art_1__para_1__point_3',
    ]);
  });
});
