/**
 * A line naming the one attachment after a text's last clause, then that attachment headed 附件
 * and its title (云南 2020 资源税决定: "附件：云南省资源税税目税率表" / "附件" / "云南省资源税税目
 * 税率表" / the tables): one annex, not two (#16, ninth round).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../src/lib/legislation/index.ts';

const parse = (tail: string) => {
  const result = parseDraft(
    `# 临江市某某决定\n\n一、按照所附的收费标准表执行。\n\n二、本决定自公布之日起施行。\n\n${tail}\n`,
    { file: 'x.md' },
  );
  if (!result.ok) throw new Error('not parsed');
  return result.document.nodes.filter((n) => n.kind === 'annex');
};

describe('an attachment named before it comes', () => {
  it('is one annex with the named attachment as its text', () => {
    const annexes = parse(
      '附件：收费标准表\n\n附件\n\n收费标准表\n\n| 犬只 | 收费 |\n|---|---|\n| 大型犬 | 500元 |',
    );
    expect(annexes.map((a) => [a.eId, a.heading, a.text.split('\n').slice(0, 2)])).toEqual([
      ['annex_1', '附件：收费标准表', ['附件', '收费标准表']],
    ]);
  });

  it('leaves two attachments named before them as annexes of their own, numbered as written', () => {
    // The list naming them is no annex (annex-index.test.ts, qi round): 附件1 is annex_1.
    const annexes = parse(
      '附件：1.收费标准表\n\n2.减免申请表\n\n附件1\n\n收费标准表\n\n附件2\n\n减免申请表',
    );
    expect(annexes.map((a) => [a.eId, a.heading])).toEqual([
      ['annex_1', '附件1'],
      ['annex_2', '附件2'],
    ]);
  });

  it('leaves an attachment whose title differs from the one named as an annex of its own', () => {
    const annexes = parse('附件：收费标准表\n\n附件\n\n减免申请表');
    expect(annexes.map((a) => a.heading)).toEqual(['附件：收费标准表', '附件']);
  });
});
