/**
 * A history line broken inside the title of the decision it names (地方各级人民代表大会和地方各级
 * 人民政府组织法 2022: "2015年8月29日 ……会议《关于修改〈……组织法〉" / "〈……选举法〉" / "〈……代表法〉的
 * 决定》第五次修正"): while the line opened with a date leaves a 《 open, the plain lines after it
 * that open no date of their own go on it, joined as they stand, each join warned line-joined
 * (#16, round rf). A line after a closed 《》 stays apart.
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n'));
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe('a history line broken inside a title mark', () => {
  it('goes on over the lines until its 《 closes', () => {
    const result = parse([
      '# 中华人民共和国组织法',
      '',
      '1979年7月1日 第五届全国人民代表大会第二次会议通过',
      '',
      '2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议《关于修改〈中华人民共和国组织法〉',
      '',
      '〈中华人民共和国选举法〉',
      '',
      '〈中华人民共和国代表法〉的决定》第五次修正',
      '',
      '2022年3月11日 第十三届全国人民代表大会第五次会议《关于修改〈中华人民共和国组织法〉的决定》第六次修正',
      '',
      '<!-- INFO END -->',
      '',
      '第一条 为了健全组织和工作制度，制定本法。',
    ]);
    expect(result.document.preamble).toEqual([
      '1979年7月1日 第五届全国人民代表大会第二次会议通过',
      '2015年8月29日 第十二届全国人民代表大会常务委员会第十六次会议《关于修改〈中华人民共和国组织法〉〈中华人民共和国选举法〉〈中华人民共和国代表法〉的决定》第五次修正',
      '2022年3月11日 第十三届全国人民代表大会第五次会议《关于修改〈中华人民共和国组织法〉的决定》第六次修正',
    ]);
    expect(
      result.warnings
        .filter((w) => w.code === 'line-joined')
        .map((w) => [w.line, w.params?.['line']]),
    ).toEqual([
      [7, 5],
      [9, 7],
    ]);
  });

  it('leaves apart a line after a history line whose title marks close', () => {
    const result = parse([
      '# 某市条例',
      '',
      '2015年8月29日 某市人民代表大会常务委员会《关于修改〈某市条例〉的决定》修正',
      '',
      '〈此件公开发布〉',
      '',
      '第一条 为了某事，制定本条例。',
    ]);
    expect(result.document.preamble).toHaveLength(2);
  });
});
