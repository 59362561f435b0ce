/**
 * A decision whose body has no numbers (one or two sentences after the INFO END marker), then its
 * attachment: 附件：……目录（104件） / 附件： / ……目录 / （104件） / a catalogue in groups 一、 二、
 * with entries 1. 2. (2025 全国人大常委会 decision approving the 法律清理 report, qk). The catalogue
 * is the attachment, not the decision's points; the decision's sentences are its clause; the
 * line naming the attachment and the attachment headed 附件： are one annex (#16, qk round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(
    `# 临江市人大常委会关于批准某某报告的决定\n\n2025年1月1日 通过\n\n<!-- INFO END -->\n\n${body}\n`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('not parsed');
  return result;
};

const DECISION =
  '临江市人大常委会决定：批准某某报告，对报告附件所列的法规宣告失效。\n\n' +
  '在宣告失效的法规有效期限内作出的决定继续有效。';

const CATALOGUE =
  '一、已经被新法替代的2件\n\n1.临江市甲条例（1990年通过）\n\n2.临江市乙条例（1991年通过）\n\n' +
  '二、实施期限届满的1件\n\n（一）有关授权决定1件\n\n1.临江市丙决定（2015年通过）';

describe('an attachment after a body without numbers', () => {
  it('is an annex; the catalogue in it is not the decision’s points', () => {
    const r = parse(
      `${DECISION}\n\n附件：失效的法规目录（3件）\n\n附件：\n\n失效的法规目录\n\n（3件）\n\n${CATALOGUE}`,
    );
    const nodes = r.document.nodes;
    expect(nodes.map((n) => [n.kind, n.label, n.heading])).toEqual([
      ['point', '', ''],
      ['annex', '', '附件：失效的法规目录（3件）'],
    ]);
    expect(nodes[0]!.text).toBe(
      '临江市人大常委会决定：批准某某报告，对报告附件所列的法规宣告失效。\n' +
        '在宣告失效的法规有效期限内作出的决定继续有效。',
    );
    expect(nodes[1]!.text.split('\n').slice(0, 5)).toEqual([
      '附件：',
      '失效的法规目录',
      '（3件）',
      '一、已经被新法替代的2件',
      '1.临江市甲条例（1990年通过）',
    ]);
    expect(r.warnings.map((w) => w.code)).toEqual(['body-unnumbered', 'annex']);
  });

  it('is an annex when only 附件： and the title come after the sentences', () => {
    const nodes = parse(`${DECISION}\n\n附件：\n\n失效的法规目录\n\n${CATALOGUE}`).document.nodes;
    expect(nodes.map((n) => [n.kind, n.heading])).toEqual([
      ['point', ''],
      ['annex', '附件：'],
    ]);
  });

  it('leaves a text of articles attached after a covering notice as the articles', () => {
    const nodes = parse(
      '现将某某办法印发给你们，请遵照执行。\n\n附：\n\n某某办法\n\n第一条 甲。\n\n第二条 乙。',
    ).document.nodes;
    expect(nodes.map((n) => [n.kind, n.label])).toEqual([
      ['article', '第一条'],
      ['article', '第二条'],
    ]);
  });
});
