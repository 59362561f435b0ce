/**
 * An interpretation without numbers under YAML front matter, with no `<!-- INFO END -->` and no
 * addressee (whthomas/china-laws, 全国人民代表大会常务委员会 2005 关于《香港特别行政区基本法》第五十三条
 * 第二款的解释: the title again over three lines, the adoption in a `>` quotation, the request
 * ending 作如下解释：, two paragraphs that interpret, 现予公告。): the sentence ending with 如下：
 * enacts the text and closes its front matter, so what follows is the body, one unnumbered clause
 * with 现予公告。 apart, not an empty document (#16, thirty-eighth round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const FRONT = [
  '---',
  'title: "全国人民代表大会常务委员会关于《某某法》第五条第二款的解释"',
  'type: "法律解释"',
  '---',
  '',
  '# 全国人民代表大会常务委员会关于《某某法》第五条第二款的解释',
].join('\n');

function parse(body: string[]) {
  return parseDraft(`${FRONT}\n\n${body.join('\n\n')}\n`, { file: 'x.md' });
}

const INTERPRETATION = [
  '全国人民代表大会常务委员会关于',
  '《某某法》',
  '第五条第二款的解释',
  '> （2005年4月27日第十届全国人民代表大会常务委员会第十五次会议通过）',
  '　　第十届全国人民代表大会常务委员会第十五次会议审议了国务院的议案。全国人民代表大会常务委员会对《某某法》第五条第二款的规定，作如下解释：',
  '　　《某某法》第五条第二款中规定："新的任期依本法第四条的规定确定。"其中"依本法第四条的规定"，既包括产生办法，也包括任期。',
  '　　上述规定表明，新的任期应为原任期的剩余任期。',
  '　　现予公告。',
];

describe('an interpretation without numbers and without an addressee', () => {
  it('reads the paragraphs after 作如下解释： as one unnumbered clause', () => {
    const result = parse(INTERPRETATION);
    if (!result.ok) throw new Error(result.errors.map((e) => e.code).join(', '));
    const doc = result.document;
    expect(doc.preamble.at(-1)).toMatch(/作如下解释：$/);
    expect(doc.nodes.map((n) => n.kind)).toEqual(['point', 'paragraph']);
    expect(doc.nodes[0]!.label).toBe('');
    expect(doc.nodes[0]!.text.split('\n')).toEqual([
      '《某某法》第五条第二款中规定："新的任期依本法第四条的规定确定。"其中"依本法第四条的规定"，既包括产生办法，也包括任期。',
      '上述规定表明，新的任期应为原任期的剩余任期。',
    ]);
    expect(doc.nodes[1]!.text).toBe('现予公告。');
    expect(result.warnings.map((w) => w.code)).toContain('body-unnumbered');
  });

  it('takes a body after 解释如下： too', () => {
    const result = parse([
      '全国人民代表大会常务委员会讨论了某某法第五条的含义问题，解释如下：',
      '某某法第五条规定的"期间"，是指自决定生效之日起计算的期间。',
    ]);
    expect(result.ok && result.document.nodes[0]!.text).toBe(
      '某某法第五条规定的"期间"，是指自决定生效之日起计算的期间。',
    );
  });

  it('leaves a text whose lines after 如下： do not end sentences an empty document', () => {
    const result = parse(['作如下解释：', '某某法第五条规定的期间']);
    expect(result.ok).toBe(false);
  });
});
