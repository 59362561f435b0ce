/**
 * A history event whose 《title》 is broken over two lines, a blank line between, is one preamble
 * paragraph: the line that closes the title goes on the event before it (LawRefBook 土地管理法:
 * "2019年8月26日 ……《关于修改〈中华人民共和国土地管理法〉" / "〈中华人民共和国城市房地产管理法〉的决定》
 * 第三次修正" had been two preamble paragraphs, the second no event of its own). A line that begins
 * an event of its own with its date, or a title that closes on its line, keeps its paragraph.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n'));
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe('a history event whose title is broken over lines', () => {
  it('is one preamble paragraph, the line that closes the title joined on', () => {
    const result = parse([
      '# 中华人民共和国土地管理法',
      '',
      '1986年6月25日 第六届全国人民代表大会常务委员会第十六次会议通过',
      '',
      '2019年8月26日 第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉',
      '',
      '〈中华人民共和国城市房地产管理法〉的决定》第三次修正',
      '',
      '<!-- INFO END -->',
      '',
      '## 第一章 总则',
      '',
      '第一条 为了加强土地管理，制定本法。',
      '',
      '第二条 本法自1999年1月1日起施行。',
    ]);
    expect(result.document.preamble).toEqual([
      '1986年6月25日 第六届全国人民代表大会常务委员会第十六次会议通过',
      '2019年8月26日 第十三届全国人民代表大会常务委员会第十二次会议《关于修改〈中华人民共和国土地管理法〉〈中华人民共和国城市房地产管理法〉的决定》第三次修正',
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'line-joined')
        .map((w) => [w.line, w.params?.['line']]),
    ).toEqual([[7, 5]]);
    const articles = flatten(result.document.nodes).filter((n) => n.kind === 'article');
    expect(articles.map((a) => a.label)).toEqual(['第一条', '第二条']);
  });

  it('leaves apart an event that begins with its date, and a title that closes on its line', () => {
    const result = parse([
      '# 条例',
      '',
      '2010年1月1日 某市人民代表大会常务委员会《关于修改〈某条例〉',
      '',
      '2012年1月1日 某市人民代表大会常务委员会《关于修改〈某条例〉的决定》修正',
      '',
      '《某条例》的决定》第二次修正',
      '',
      '第一条 本条例自公布之日起施行。',
    ]);
    expect(result.document.preamble).toEqual([
      '2010年1月1日 某市人民代表大会常务委员会《关于修改〈某条例〉',
      '2012年1月1日 某市人民代表大会常务委员会《关于修改〈某条例〉的决定》修正',
      '《某条例》的决定》第二次修正',
    ]);
    expect(result.warnings.map((w) => w.code)).not.toContain('line-joined');
  });

  it('leaves apart a title left open by a line that is no history event', () => {
    const result = parse([
      '# 条例',
      '',
      '根据《某法',
      '',
      '》制定',
      '',
      '第一条 本条例自公布之日起施行。',
    ]);
    expect(result.document.preamble).toEqual(['根据《某法', '》制定']);
  });
});
