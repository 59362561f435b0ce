/**
 * A reply without numbers under YAML front matter, with no `<!-- INFO END -->` (whthomas/china-laws,
 * 最高人民检察院 2000 批复 of 挪用非特定公物: the 公告 that publishes it, the title again over two
 * lines, the date of adoption, the document number, the addressee, one paragraph, 此复。, the
 * signature): its body after the addressee is one unnumbered clause, not an empty document
 * (#16, thirty-first round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const FRONT = [
  '---',
  'title: "最高人民检察院关于国家工作人员挪用非特定公物能否定罪的请示的批复"',
  'type: "司法解释"',
  '---',
  '',
  '# 最高人民检察院关于国家工作人员挪用非特定公物能否定罪的请示的批复',
].join('\n');

function parse(body: string[]) {
  const result = parseDraft(`${FRONT}\n\n${body.join('\n\n')}\n`, { file: 'x.md' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.code).join(', '));
  return result;
}

const REPLY = [
  '中华人民共和国最高人民检察院',
  '公 告',
  '《最高人民检察院关于国家工作人员挪用非特定公物能否定罪的请示的批复》已于2000年3月6日由最高人民检察院第九届检察委员会第五十七次会议通过，现予公布，自2000年3月15日起施行。',
  '最高人民检察院',
  '2000年3月15日',
  '最高人民检察院关于国家工作人员',
  '挪用非特定公物能否定罪的请示的批复',
  '（2000年3月6日最高人民检察院第九届检察委员会',
  '第五十七次会议通过）',
  '高检发释字〔2000〕1号',
  '山东省人民检察院：',
  '你院鲁检发研字〔1999〕第3号《关于国家工作人员挪用非特定公物能否定罪的请示》收悉。经研究认为，对该行为不以挪用公款罪论处。',
  '此复。',
  '最高人民检察院',
  '2000年3月15日',
];

describe('a reply without numbers under YAML front matter', () => {
  it('reads its body after the addressee as one unnumbered clause', () => {
    const result = parse(REPLY);
    const doc = result.ok ? result.document : null;
    expect(doc!.nodes).toHaveLength(1);
    expect(doc!.nodes[0]!.text).toBe(
      '你院鲁检发研字〔1999〕第3号《关于国家工作人员挪用非特定公物能否定罪的请示》收悉。经研究认为，对该行为不以挪用公款罪论处。\n此复。',
    );
    expect(doc!.preamble.at(-1)).toBe('山东省人民检察院：');
    expect(doc!.preamble[1]).toBe('公 告');
    const codes = result.ok ? result.warnings.map((w) => w.code) : [];
    expect(codes).toContain('body-unnumbered');
    expect(codes).toContain('signature');
  });

  it('takes a body that begins with 批复如下： after the addressee', () => {
    const doc = parse([
      '高检发释字〔2002〕4号',
      '四川省人民检察院：',
      '你院《关于对已注销的单位原犯罪行为是否应当追诉的请示》收悉。经研究，批复如下：',
      '对该单位不再追诉。',
      '此复。',
    ]);
    expect(doc.ok && doc.document.nodes[0]!.text.split('\n')[0]).toBe(
      '你院《关于对已注销的单位原犯罪行为是否应当追诉的请示》收悉。经研究，批复如下：',
    );
  });

  it('leaves a text without an addressee and without numbers an empty document', () => {
    const result = parseDraft(`${FRONT}\n\n你院的请示收悉。\n`, { file: 'x.md' });
    expect(result.ok).toBe(false);
  });
});
