/**
 * Chapter titles that lost their 第X章 in a text whose only chapter before them is a bare title
 * (吉安 2020 文明行为促进条例, a random sample of provincial regulations, #16: "总 则" … 第六条 … "基本规范" …
 * 第十九条 … "鼓励与支持" … "## 第四章 保障与促进"): read as 第二章 and 第三章, because the numbered
 * 第四章 that follows skips them, with a warning. Before, both titles were the last paragraphs of
 * 第六条 and 第十九条, and 第七条 to 第二十四条 stayed in 第一章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a lost chapter title after a bare first chapter', () => {
  it('opens the chapters a later numbered chapter skips', () => {
    const result = parse(
      [
        '总 则',
        '第一条 为了促进文明行为，制定本条例。',
        '基本规范',
        '第二条 公民应当遵守社会公德。',
        '鼓励与支持',
        '第三条 鼓励无偿献血。',
        '## 第四章 保障与促进',
        '第四条 市人民政府应当完善公共设施。',
        '附则',
        '第五条 本条例自2021年1月1日起施行。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'chapter' || n.kind === 'article')
        .map((n) => [n.eId, n.heading]),
    ).toEqual([
      ['chp_1', '总则'],
      ['chp_1__art_1', ''],
      ['chp_2', '基本规范'],
      ['chp_2__art_2', ''],
      ['chp_3', '鼓励与支持'],
      ['chp_3__art_3', ''],
      ['chp_4', '保障与促进'],
      ['chp_4__art_4', ''],
      ['chp_5', '附则'],
      ['chp_5__art_5', ''],
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'division-unnumbered')
        .map((w) => w.params?.['read']),
    ).toEqual(['第一章', '第二章', '第三章', '第五章']);
    expect(result.warnings.map((w) => w.code)).not.toContain('numbering-gap');
  });

  it('stays text when no numbered chapter follows, or when the one that follows skips none', () => {
    const noneAfter = parse(
      ['总 则', '第一条 为了促进文明行为。', '基本规范', '第二条 公民应当遵守社会公德。'].join(
        '\n\n',
      ),
    );
    expect(
      flatten(noneAfter.document.nodes)
        .filter((n) => n.kind === 'chapter')
        .map((n) => n.heading),
    ).toEqual(['总则']);
    const noGap = parse(
      [
        '总 则',
        '第一条 为了促进文明行为。',
        '基本规范',
        '第二条 公民应当遵守社会公德。',
        '## 第二章 保障',
        '第三条 市人民政府应当完善公共设施。',
      ].join('\n\n'),
    );
    expect(
      flatten(noGap.document.nodes)
        .filter((n) => n.kind === 'chapter')
        .map((n) => n.heading),
    ).toEqual(['总则', '保障']);
  });
});
