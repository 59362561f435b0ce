/**
 * A chapter title whose 第X章 and `##` were lost, standing alone between two articles in a text
 * divided into chapters (三门峡 2019 白天鹅及其栖息地保护条例, a random sample of provincial
 * regulations: "## 第二章  保护职责" … "第十条 ……举报。" / "栖息地管理" / "第十一条 ……", and
 * "保护措施" before 第十九条): read as the next chapter, with a warning (#16). Before, the title
 * was a last paragraph of the article before it and the articles after it stayed in 第二章.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

describe('a chapter title that lost its number and heading markup', () => {
  it('opens the next chapter', () => {
    const result = parse(
      [
        '## 第二章  保护职责',
        '第十条 任何单位和个人都有保护的义务。',
        '栖息地管理',
        '第十一条 在保护区内进行的活动，依照本条例执行。',
        '保护措施',
        '第十二条 县级以上人民政府应当将保护经费纳入财政预算。',
      ].join('\n\n'),
    );
    expect(flatten(result.document.nodes).map((n) => [n.eId, n.heading, n.text])).toEqual([
      ['chp_2', '保护职责', ''],
      ['chp_2__art_10', '', '任何单位和个人都有保护的义务。'],
      ['chp_3', '栖息地管理', ''],
      ['chp_3__art_11', '', '在保护区内进行的活动，依照本条例执行。'],
      ['chp_4', '保护措施', ''],
      ['chp_4__art_12', '', '县级以上人民政府应当将保护经费纳入财政预算。'],
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'division-unnumbered')
        .map((w) => [w.line, w.params?.['read']]),
    ).toEqual([
      [7, '第三章'],
      [11, '第四章'],
    ]);
  });

  it('stays text without chapters, when the article before is unfinished, or when no article in sequence follows', () => {
    const result = parse(
      [
        '第一条 任何单位和个人都有保护的义务。',
        '栖息地管理',
        '第二条 在保护区内进行的活动。',
        '## 第二章 保护职责',
        '第三条 下列单位负责',
        '栖息地管理',
        '第四条 在保护区内进行的活动。',
        '保护措施',
        '第九条 在保护区内进行的活动。',
      ].join('\n\n'),
    );
    expect(
      flatten(result.document.nodes)
        .filter((n) => n.kind === 'chapter')
        .map((n) => n.heading),
    ).toEqual(['保护职责']);
  });
});
