/**
 * The addressee of an unnumbered reply or notice (1997 批复: "宁夏回族自治区人民检察院：" over
 * "你院……收悉。……批复如下："): front matter, as it is over a numbered body, not the first
 * line of the reply's one clause (#16, eleventh round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(body: string[]) {
  const source = `# 临江省人民检察院关于挪用公款如何定性问题的批复\n\n<!-- INFO END -->\n\n${body.join('\n\n')}`;
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result.document;
}

describe('the addressee of an unnumbered reply', () => {
  it('goes to the front matter, with the document number', () => {
    const doc = parse([
      '临检发释字〔2026〕5号',
      '临江市人民检察院、临江铁路运输检察院：',
      '你院《关于挪用公款的请示》收悉。经研究，批复如下：',
      '以挪用公款论。',
      '临江省人民检察院',
    ]);
    expect(doc.preamble).toEqual([
      '临检发释字〔2026〕5号',
      '临江市人民检察院、临江铁路运输检察院：',
    ]);
    expect(doc.nodes.map((n) => n.text.split('\n')[0])).toEqual([
      '你院《关于挪用公款的请示》收悉。经研究，批复如下：',
    ]);
  });

  it('is not a sentence that ends with a colon', () => {
    const doc = parse(['经研究，批复如下：', '以挪用公款论。']);
    expect(doc.preamble).toEqual([]);
    expect(doc.nodes[0]!.text).toBe('经研究，批复如下：\n以挪用公款论。');
  });

  it('is not the only line of the body', () => {
    const doc = parse(['临江市人民检察院：']);
    expect(doc.nodes[0]!.text).toBe('临江市人民检察院：');
  });
});
