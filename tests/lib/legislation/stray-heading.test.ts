/**
 * A stray copy of a later division heading before the body (反不正当竞争法 1993 as published by
 * Theonefkguy/Chinese-Laws: "## 第五章 附 则" above "## 第一章 总 则", the real 第五章 附则 before
 * 第三十三条): nothing stands under it, the next heading of its kind is numbered lower, and it
 * comes again further on. It is skipped with a warning (#16, fifth random sample). Before, it
 * made an empty chapter chp_5 in front of 第一章, and the real 第五章 got the id chp_5-x2 with
 * warnings of a numbering gap and a duplicate number.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(`# 中华人民共和国反不正当竞争法\n\n<!-- INFO END -->\n\n${body}`, {
    file: 'x.md',
  });
  if (!result.ok) throw new Error('parse failed');
  return {
    nodes: flatten(result.document.nodes).map((n): [string, string] => [n.eId, n.heading]),
    warnings: result.warnings.map((w): [string, number] => [w.code, w.line]),
  };
}

const BODY = [
  '## 第五章 附 则',
  '## 第一章 总 则',
  '第一条 为保障社会主义市场经济健康发展，制定本法。',
  '## 第二章 不正当竞争行为',
  '第二条 经营者不得捏造、散布虚伪事实。',
  '## 第五章 附 则',
  '第三条 本法自１９９３年１２月１日起施行。',
].join('\n\n');

describe('a stray copy of a later division heading before the body', () => {
  it('is skipped with a warning naming the line it comes again at', () => {
    const r = parse(BODY);
    expect(r.nodes).toEqual([
      ['chp_1', '总则'],
      ['chp_1__art_1', ''],
      ['chp_2', '不正当竞争行为'],
      ['chp_2__art_2', ''],
      ['chp_5', '附则'],
      ['chp_5__art_3', ''],
    ]);
    expect(r.warnings.filter(([code]) => code === 'stray-heading')).toEqual([['stray-heading', 5]]);
    const codes = r.warnings.map(([code]) => code);
    expect(codes).not.toContain('duplicate-number');
    expect(codes).not.toContain('duplicate-eid');
  });

  it('is kept when it does not come again (a text that begins late)', () => {
    const r = parse(BODY.replace(/## 第五章 附 则\n\n第三条/, '第三条'));
    expect(r.nodes[0]).toEqual(['chp_5', '附则']);
    expect(r.warnings.map(([code]) => code)).not.toContain('stray-heading');
  });

  it('is kept when the next heading goes on in sequence or is of another kind', () => {
    const late = parse(
      '## 第三章 法律责任\n\n## 第四章 附则\n\n第一条 甲。\n\n## 第三章 法律责任\n\n第二条 乙。',
    );
    expect(late.warnings.map(([code]) => code)).not.toContain('stray-heading');
    const part = parse(
      '## 第二编 分则\n\n## 第一章 通则\n\n第一条 甲。\n\n## 第二编 分则\n\n第二条 乙。',
    );
    expect(part.warnings.map(([code]) => code)).not.toContain('stray-heading');
  });
});
