/**
 * A 目录 whose body writes its first chapter's title again without the 第一章 (吕梁 2019 碛口古镇
 * 保护条例, a random sample of provincial regulations, #16: "目  录" / "第一章　总则" … "第五章　附则"
 * / "总  则" / "第一条 ……" / … / "规划与建设" / … / " 保护与利用" / … / "  法律责任" / … /
 * "第五章  附  则"): the 目录 ends at that title, and the body's chapters are read as the 目录 lists
 * them. Before, the bare "总则" was taken for one more entry of the 目录; the entries were then read
 * as five empty chapters, "总则" became 第六章 holding 第一条 to 第二十四条, "法律责任" 第七章, and the
 * body's 第五章 a duplicate.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(`# 临江市某某保护条例\n\n${body}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const chapters = (body: string) =>
  flatten(parse(body).document.nodes)
    .filter((n) => n.kind === 'chapter')
    .map((n) => [n.eId, n.heading, n.children.length]);

describe('a 目录 followed by its first title without 第一章', () => {
  const body = [
    '目  录',
    '第一章　总则',
    '第二章　规划与建设',
    '第三章  保护与利用\n第四章　法律责任',
    '第五章　附则',
    '总  则\n第一条  为了加强古镇保护，制定本条例。\n第二条  古镇保护应当遵循科学规划的原则。',
    '规划与建设',
    '第三条  县人民政府应当组织编制古镇保护规划。',
    ' 保护与利用\n第四条  古镇实行分区保护。',
    '  法律责任\n第五条  违反本条例规定的，依法处理。',
    '第五章  附  则',
    '第六条  本条例自2020年1月1日起施行。',
  ].join('\n\n');

  it('ends the 目录 at the title and reads the body as the 目录 lists it', () => {
    expect(chapters(body)).toEqual([
      ['chp_1', '总则', 2],
      ['chp_2', '规划与建设', 1],
      ['chp_3', '保护与利用', 1],
      ['chp_4', '法律责任', 1],
      ['chp_5', '附则', 1],
    ]);
    const codes = parse(body).warnings.map((w) => w.code);
    expect(codes).toContain('table-of-contents');
    expect(codes).not.toContain('duplicate-number');
  });

  it('keeps a 目录 whose first title is not written again as before', () => {
    const plain = body.replace('总  则\n', '第一章 总则\n');
    expect(chapters(plain).map((c) => c[0])).toEqual(['chp_1', 'chp_2', 'chp_3', 'chp_4', 'chp_5']);
  });
});
