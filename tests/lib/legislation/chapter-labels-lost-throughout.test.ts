/**
 * A text whose chapters all lost their 第X章, the first chapter's heading lost with its title
 * (威海 2020 海岸带保护条例, a random sample of Theonefkguy/Chinese-Laws, #16: 第一条 … 第九条 with no
 * heading above them, then "保护规划" alone on a line, 第十条 … 第十七条, "保护措施", 第十八条 …
 * 第三十五条, "法律责任", 第三十六条 … 第四十六条). No numbered chapter stands anywhere, so the rules
 * that read a lost title by the chapter number it skips could not apply: "保护规划" and "保护措施"
 * were the last paragraphs of 第九条 and 第十七条, and "法律责任", a title read by its words, was
 * 第一章. A later bare title among 法律责任, 附则, 罚则 and 分则, alone between two articles, shows
 * the text divided into chapters: the short Han lines between articles before it are the lost
 * chapter titles, the articles before the first one stand in the lost 第一章, and each is warned.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临海市海岸带保护条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const outline = (body: string) =>
  flatten(parse(body).document.nodes)
    .filter((n) => n.kind === 'chapter' || n.kind === 'article')
    .map((n) => [n.eId, n.heading]);

describe('chapter titles that all lost their numbers, the first heading lost too', () => {
  const body = [
    '第一条 为了加强海岸带保护，制定本条例。',
    '第二条 任何单位和个人有权举报。举报受理部门应当依法处理。',
    '保护规划',
    '第三条 市人民政府应当组织编制海岸带保护专项规划。',
    '保护措施',
    '第四条 全市自然岸线保有率不得低于百分之四十五。',
    '法律责任',
    '第五条 违反本条例规定，造成损害的，依法承担民事责任。',
  ].join('\n\n');

  it('reads each title as the next chapter after the lost first one', () => {
    expect(outline(body)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['chp_2', '保护规划'],
      ['chp_2__art_3', ''],
      ['chp_3', '保护措施'],
      ['chp_3__art_4', ''],
      ['chp_4', '法律责任'],
      ['chp_4__art_5', ''],
    ]);
    const result = parse(body);
    expect(flatten(result.document.nodes).find((n) => n.eId === 'art_2')?.text).toBe(
      '任何单位和个人有权举报。举报受理部门应当依法处理。',
    );
    expect(
      result.warnings
        .filter((w) => w.code === 'division-unnumbered')
        .map((w) => [w.line, w.params?.['read']]),
    ).toEqual([
      [7, '第二章'],
      [11, '第三章'],
      [15, '第四章'],
    ]);
  });

  it('leaves the lines text where no bare title by its words follows', () => {
    const none = [
      '第一条 为了加强海岸带保护，制定本条例。',
      '保护规划',
      '第二条 市人民政府应当组织编制海岸带保护专项规划。',
      '保护措施',
      '第三条 全市自然岸线保有率不得低于百分之四十五。',
    ].join('\n\n');
    expect(outline(none)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['art_3', ''],
    ]);
  });

  it('leaves them text where the bare title is no line of its own between articles', () => {
    const inText = [
      '第一条 为了加强海岸带保护，制定本条例。',
      '保护规划',
      '第二条 违反本条例规定的，依照下列规定追究：',
      '法律责任',
    ].join('\n\n');
    expect(outline(inText)).toEqual([
      ['art_1', ''],
      ['art_2', ''],
      ['chp_1', '法律责任'],
    ]);
  });
});
