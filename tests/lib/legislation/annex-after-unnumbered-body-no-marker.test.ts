/**
 * The 2025 decision approving the 法律清理 report in a copy without the `<!-- INFO END -->` marker
 * (under YAML front matter, or plain): its two sentences, then `附件：……目录（104件）` and the
 * catalogue in groups 一、 二、. With the marker the groups are the attachment's (a16abfd); without
 * it they were read as the decision's points 一、 to 四、 and the sentences as preamble. The run of
 * sentences (each ending with 。 or ；) right before an attachment line that no article follows is
 * the body without numbers, as after the marker: its clause, warned body-unnumbered, then the
 * annex holding the catalogue (#16, round rf).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const decision = [
  '# 临江市人民代表大会常务委员会关于批准法规清理报告的决定',
  '2025年12月27日 临江市人民代表大会常务委员会第十九次会议通过',
  '临江市人民代表大会常务委员会 关于批准法规清理报告的决定',
  '临江市人民代表大会常务委员会第十九次会议决定：批准法规清理报告，对报告附件所列法规宣告失效。',
  '在宣告失效的法规有效期限内，根据该法规作出的有关决定继续有效。',
  '附件：失效的法规目录（3件）',
  '一、已经被新法替代的2件',
  '1.临江市甲条例（1990年通过）',
  '2.临江市乙条例（1991年通过）',
  '二、调整对象已消失的1件',
  '1.临江市丙规定（1992年通过）',
];

function parse(lines: string[]) {
  const result = parseDraft(lines.join('\n\n'), { file: 'x.md' });
  if (!result.ok) throw new Error('no tree');
  return result;
}

describe('an attachment after the sentences of a body without numbers, without the marker', () => {
  for (const [name, lines] of [
    ['plain', decision],
    ['under YAML front matter', ['---', 'title: "决定"', '---', '', ...decision]],
  ] as const) {
    it(`holds the catalogue's groups, the sentences the body (${name})`, () => {
      const result = parse([...lines]);
      const nodes = result.document.nodes;
      expect(nodes.map((n) => n.kind)).toEqual(['point', 'annex']);
      expect(nodes[0]!.text).toBe(
        '临江市人民代表大会常务委员会第十九次会议决定：批准法规清理报告，对报告附件所列法规宣告失效。\n' +
          '在宣告失效的法规有效期限内，根据该法规作出的有关决定继续有效。',
      );
      expect(nodes[1]!.heading).toBe('附件：失效的法规目录（3件）');
      expect(nodes[1]!.text).toContain('一、已经被新法替代的2件');
      expect(result.document.preamble).toEqual([
        '2025年12月27日 临江市人民代表大会常务委员会第十九次会议通过',
        '临江市人民代表大会常务委员会 关于批准法规清理报告的决定',
      ]);
    });
  }

  it('leaves a covering notice whose attachment is a text of articles as before', () => {
    const result = parse([
      '# 临江市人民政府关于印发临江市停车管理办法的通知',
      '现将《临江市停车管理办法》印发给你们，请认真贯彻执行。',
      '附件：临江市停车管理办法',
      '第一条 为了规范停车，制定本办法。',
      '第二条 本办法自公布之日起施行。',
    ]);
    expect(result.document.nodes.map((n) => n.kind)).toEqual(['article', 'article']);
  });
});
