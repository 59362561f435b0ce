/**
 * A text without numbered clauses whose document number stands under its title (最高人民检察院
 * 2022 批复: the title again / 高检发释字〔2022〕2号 / 江苏省人民检察院： / …): the number is front
 * matter with the title, not the first line of the one unnumbered clause (#16, ninth round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (body: string) => {
  const result = parseDraft(
    `# 临江省某某问题的批复\n\n2026年11月9日 通过\n\n<!-- INFO END -->\n\n${body}\n`,
    {
      file: 'x.md',
    },
  );
  if (!result.ok) throw new Error('not parsed');
  return result.document;
};

describe('a document number over an unnumbered body', () => {
  it('stays front matter, after the title printed again', () => {
    const doc = parse(
      '临江省某某问题的批复\n\n临检发释字〔2026〕2号\n\n临江市人民检察院：\n\n批复如下：重新计算。',
    );
    expect(doc.preamble).toEqual([
      '2026年11月9日 通过',
      '临江省某某问题的批复',
      '临检发释字〔2026〕2号',
      '临江市人民检察院：',
    ]);
    // The addressee under the number is front matter too (reply-addressee.test.ts).
    expect(doc.nodes.map((n) => n.text)).toEqual(['批复如下：重新计算。']);
  });

  it('stays front matter without the title printed again', () => {
    const doc = parse('法释〔2026〕17号\n\n为正确审理案件，解释如下：应当重新计算。');
    expect(doc.preamble).toEqual(['2026年11月9日 通过', '法释〔2026〕17号']);
    expect(doc.nodes.map((n) => n.text)).toEqual(['为正确审理案件，解释如下：应当重新计算。']);
  });

  it('is the clause itself when nothing follows it', () => {
    const doc = parse('法释〔2026〕17号');
    expect(doc.nodes.map((n) => n.text)).toEqual(['法释〔2026〕17号']);
  });
});
