/**
 * A reply without numbers whose signature stands over its distribution block (whthomas/
 * china-laws, 最高人民检察院关于《非药用类麻醉药品和精神药品管制品种增补目录》能否作为认定毒品依据
 * 的批复 2019: "此复。" / "最 高 人 民 检 察 院" / "2019年4月29日" / "（此件发至县级人民检察院）" /
 * "抄送：……" / "最高人民检察院办公厅 2019年4月29日印发" / "最高人民检察院" / "高检发释字〔2019〕2号"):
 * the signature and the block are the document's, not the body's text (#16, thirty-first round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

function parse(source: string) {
  const result = parseDraft(source, { file: 'x.md' });
  if (!result.ok) throw new Error('parse failed');
  return result;
}

const REPLY = [
  '# 最高人民检察院关于《非药用类麻醉药品和精神药品管制品种增补目录》能否作为认定毒品依据的批复',
  '河南省人民检察院：',
  '你院《关于<非药用类麻醉药品和精神药品管制品种增补目录>能否作为认定毒品的依据的请示》收悉。经研究，批复如下：',
  '《非药用类麻醉药品和精神药品管制品种增补目录》可以作为认定毒品的依据。',
  '此复。',
  '                      最 高 人 民 检 察 院',
  '                         2019年4月29日        \n（此件发至县级人民检察院）\n\t  抄送：中央政法委,全国人大常委会法工委、高法院、公安部、司法部；\n        各省、自治区、直辖市人民检察院，解放军军事检察院，新疆',
  '        生产建设兵团人民检察院；',
  '\t  最高人民检察院办公厅                    2019年4月29日印发  ',
  '最高人民检察院',
  '高检发释字〔2019〕2号',
].join('\n\n');

describe('a distribution block under the signature of a reply without numbers', () => {
  it('leaves the signature and the block out of the body', () => {
    const result = parse(REPLY);
    const body = result.document.nodes;
    expect(body).toHaveLength(1);
    expect(body[0]!.text.split('\n').at(-1)).toBe('此复。');
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['signature', 'colophon']),
    );
    const signature = result.warnings.find((w) => w.code === 'signature')!;
    expect(signature.message).not.toContain('抄送');
  });

  it('keeps a 抄送 line that follows no signature in the body', () => {
    const result = parse(
      [
        '# 某批复',
        '某省人民检察院：',
        '你院请示收悉。经研究，批复如下：',
        '抄送：某某部门，此件应当送达。',
        '此复。',
      ].join('\n\n'),
    );
    expect(result.document.nodes[0]!.text).toContain('抄送：某某部门');
    expect(result.warnings.map((w) => w.code)).not.toContain('colophon');
  });
});
