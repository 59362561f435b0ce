/**
 * A heading mark written without its space (2020 刑法 读本, a random sample, #16: "#第一编　总则",
 * "#第二编　分则" and "#附则" between chapters written as setext headings): Markdown reads such a
 * line as text, so the 编 were lost, the 目录 could not be told from the body, and the whole body
 * sat under one heading "附则#第一编总则" made of the 目录's last entry and the first 编. A line alone
 * whose # is followed by a division heading or 总则/附则 is now that heading, noted.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(lines: string[]) {
  const result = parseDraft(['# 中华人民共和国某法', '', ...lines, ''].join('\n'), {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    ids: flatten(result.document.nodes).map((n) => n.eId),
    warnings: result.warnings.map((w) => w.code),
  };
}

describe('a heading mark without its space', () => {
  it('reads #第一编, #第二编 and #附则 as the headings they are', () => {
    const r = parse([
      '#第一编　总则',
      '',
      '第一章　任务',
      '==========',
      '',
      '第一条　甲。',
      '',
      '#第二编　分则',
      '',
      '第一章　罪名',
      '==========',
      '',
      '第二条　乙。',
      '',
      '#附则',
      '',
      '第三条　丙。',
    ]);
    expect(r.ids).toEqual([
      'part_1',
      'part_1__chp_1',
      'part_1__chp_1__art_1',
      'part_2',
      'part_2__chp_1',
      'part_2__chp_1__art_2',
      'chp_1',
      'chp_1__art_3',
    ]);
    expect(r.warnings.filter((c) => c === 'heading-mark-unspaced')).toHaveLength(3);
  });

  it('keeps a # before any other text as text', () => {
    const r = parse(['第一条　甲。', '', '#话题 本条所称话题，是指网络话题。']);
    expect(r.ids).toEqual(['art_1', 'art_1__para_1', 'art_1__para_2']);
    expect(r.warnings).not.toContain('heading-mark-unspaced');
  });
});
