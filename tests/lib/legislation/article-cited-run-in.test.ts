/**
 * A 第X条 followed by a space that a sentence cites is never a run-in article, whichever run-in
 * rule would take it (#16, thirteenth round). 内蒙古 2022 关于修改《……动物防疫条例》等4件地方性
 * 法规的决定 runs its points on in one paragraph and writes every citation with a space
 * ("……作如下修改：一、……动物防疫条例（一）将第一条 修改为：“……"): the rule for a first article glued
 * to the header opened 第一条 there, and the points 一、 to 四、 were lost.
 */
import { describe, expect, it } from 'vitest';
import { flatten, parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string) {
  const result = parseDraft(
    `# 某某市人民代表大会常务委员会关于修改《某某条例》等2件地方性法规的决定\n\n<!-- LEGAL_HEADER_END -->\n\n${body}`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('parse failed');
  const nodes = flatten(result.document.nodes);
  return {
    kinds: nodes.map((n) => `${n.kind} ${n.label}`),
    codes: result.warnings.map((w) => w.code),
  };
}

describe('a cited 第X条 followed by a space', () => {
  it('does not open an article before any article, in a decision of run-on points', () => {
    const r = parse(
      '某某市人民代表大会常务委员会决定，对《某某条例》《某某办法》作如下修改：一、某某条例（一）将第一条 修改为：“为了加强管理，制定本条例。”（二）将第三条 修改为：“县级以上人民政府负责。”二、某某办法（一）将第二条 修改为：“本办法适用于本市。”',
    );
    expect(r.kinds.filter((k) => k.startsWith('article'))).toEqual([]);
    expect(r.kinds.filter((k) => k.startsWith('point') && !k.includes('（'))).toEqual([
      'point 一、',
      'point 二、',
    ]);
    expect(r.codes).not.toContain('article-run-in');
  });

  it('stays text after a full stop when a citation goes on after it', () => {
    for (const cited of [
      '第二条 中的“甲”修改为“乙”。',
      '第二条 第二款删去。',
      '第二条 修改为：“丙。”',
    ]) {
      const r = parse(`第一条 甲。${cited}\n\n第二条 乙。`);
      expect(r.kinds.filter((k) => k.startsWith('article'))).toEqual([
        'article 第一条',
        'article 第二条',
      ]);
      expect(r.codes).not.toContain('article-run-in');
    }
  });

  it('stays text after 将, 依照 or a quotation mark before the first article', () => {
    for (const before of ['将', '依照', '“']) {
      const r = parse(`会议决定${before}第一条 废止。`);
      expect(r.kinds.filter((k) => k.startsWith('article'))).toEqual([]);
    }
  });

  it('still splits a first article glued to the header and run-in articles', () => {
    const r = parse('会议批准第一条 为了加强管理，制定本条例。 第二条 本条例适用于本市。');
    expect(r.kinds).toEqual(['article 第一条', 'article 第二条']);
  });
});
