/**
 * A chapter title that lost its 第X章 in a text whose first chapter heading was lost with its
 * title, so that no chapter stands before it (商丘 2021 黄河故道湿地保护条例, a random sample of
 * LawRefBook/Laws, #16: 第一条 … 第八条 with no heading above them, then "规划与保护" alone on a
 * line, 第九条 … 第十九条, then "## 第三章  利用与管理"). The articles before it stood in the lost
 * 第一章, so the title is 第二章's, read so because the numbered 第三章 that follows skips it,
 * with a warning. Before, the title was the last paragraph of 第八条, and 第九条 to 第十九条
 * stood outside any chapter.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某湿地保护条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const outline = (body: string) =>
  flatten(parse(body).document.nodes)
    .filter((n) => n.kind === 'chapter' || n.kind === 'article')
    .map((n) => [n.eId, n.heading]);

describe('a lost chapter title where no chapter stands before it', () => {
  it('opens the chapter a later numbered one skips, after the lost first chapter', () => {
    const body = [
      '第一条 为了加强湿地保护，制定本条例。',
      '第二条 任何单位和个人都有权举报破坏湿地的行为。',
      '规划与保护',
      '第三条 市人民政府应当编制湿地保护规划。',
      '## 第三章 利用与管理',
      '第四条 可以合理利用湿地资源。',
      '## 第四章 附则',
      '第五条 本条例自2021年10月1日起施行。',
    ].join('\n\n');
    expect(outline(body)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['chp_2', '规划与保护'],
      ['chp_2__art_3', ''],
      ['chp_3', '利用与管理'],
      ['chp_3__art_4', ''],
      ['chp_4', '附则'],
      ['chp_4__art_5', ''],
    ]);
    const result = parse(body);
    expect(flatten(result.document.nodes).find((n) => n.eId === 'art_2')?.text).toBe(
      '任何单位和个人都有权举报破坏湿地的行为。',
    );
    expect(
      result.warnings
        .filter((w) => w.code === 'division-unnumbered')
        .map((w) => [w.line, w.params?.['read']]),
    ).toEqual([[7, '第二章']]);
  });

  it('stays text when the numbered chapter that follows skips none, or none follows', () => {
    const second = [
      '第一条 为了加强湿地保护，制定本条例。',
      '规划与保护',
      '第二条 市人民政府应当编制湿地保护规划。',
      '## 第二章 利用与管理',
      '第三条 可以合理利用湿地资源。',
    ].join('\n\n');
    expect(outline(second)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['chp_2', '利用与管理'],
      ['chp_2__art_3', ''],
    ]);
    const none = [
      '第一条 为了加强湿地保护，制定本条例。',
      '规划与保护',
      '第二条 市人民政府应当编制湿地保护规划。',
    ].join('\n\n');
    expect(outline(none)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
    ]);
  });

  it('stays text when the sentence before it is unfinished or the next article is out of sequence', () => {
    const unfinished = [
      '第一条 为了加强湿地保护，根据',
      '规划与保护',
      '第二条 市人民政府应当编制湿地保护规划。',
      '## 第三章 利用与管理',
      '第三条 可以合理利用湿地资源。',
    ].join('\n\n');
    expect(outline(unfinished).map(([eId]) => eId)).toEqual([
      'art_1',
      'art_2',
      'chp_3',
      'chp_3__art_3',
    ]);
    const outOfSequence = [
      '第一条 为了加强湿地保护，制定本条例。',
      '规划与保护',
      '第五条 市人民政府应当编制湿地保护规划。',
      '## 第三章 利用与管理',
      '第六条 可以合理利用湿地资源。',
    ].join('\n\n');
    expect(outline(outOfSequence).map(([eId]) => eId)).not.toContain('chp_2');
  });
});
