/**
 * A decision's point whose sentence names two divisions, broken by the converter into Markdown
 * headings with no title (天津 2021 关于修改《天津市人口与计划生育条例》的决定: "……十、将" /
 * "## 第三章 和" / "## 第四章 合并为一章，章名修改为：“生育调节与奖励保障”。十一、……" and "二十四、将"
 * / "## 第五章 改为" / "## 第四章 ，章名修改为：“计划生育服务”。二十五、……"): the headings are text of
 * that point, and the points after them stay points of the decision (#16, pd round). Before,
 * 第三章 and 第五章 were read as chapters holding points 十一、 to 三十三、, with numbering gaps.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《某某市人口与计划生育条例》的决定\n\n<!-- LEGAL_HEADER_END -->\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  return result;
}

const TEXT = [
  '会议决定，对《某某市人口与计划生育条例》作如下修改：一、将第一条 修改为：“甲。”二、将',
  '## 第三章 和',
  '## 第四章 合并为一章，章名修改为：“生育调节与奖励保障”。三、将第十五条 修改为：“乙。”四、将',
  '## 第五章 改为',
  '## 第四章 ，章名修改为：“计划生育服务”。五、删去第十六条 。本决定自公布之日起施行。',
].join('\n\n');

describe('a division heading broken off a point that stops mid-sentence', () => {
  it('is text of that point, and no chapter swallows the points after it', () => {
    const r = parse(TEXT);
    const nodes = flatten(r.document.nodes);
    expect(nodes.some((n) => n.kind === 'chapter')).toBe(false);
    expect(r.document.nodes.map((n) => [n.eId, n.label])).toEqual([
      ['point_1', '一、'],
      ['point_2', '二、'],
      ['point_3', '三、'],
      ['point_4', '四、'],
      ['point_5', '五、'],
      ['para_1', ''],
    ]);
    expect(r.document.nodes[1]?.text).toBe(
      '将\n第三章 和\n第四章 合并为一章，章名修改为：“生育调节与奖励保障”。',
    );
    expect(r.document.nodes[3]?.text).toBe(
      '将\n第五章 改为\n第四章 ，章名修改为：“计划生育服务”。',
    );
    expect(r.warnings.filter((w) => w.code === 'division-quoted').map((w) => w.line)).toEqual([
      7, 9, 11, 13,
    ]);
    expect(r.warnings.some((w) => w.code === 'numbering-gap')).toBe(false);
  });

  it('leaves a chapter heading after a point that ends its sentence alone', () => {
    const r = parse('一、甲。\n\n二、乙。\n\n## 第三章\n\n第一条 丙。');
    expect(flatten(r.document.nodes).some((n) => n.kind === 'chapter')).toBe(true);
  });

  it('leaves a titled chapter heading after an open point line alone', () => {
    const r = parse('一、甲。\n\n二、有关规定如下\n\n## 第一章 总则\n\n第一条 丙。');
    expect(flatten(r.document.nodes).some((n) => n.kind === 'chapter')).toBe(true);
  });
});
